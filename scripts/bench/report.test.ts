import { describe, expect, it } from "vitest";
import type { GenerationResult } from "./generate";
import { checkTargets, formatMarkdown, formatText, replaceSection, textTable, type BenchReport, type CaseResult } from "./report";
import { summarize } from "./stats";

const generation = (engine: GenerationResult["engine"]): GenerationResult => ({
  database: "test",
  engine,
  entries: 1000,
  reused: false,
  loadMs: 1000,
  indexMs: 500,
  vacuumMs: 100,
  totalMs: 1600,
  sizeBytes: 1024 ** 2,
});

const result = (key: string, kind: CaseResult["kind"], direct: number[], http: number[]): CaseResult => ({
  key,
  label: key,
  kind,
  path: `/${key}`,
  hits: kind === "search" ? 10 : undefined,
  direct: summarize(direct),
  http: summarize(http),
});

const report = (engine: GenerationResult["engine"], cases: CaseResult[], ownGzip = 8 * 1024): BenchReport => ({
  date: "2026-11-23 12:00 UTC",
  code: "abc1234",
  warnings: [],
  load: { start: 0.5, end: 0.7 },
  command: "npm run bench",
  machine: { cpu: "CPU", cores: 2, memoryBytes: 8 * 1024 ** 3, os: "Linux", node: "v20", databaseVersion: "PostgreSQL 18" },
  generation: generation(engine),
  sampling: { requests: 50, warmup: 3, budgetSeconds: 60 },
  cases,
  js: [
    { page: "home", path: "/", isPublic: true, runtime: [], own: [], inlineGzip: 100, runtimeGzip: 130_000, ownGzip },
    { page: "staff login", path: "/login", isPublic: false, runtime: [], own: [], inlineGzip: 100, runtimeGzip: 130_000, ownGzip: 50_000 },
  ],
});

describe("checkTargets", () => {
  it("on PGlite: search p95 ≤ 100 ms over HTTP and within 2× of the direct p95; lists and pages have no latency target", () => {
    const checks = checkTargets(
      report("pglite", [
        result("fast", "search", [40, 40, 40], [60, 60, 60]),
        result("slow", "search", [40, 40, 40], [120, 120, 120]),
        result("home", "page", [900], [900]),
      ]),
    );
    const met = Object.fromEntries(checks.map((c) => [c.what, c.isMet]));
    expect(met).toEqual({
      "search fast: HTTP p95": true,
      "search fast: HTTP p95 / direct p95": true,
      "search slow: HTTP p95": false,
      "search slow: HTTP p95 / direct p95": false,
      "home: our own client JavaScript (gzip)": true,
    });
  });

  it("on PostgreSQL: search p95 ≤ 50 ms, no ratio target", () => {
    const checks = checkTargets(report("postgres", [result("q", "search", [40, 40, 40], [60, 60, 60])]));
    expect(checks.map((c) => [c.what, c.isMet])).toEqual([
      ["search q: HTTP p95", false],
      ["home: our own client JavaScript (gzip)", true],
    ]);
  });

  it("checks 15 KB of our own JavaScript on public pages only", () => {
    const checks = checkTargets(report("pglite", [], 16 * 1024));
    expect(checks).toEqual([expect.objectContaining({ what: "home: our own client JavaScript (gzip)", isMet: false, actual: "16.0 KB" })]);
  });
});

describe("output", () => {
  const sample = report("pglite", [result("slow", "search", [40, 40, 40], [120, 120, 120])]);

  it("lists missed targets in the text report", () => {
    expect(formatText(sample)).toContain("MISSED search slow: HTTP p95: 120 ms (target ≤ 100 ms)");
  });

  it("shows warnings in both reports", () => {
    const warned = { ...sample, warnings: ["schema changed"] };
    expect(formatText(warned)).toContain("WARNING: schema changed");
    expect(formatMarkdown(warned)).toContain("- **Warning:** schema changed");
  });

  it("shows a server case, timed through HTTP only, with no direct time, no ratio and no target", () => {
    const floor: CaseResult = { ...result("server: a route", "server", [], [4, 4, 4]), direct: undefined };
    const withFloor = report("pglite", [result("slow", "search", [40, 40, 40], [120, 120, 120]), floor]);
    expect(formatMarkdown(withFloor)).toMatch(/\| server: a route \|  \| – \| 4\.0 \/ 4\.0 \| – \| 3 \|/);
    expect(checkTargets(withFloor).map((c) => c.what)).not.toContainEqual(expect.stringContaining("server"));
    // Without HTTP (--no-http) it has nothing to show.
    expect(formatMarkdown(report("pglite", [{ ...floor, http: undefined }]))).not.toContain("server: a route");
  });

  it("writes a Markdown section with the command, machine and a table row per case", () => {
    const md = formatMarkdown(sample);
    expect(md).toContain("### embedded PGlite, 1,000 entries");
    expect(md).toContain("`npm run bench` on commit abc1234");
    expect(md).toMatch(/\| slow \| 10 \| 40 \/ 40 \| 120 \/ 120 \| 3\.00 \/ 3\.00 \| 3 \|/);
    expect(md).toContain("Targets: **1 of 3 met**");
  });
});

describe("replaceSection", () => {
  it("appends a new engine's section and replaces it on the next run, leaving the rest alone", () => {
    const doc = "# Benchmarks\n\nIntro.\n";
    const once = replaceSection(doc, "pglite", "first");
    expect(once).toBe("# Benchmarks\n\nIntro.\n\n<!-- bench:pglite:start -->\n\nfirst\n\n<!-- bench:pglite:end -->\n");
    const both = replaceSection(`${once}\nAnalysis.\n`, "postgres", "pg");
    const again = replaceSection(both, "pglite", "second");
    expect(again).toContain("second");
    expect(again).not.toContain("first");
    expect(again).toContain("Analysis.");
    expect(again.indexOf("second")).toBeLessThan(again.indexOf("pg\n"));
  });
});

describe("textTable", () => {
  it("pads columns, counting Chinese characters as two columns wide", () => {
    expect(
      textTable(
        ["case", "ms"],
        [
          ["预算", "5"],
          ["abcdef", "12"],
        ],
      ).split("\n"),
    ).toEqual(["case    ms", "------  --", "预算     5", "abcdef  12"]);
  });
});
