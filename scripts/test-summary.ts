// What `npm test` says at its end: each runner's counts, and each failed test by name, since a CI
// log may keep only its last lines.

export interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  testResults: { name: string; status: string; message?: string; assertionResults: { fullName: string; status: string; failureMessages: string[] }[] }[];
}

export interface PlaywrightSuite {
  title: string;
  specs?: { title: string; file: string; line: number; tests: { status: string }[] }[];
  suites?: PlaywrightSuite[];
}

export interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  suites: PlaywrightSuite[];
}

const firstLine = (message = "") => message.trim().split("\n")[0]!.slice(0, 200);

/** `file › test: first line of the error`; a file that failed before its tests ran (a syntax error, a failing beforeAll) is named with its own error. */
export function vitestFailures(report: VitestReport, root: string): string[] {
  return report.testResults.flatMap((file) => {
    const path = file.name.replace(`${root}/`, "");
    const failed = file.assertionResults.filter((test) => test.status === "failed");
    if (failed.length > 0) return failed.map((test) => `${path} › ${test.fullName}: ${firstLine(test.failureMessages[0])}`);
    return file.status === "failed" ? [`${path}: ${firstLine(file.message)}`] : [];
  });
}

/** `e2e/file:line › describe › test` for each test that failed on every try (a retried pass is flaky, not failed). */
export function playwrightFailures(report: PlaywrightReport, testDir: string): string[] {
  const failures: string[] = [];
  // The top-level suites are the files; those inside are describe blocks, whose titles lead the test's.
  const walk = (suite: PlaywrightSuite, titles: string[]) => {
    for (const spec of suite.specs ?? []) {
      if (spec.tests.some((test) => test.status === "unexpected"))
        failures.push(`${testDir}/${spec.file}:${spec.line} › ${[...titles, spec.title].join(" › ")}`);
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  for (const suite of report.suites) walk(suite, []);
  return failures;
}

/** The summary's lines, the last the total in the plain `N passed, N failed` form, and the failures; a missing report counts as one. */
export function summarize(vitest: VitestReport | null, e2e: PlaywrightReport | null, root: string): { lines: string[]; failed: number } {
  const unit = { passed: vitest?.numPassedTests ?? 0, failed: vitest ? vitest.numFailedTests : 1, skipped: vitest?.numPendingTests ?? 0 };
  const browser = { passed: (e2e?.stats.expected ?? 0) + (e2e?.stats.flaky ?? 0), failed: e2e ? e2e.stats.unexpected : 1, skipped: e2e?.stats.skipped ?? 0 };
  const failures = [...(vitest ? vitestFailures(vitest, root) : []), ...(e2e ? playwrightFailures(e2e, "e2e") : [])];
  const lines = [
    "== test summary ==",
    `unit+integration (vitest): ${unit.passed} passed, ${unit.failed} failed, ${unit.skipped} skipped`,
    `end-to-end (playwright): ${browser.passed} passed, ${browser.failed} failed, ${browser.skipped} skipped`,
    ...failures.map((failure) => `failed: ${failure}`),
    `${unit.passed + browser.passed} passed, ${unit.failed + browser.failed} failed`,
  ];
  return { lines, failed: unit.failed + browser.failed };
}
