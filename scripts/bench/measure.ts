import http from "node:http";
/**
 * Timing: the cases are warmed up, then sampled one request at a time, taking turns (sampleAll),
 * until each has the requested number of samples, or its time budget is spent and it has at least
 * MIN_SAMPLES.
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
 * Runs each of `runs` (run(i), i counting its calls) for warm-up and samples; returns each one's
 * summary and the last value it returned. The runs take turns: each round runs every run that still
 * needs samples once, so a spell of load on the machine (other processes, a checkpoint) falls on all
 * cases alike instead of on the one measured at that moment. For each run, counting its own time
 * only: warm-up stops after a quarter of the budget; sampling stops at `requests` samples, or when
 * the budget is spent and MIN_SAMPLES are in, or after one sample that took longer than the whole
 * budget (a query of minutes is far off any target: more samples would only cost hours).
 */
export async function sampleAll<T>(
  options: SamplingOptions,
  runs: ((i: number) => Promise<T>)[],
  clock: () => number = () => performance.now(),
): Promise<{ summary: LatencySummary; last: T | undefined }[]> {
  const budget = options.budgetSeconds * 1000;
  const states = runs.map((run) => ({ run, i: 0, last: undefined as T | undefined, warmupSpent: 0, spent: 0, samples: [] as number[], done: false }));
  const timed = async (state: (typeof states)[number]) => {
    const t = clock();
    state.last = await state.run(state.i++);
    return clock() - t;
  };
  for (let round = 0; round < options.warmup; round++) {
    for (const state of states) if (state.warmupSpent < budget / 4) state.warmupSpent += await timed(state);
  }
  while (states.some((s) => !s.done)) {
    for (const state of states.filter((s) => !s.done)) {
      const took = await timed(state);
      state.samples.push(took);
      state.spent += took;
      const { samples } = state;
      state.done = samples.length >= options.requests || (state.spent >= budget && samples.length >= MIN_SAMPLES) || samples[0]! >= budget;
    }
  }
  return states.map((s) => ({ summary: summarize(s.samples), last: s.last }));
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
  const timed = cases.filter((c) => c.direct);
  try {
    report(`direct: ${timed.length} cases, taking turns…`);
    const sampled = await sampleAll(
      options,
      timed.map((c) => (i: number) => c.direct!(data, i)),
    );
    for (const [index, c] of timed.entries()) {
      const { summary, last } = sampled[index]!;
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
  report(`http:   ${cases.length} cases, taking turns…`);
  const sampled = await sampleAll(
    options,
    cases.map((c) => (i: number) => fetchPage(baseUrl, c.path(i))),
  );
  for (const [index, c] of cases.entries()) {
    const { summary } = sampled[index]!;
    results.push({ key: c.key, summary });
    report(`http   ${c.label}: p50 ${summary.p50.toFixed(1)} ms, p95 ${summary.p95.toFixed(1)} ms (n=${summary.n})`);
  }
  return results;
}
