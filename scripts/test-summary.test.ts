import { describe, expect, it } from "vitest";
import { summarize, type PlaywrightReport, type VitestReport } from "./test-summary";

const vitest: VitestReport = {
  numPassedTests: 3,
  numFailedTests: 2,
  numPendingTests: 1,
  testResults: [
    {
      name: "/repo/lib/a.test.ts",
      status: "failed",
      assertionResults: [
        {
          fullName: "dates crosses midnight",
          status: "failed",
          failureMessages: ["AssertionError: expected '2026-12-05' to be '2026-12-04'\n    at a.test.ts:3"],
        },
        { fullName: "dates keeps the year", status: "passed", failureMessages: [] },
      ],
    },
    { name: "/repo/lib/b.int.test.ts", status: "failed", message: "Hook timed out in 60000ms\nmore", assertionResults: [] },
    { name: "/repo/lib/c.test.ts", status: "passed", assertionResults: [{ fullName: "c works", status: "passed", failureMessages: [] }] },
  ],
};

const e2e: PlaywrightReport = {
  stats: { expected: 4, unexpected: 1, flaky: 1, skipped: 0 },
  suites: [
    {
      title: "search.spec.ts",
      specs: [{ title: "finds 预算", file: "search.spec.ts", line: 5, tests: [{ status: "expected" }] }],
      suites: [
        {
          title: "without JavaScript",
          specs: [
            { title: "facets narrow it", file: "search.spec.ts", line: 31, tests: [{ status: "unexpected" }] },
            { title: "passes on retry", file: "search.spec.ts", line: 40, tests: [{ status: "flaky" }] },
          ],
        },
      ],
    },
  ],
};

describe("the test summary", () => {
  it("counts each runner, names every failure, and ends with the plain total", () => {
    const { lines, failed } = summarize(vitest, e2e, "/repo");
    expect(lines).toEqual([
      "== test summary ==",
      "unit+integration (vitest): 3 passed, 2 failed, 1 skipped",
      "end-to-end (playwright): 5 passed, 1 failed, 0 skipped",
      "failed: lib/a.test.ts › dates crosses midnight: AssertionError: expected '2026-12-05' to be '2026-12-04'",
      "failed: lib/b.int.test.ts: Hook timed out in 60000ms",
      "failed: e2e/search.spec.ts:31 › without JavaScript › facets narrow it",
      "8 passed, 3 failed",
    ]);
    expect(failed).toBe(3);
  });

  it("counts a runner that left no report as a failure", () => {
    const { lines, failed } = summarize(null, { stats: { expected: 2, unexpected: 0, flaky: 0, skipped: 0 }, suites: [] }, "/repo");
    expect(lines.at(-1)).toBe("2 passed, 1 failed");
    expect(failed).toBe(1);
  });
});
