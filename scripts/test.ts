// `npm test`: unit and integration tests (Vitest), then end-to-end tests (Playwright, system Chromium).
// Ends with one summary line per runner and a total "N passed, N failed" line.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { findChromium, HOW_TO_GET_CHROMIUM } from "../e2e/browser";

process.env.NEXT_TELEMETRY_DISABLED = "1";

if (!findChromium()) {
  console.error(`\n${HOW_TO_GET_CHROMIUM}\n`);
  process.exit(1);
}

mkdirSync(".test-reports", { recursive: true });
rmSync(".test-reports/vitest.json", { force: true });
rmSync(".test-reports/e2e.json", { force: true });

const run = (args: string[]) => spawnSync("npx", ["--no-install", ...args], { stdio: "inherit", env: process.env }).status ?? 1;

if (!process.env.TEST_POSTGRES_URL) console.log("[test] TEST_POSTGRES_URL is not set: integration tests run on PGlite only (.ci/run adds PostgreSQL).");
const vitestStatus = run(["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile.json=.test-reports/vitest.json"]);
const e2eStatus = run(["playwright", "test"]);

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

type VitestReport = {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  testResults: { name: string; status: string; message?: string; assertionResults: { fullName: string; status: string; failureMessages: string[] }[] }[];
};
type PlaywrightSuite = {
  title: string;
  specs?: { title: string; file: string; line: number; tests: { status: string }[] }[];
  suites?: PlaywrightSuite[];
};
type PlaywrightReport = { stats: { expected: number; unexpected: number; flaky: number; skipped: number }; suites: PlaywrightSuite[] };

const vitest = readJson<VitestReport>(".test-reports/vitest.json");
const e2e = readJson<PlaywrightReport>(".test-reports/e2e.json");

// The failures are named again after the summary: CI keeps only the end of a long log.
const relative = (file: string) => file.replace(`${process.cwd()}/`, "");
const firstLine = (message = "") => message.trim().split("\n")[0].slice(0, 200);
const vitestFailures = (vitest?.testResults ?? []).flatMap((file) => {
  const failed = file.assertionResults.filter((test) => test.status === "failed");
  if (failed.length > 0) return failed.map((test) => `${relative(file.name)} › ${test.fullName}: ${firstLine(test.failureMessages[0])}`);
  // A file that failed before any of its tests ran (a syntax error, a failing beforeAll).
  return file.status === "failed" ? [`${relative(file.name)}: ${firstLine(file.message)}`] : [];
});
const e2eFailures: string[] = [];
// The top-level suites are the files; the ones inside are describe blocks, whose titles lead the test's.
const walk = (suite: PlaywrightSuite, titles: string[]) => {
  for (const spec of suite.specs ?? []) {
    if (spec.tests.some((test) => test.status === "unexpected")) e2eFailures.push(`e2e/${spec.file}:${spec.line} › ${[...titles, spec.title].join(" › ")}`);
  }
  for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
};
for (const suite of e2e?.suites ?? []) walk(suite, []);
const unit = { passed: vitest?.numPassedTests ?? 0, failed: vitest ? vitest.numFailedTests : 1, skipped: vitest?.numPendingTests ?? 0 };
const browser = { passed: (e2e?.stats.expected ?? 0) + (e2e?.stats.flaky ?? 0), failed: e2e ? e2e.stats.unexpected : 1, skipped: e2e?.stats.skipped ?? 0 };

console.log("\n== test summary ==");
console.log(`unit+integration (vitest): ${unit.passed} passed, ${unit.failed} failed, ${unit.skipped} skipped`);
console.log(`end-to-end (playwright): ${browser.passed} passed, ${browser.failed} failed, ${browser.skipped} skipped`);
for (const failure of [...vitestFailures, ...e2eFailures]) console.log(`failed: ${failure}`);
console.log(`${unit.passed + browser.passed} passed, ${unit.failed + browser.failed} failed`);
process.exit(vitestStatus !== 0 || e2eStatus !== 0 || unit.failed + browser.failed > 0 ? 1 : 0);
