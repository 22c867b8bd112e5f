/**
 * The benchmark's results: targets checked, a plain-text table for the terminal, and a Markdown section
 * that replaces the previous one of the same engine in docs/benchmarks.md. Pure except `writeDoc`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { CaseKind } from "./cases";
import type { GenerationResult } from "./generate";
import type { PageJs } from "./js-size";
import { formatBytes, formatDuration, formatMs, type LatencySummary } from "./stats";

export interface Machine {
  cpu: string;
  cores: number;
  memoryBytes: number;
  os: string;
  node: string;
  databaseVersion: string;
}

export interface CaseResult {
  key: string;
  label: string;
  kind: CaseKind;
  path: string;
  hits: number | undefined;
  /** None for "server" cases, which are timed through HTTP only. */
  direct: LatencySummary | undefined;
  http: LatencySummary | undefined;
}

export interface BenchReport {
  date: string;
  /** Commit under test; "+" when the working tree had uncommitted changes. */
  code: string;
  /** Reasons to distrust this run. */
  warnings: string[];
  /** 1-minute load average when the measurements started and ended: other work on the machine skews results. */
  load: { start: number; end: number };
  command: string;
  machine: Machine;
  generation: GenerationResult;
  sampling: { requests: number; warmup: number; budgetSeconds: number };
  cases: CaseResult[];
  js: PageJs[] | undefined;
}

export interface TargetCheck {
  what: string;
  target: string;
  actual: string;
  isMet: boolean;
}

/** Targets of the issue (P3 item 6). */
export const TARGETS = {
  pglite: { searchP95Ms: 100, maxRatio: 2 },
  postgres: { searchP95Ms: 50, maxRatio: undefined },
  ownJsGzipBytes: 15 * 1024,
} as const;

/** HTTP over direct, at p50 and p95. */
export function ratios(c: CaseResult): { p50: number; p95: number } | undefined {
  if (!c.http || !c.direct) return undefined;
  return { p50: c.http.p50 / c.direct.p50, p95: c.http.p95 / c.direct.p95 };
}

export function checkTargets(report: BenchReport): TargetCheck[] {
  const engine = TARGETS[report.generation.engine];
  const checks: TargetCheck[] = [];
  for (const c of report.cases.filter((c) => c.kind === "search" && c.http)) {
    checks.push({
      what: `search ${c.label}: HTTP p95`,
      target: `≤ ${engine.searchP95Ms} ms`,
      actual: `${formatMs(c.http!.p95)} ms`,
      isMet: c.http!.p95 <= engine.searchP95Ms,
    });
    if (engine.maxRatio !== undefined) {
      const ratio = ratios(c)!.p95;
      checks.push({
        what: `search ${c.label}: HTTP p95 / direct p95`,
        target: `≤ ${engine.maxRatio}×`,
        actual: `${ratio.toFixed(2)}×`,
        isMet: ratio <= engine.maxRatio,
      });
    }
  }
  for (const page of (report.js ?? []).filter((p) => p.isPublic)) {
    checks.push({
      what: `${page.page}: our own client JavaScript (gzip)`,
      target: `≤ ${formatBytes(TARGETS.ownJsGzipBytes)}`,
      actual: formatBytes(page.ownGzip),
      isMet: page.ownGzip <= TARGETS.ownJsGzipBytes,
    });
  }
  return checks;
}

const engineName = (engine: GenerationResult["engine"]) => (engine === "pglite" ? "embedded PGlite" : "PostgreSQL");

/** A table with columns padded to their widest cell (CJK characters count double). */
export function textTable(header: string[], rows: string[][]): string {
  const width = (s: string) =>
    [...s].reduce((w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ""))));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => {
        const pad = " ".repeat(widths[i]! - width(cell));
        return i === 0 ? cell + pad : pad + cell;
      })
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

function latencyRows(report: BenchReport): string[][] {
  // A "server" case measured without HTTP (--no-http) has nothing to show.
  return report.cases
    .filter((c) => c.direct || c.http)
    .map((c) => {
      const r = ratios(c);
      return [
        c.label,
        c.hits === undefined ? "" : c.hits.toLocaleString("en-US"),
        c.direct ? `${formatMs(c.direct.p50)} / ${formatMs(c.direct.p95)}` : "–",
        c.http ? `${formatMs(c.http.p50)} / ${formatMs(c.http.p95)}` : "–",
        r ? `${r.p50.toFixed(2)} / ${r.p95.toFixed(2)}` : "–",
        String(c.http?.n ?? c.direct?.n ?? 0),
      ];
    });
}

const LATENCY_HEADER = ["case", "hits", "direct p50 / p95 ms", "HTTP p50 / p95 ms", "HTTP÷direct p50 / p95", "n"];
const JS_HEADER = ["page", "framework runtime", "our own code (incl. next/link)", "own chunks", "RSC payload (inline)"];

function jsRows(js: PageJs[]): string[][] {
  return js.map((p) => [
    `${p.page} (${p.path})${p.isPublic ? "" : ", no target"}`,
    formatBytes(p.runtimeGzip),
    formatBytes(p.ownGzip),
    String(p.own.length),
    formatBytes(p.inlineGzip),
  ]);
}

function generationLine(g: GenerationResult): string {
  const size = `database size ${formatBytes(g.sizeBytes)}`;
  const timings =
    `in ${formatDuration(g.totalMs)} (insert ${formatDuration(g.loadMs)}, index build ${formatDuration(g.indexMs)}, ` +
    `VACUUM ANALYZE + CHECKPOINT ${formatDuration(g.vacuumMs)})`;
  const entries = `${g.entries.toLocaleString("en-US")} entries`;
  if (!g.reused) return `${entries} generated ${timings}; ${size}`;
  return g.totalMs > 0 ? `${entries}, generated by an earlier run ${timings}; ${size}` : `${entries} (reused from an earlier run); ${size}`;
}

function machineLine(m: Machine): string {
  return `${m.cpu} × ${m.cores} cores, ${formatBytes(m.memoryBytes)} RAM, ${m.os}, Node ${m.node}, ${m.databaseVersion}`;
}

const loadLine = (report: BenchReport) =>
  `1-minute load average ${report.load.start.toFixed(1)} at the start of the measurements, ${report.load.end.toFixed(1)} at the end`;

export function formatText(report: BenchReport): string {
  const checks = checkTargets(report);
  const parts = [
    `Gongkai benchmark — ${engineName(report.generation.engine)}, ${report.date}`,
    `code:     commit ${report.code}`,
    `machine:  ${machineLine(report.machine)}`,
    `data:     ${generationLine(report.generation)}`,
    `sampling: sequential, ${report.sampling.warmup} warm-up + up to ${report.sampling.requests} samples per case (≤ ${report.sampling.budgetSeconds} s each), public cache off`,
    `load:     ${loadLine(report)}`,
    "",
    textTable(LATENCY_HEADER, latencyRows(report)),
  ];
  if (report.js) parts.push("", "JavaScript per page (gzip -9, per chunk):", textTable(JS_HEADER, jsRows(report.js)));
  parts.push(...report.warnings.map((w) => `WARNING: ${w}`));
  if (checks.length) {
    const missed = checks.filter((c) => !c.isMet);
    parts.push(
      "",
      `targets: ${checks.length - missed.length} of ${checks.length} met`,
      ...missed.map((c) => `  MISSED ${c.what}: ${c.actual} (target ${c.target})`),
    );
  }
  return parts.join("\n");
}

const mdRow = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`;
function mdTable(header: string[], rows: string[][], align: ("l" | "r")[]): string {
  return [mdRow(header), `|${align.map((a) => (a === "r" ? "---:" : "---")).join("|")}|`, ...rows.map(mdRow)].join("\n");
}

/** The Markdown section of one engine, between its markers. */
export function formatMarkdown(report: BenchReport): string {
  const checks = checkTargets(report);
  const lines = [
    `### ${engineName(report.generation.engine)}, ${report.generation.entries.toLocaleString("en-US")} entries`,
    "",
    `- Date: ${report.date}`,
    `- Command: \`${report.command}\` on commit ${report.code}`,
    `- Machine: ${machineLine(report.machine)}`,
    `- Data: ${generationLine(report.generation)}`,
    `- Sampling: one request at a time, the cases taking turns, ${report.sampling.warmup} warm-up + up to ${report.sampling.requests} samples per case (sampling stops after ${report.sampling.budgetSeconds} s once 3 are in, or after one sample slower than that), public cache off`,
    `- Load: ${loadLine(report)}`,
    ...report.warnings.map((w) => `- **Warning:** ${w}`),
    "",
    mdTable(LATENCY_HEADER, latencyRows(report), ["l", "r", "r", "r", "r", "r"]),
  ];
  if (report.js)
    lines.push("", "JavaScript a browser loads per page type (gzip -9, per chunk):", "", mdTable(JS_HEADER, jsRows(report.js), ["l", "r", "r", "r", "r"]));
  if (checks.length) {
    lines.push("", `Targets: **${checks.filter((c) => c.isMet).length} of ${checks.length} met**.`, "");
    lines.push(
      mdTable(
        ["check", "target", "measured", "met"],
        checks.map((c) => [c.what, c.target, c.actual, c.isMet ? "yes" : "**no**"]),
        ["l", "r", "r", "l"],
      ),
    );
  }
  return lines.join("\n");
}

const startMarker = (engine: string) => `<!-- bench:${engine}:start -->`;
const endMarker = (engine: string) => `<!-- bench:${engine}:end -->`;

/** Replaces (or appends) the engine's section in the document text. Pure. */
export function replaceSection(doc: string, engine: string, section: string): string {
  const block = `${startMarker(engine)}\n\n${section}\n\n${endMarker(engine)}`;
  const start = doc.indexOf(startMarker(engine));
  const end = doc.indexOf(endMarker(engine));
  if (start >= 0 && end > start) return doc.slice(0, start) + block + doc.slice(end + endMarker(engine).length);
  return `${doc.trimEnd()}\n\n${block}\n`;
}

const NEW_DOC = `# Benchmarks

Measured by \`npm run bench\`; the sections between the markers are rewritten by each run.

## Results
`;

export function writeDoc(file: string, report: BenchReport): void {
  const doc = existsSync(file) ? readFileSync(file, "utf8") : NEW_DOC;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, replaceSection(doc, report.generation.engine, formatMarkdown(report)));
}
