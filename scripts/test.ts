// `npm test`: unit and integration tests (Vitest), then end-to-end tests (Playwright, system Chromium).
// Ends with one summary line per runner, each failed test by name, and a total "N passed, N failed" line.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { findChromium, HOW_TO_GET_CHROMIUM } from "../e2e/browser";
import { summarize, type PlaywrightReport, type VitestReport } from "./test-summary";

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

const vitest = readJson<VitestReport>(".test-reports/vitest.json");
const e2e = readJson<PlaywrightReport>(".test-reports/e2e.json");
const { lines, failed } = summarize(vitest, e2e, process.cwd());
console.log(`\n${lines.join("\n")}`);
process.exit(vitestStatus !== 0 || e2eStatus !== 0 || failed > 0 ? 1 : 0);
