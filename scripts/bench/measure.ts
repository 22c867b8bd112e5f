import http from "node:http";
/**
 * Timing: each case is warmed up, then sampled sequentially (one request at a time) until it has the
 * requested number of samples, or its time budget is spent and it has at least five.
 */
import { closeDatabase, db } from "@/lib/db/client";
import type { BenchCase, CaseWorld, PageData } from "./cases";
import { summarize, type LatencySummary } from "./stats";
import { BENCH_UNITS } from "./world";

export interface SamplingOptions {
  requests: number;
  warmup: number;
  budgetSeconds: number;
}

/** Samples needed before the time budget may end sampling, unless one sample alone took the whole budget. */
export const MIN_SAMPLES = 3;

/**
 * Runs `run(i)` for warm-up and samples; returns the summary and the last value it returned. Warm-up
 * stops after a quarter of the budget; sampling stops at `requests` samples, or when the budget is
 * spent and MIN_SAMPLES are in, or after one sample that took longer than the whole budget (a query
 * of minutes is far off any target: more samples would only cost hours).
 */
export async function sample<T>(
  options: SamplingOptions,
  run: (i: number) => Promise<T>,
  clock: () => number = () => performance.now(),
): Promise<{ summary: LatencySummary; last: T | undefined }> {
  const budget = options.budgetSeconds * 1000;
  let last: T | undefined;
  let i = 0;
  const warmupStarted = clock();
  while (i < options.warmup && clock() - warmupStarted < budget / 4) last = await run(i++);
  const samples: number[] = [];
  const started = clock();
  for (;;) {
    const t = clock();
    last = await run(i++);
    samples.push(clock() - t);
    const spent = clock() - started;
    if (samples.length >= options.requests || (spent >= budget && samples.length >= MIN_SAMPLES) || samples[0]! >= budget) break;
  }
  return { summary: summarize(samples), last };
}

/** The unit, topic and year the facet cases filter on, and the number of entries. */
export async function loadCaseWorld(): Promise<CaseWorld> {
  const finance = BENCH_UNITS.find((u) => u.shortName === "区财政局")!;
  const [unit, topic, entries, newest] = await Promise.all([
    db.unit.findFirstOrThrow({ where: { name: finance.name }, select: { id: true } }),
    db.category.findFirstOrThrow({ where: { kind: "TOPIC", name: "财政资金", parentId: null }, select: { id: true } }),
    db.searchDocument.count(),
    db.searchDocument.findFirst({ orderBy: { publishedAt: "desc" }, select: { year: true } }),
  ]);
  // The last complete year: the newest year in the data is still running.
  return { unitId: unit.id, topicId: topic.id, year: (newest?.year ?? new Date().getFullYear()) - 1, entries };
}

/** The page data functions, imported only now: they are server-only modules (the react-server condition makes that import a no-op). */
export async function loadPageData(): Promise<PageData> {
  const [search, entries, units, schemas] = await Promise.all([
    import("@/lib/search/queries"),
    import("@/lib/entries/public-queries"),
    import("@/lib/units/public-queries"),
    import("@/lib/search/schemas"),
  ]);
  return {
    searchEntries: search.searchEntries,
    findExactEntry: search.findExactEntry,
    facetLabels: search.facetLabels,
    listPublicUnits: units.listPublicUnits,
    findPublicEntry: entries.findPublicEntry,
    searchParamsSchema: schemas.searchParamsSchema,
  };
}

export interface DirectResult {
  key: string;
  hits: number | undefined;
  summary: LatencySummary;
}

/** Times every case in-process against the database, then closes it (the server needs the embedded database next). */
export async function measureDirect(data: PageData, cases: BenchCase[], options: SamplingOptions, report: (line: string) => void): Promise<DirectResult[]> {
  const results: DirectResult[] = [];
  try {
    for (const c of cases) {
      const { summary, last } = await sample(options, (i) => c.direct(data, i));
      results.push({ key: c.key, hits: last, summary });
      report(
        `direct ${c.label}: p50 ${summary.p50.toFixed(1)} ms, p95 ${summary.p95.toFixed(1)} ms (n=${summary.n}${last === undefined ? "" : `, ${last.toLocaleString("en-US")} hits`})`,
      );
    }
  } finally {
    await closeDatabase();
  }
  return results;
}

export interface HttpResult {
  key: string;
  summary: LatencySummary;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/**
 * GETs a page and reads the whole body; anything but 200 is an error (a benchmark of error pages
 * measures nothing). node:http rather than fetch: fetch gives up on a response after 300 s.
 */
export function fetchPage(baseUrl: string, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${baseUrl}${path}`, { agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", () => {
        const body = Buffer.concat(chunks).toString("utf8");
        if (response.statusCode === 200) resolve(body);
        else reject(new Error(`GET ${path} answered ${response.statusCode}: ${body.slice(0, 200)}`));
      });
    });
    request.setTimeout(30 * 60_000, () => request.destroy(new Error(`GET ${path}: no answer within 30 minutes`)));
    request.on("error", reject);
  });
}

/** Times every case through the running server. */
export async function measureHttp(baseUrl: string, cases: BenchCase[], options: SamplingOptions, report: (line: string) => void): Promise<HttpResult[]> {
  const results: HttpResult[] = [];
  for (const c of cases) {
    const { summary } = await sample(options, (i) => fetchPage(baseUrl, c.path(i)));
    results.push({ key: c.key, summary });
    report(`http   ${c.label}: p50 ${summary.p50.toFixed(1)} ms, p95 ${summary.p95.toFixed(1)} ms (n=${summary.n})`);
  }
  return results;
}
