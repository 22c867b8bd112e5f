/**
 * What the benchmark times: searches (a common 2-character word, a 4-character phrase, a rare word,
 * with and without facets, by relevance and by date), the list pages, the home page and entry pages.
 * Each case has the URL the browser asks for, and `direct`: the calls its page makes to lib/, made
 * in-process — the floor that rendering and HTTP add to. Two "server" cases have no `direct`: a page
 * that asks the catalogue nothing and a route without React, timed through HTTP only, show what the
 * server costs any request in the same run.
 */
// Type-only imports: erased at run time, so the server-only modules load only where measure.ts imports them.
import type { findPublicEntry } from "@/lib/entries/public-queries";
import type { facetLabels, findExactEntry, searchEntries } from "@/lib/search/queries";
import type { searchParamsSchema } from "@/lib/search/schemas";
import type { listPublicUnits } from "@/lib/units/public-queries";
import { facetLabelIds } from "@/lib/search/counting";
import { BENCH_TERMS } from "./text";

/** The server-only read functions the public pages call; loaded by measure.ts under the react-server condition. */
export interface PageData {
  searchEntries: typeof searchEntries;
  findExactEntry: typeof findExactEntry;
  facetLabels: typeof facetLabels;
  listPublicUnits: typeof listPublicUnits;
  findPublicEntry: typeof findPublicEntry;
  searchParamsSchema: typeof searchParamsSchema;
}

export type CaseKind = "search" | "list" | "page" | "server";

export interface BenchCase {
  key: string;
  label: string;
  /** Targets apply to "search" (a query typed by a user). */
  kind: CaseKind;
  /** URL path of sample `i` (entry pages rotate through entries). */
  path(i: number): string;
  /** The page's database work, in-process; returns the number of hits for searches. None for "server" cases. */
  direct?: (data: PageData, i: number) => Promise<number | undefined>;
}

/** Facts of the generated database the cases need. */
export interface CaseWorld {
  /** A unit that publishes much (区财政局). */
  unitId: number;
  /** A parent 主题分类 with children (财政资金). */
  topicId: number;
  /** A complete year in the data. */
  year: number;
  entries: number;
}

/** What app/(public)/search/page.tsx asks for (exact 索引号/文号 match, results with facets, facet names). */
async function searchPage(data: PageData, params: Record<string, string>): Promise<number> {
  const query = data.searchParamsSchema.parse(params);
  if (query.q && query.page === 1 && (await data.findExactEntry(query.q))) return 1;
  const { total, facets } = await data.searchEntries(query);
  await data.facetLabels(...facetLabelIds(facets, query));
  return total;
}

function searchCase(key: string, label: string, kind: CaseKind, params: Record<string, string | number>): BenchCase {
  const strings = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
  const path = `/search?${new URLSearchParams(strings).toString()}`;
  return { key, label, kind, path: () => path, direct: (data) => searchPage(data, strings) };
}

/** Entry ids spread evenly over the whole table, the same for every run with the same size. */
export function sampleEntryId(i: number, entries: number): number {
  // Golden-ratio stride: consecutive samples land far apart, so no two share cached pages.
  return 1 + Math.floor(((i * 0.6180339887498949) % 1) * entries);
}

export function benchCases(world: CaseWorld): BenchCase[] {
  const { common, phrase, rare } = BENCH_TERMS;
  const facets = { unitId: world.unitId, year: world.year };
  return [
    searchCase("common", `“${common}” (2-char word)`, "search", { q: common }),
    searchCase("common-facets", `“${common}” + unit + year`, "search", { q: common, ...facets }),
    searchCase("common-topic", `“${common}” + topic (with subtopics)`, "search", { q: common, topicId: world.topicId }),
    searchCase("common-date", `“${common}”, newest first`, "search", { q: common, sort: "date" }),
    searchCase("phrase", `“${phrase}” (4-char phrase)`, "search", { q: phrase }),
    searchCase("phrase-facets", `“${phrase}” + unit + year`, "search", { q: phrase, ...facets }),
    searchCase("rare", `“${rare}” (rare word)`, "search", { q: rare }),
    searchCase("rare-facets", `“${rare}” + unit + year`, "search", { q: rare, ...facets }),
    searchCase("rare-date", `“${rare}”, newest first`, "search", { q: rare, sort: "date" }),
    searchCase("list", "list: all entries, newest first", "list", { sort: "date" }),
    searchCase("list-unit", "list: one unit", "list", { unitId: world.unitId }),
    {
      key: "home",
      label: "home page",
      kind: "page",
      path: () => "/",
      // app/(public)/page.tsx
      async direct(data) {
        const [, latest] = await Promise.all([data.listPublicUnits(), data.searchEntries({ sort: "date", page: 1 })]);
        await data.facetLabels(
          [],
          latest.facets.topics.map((f) => Number(f.key)),
        );
        return undefined;
      },
    },
    {
      key: "entry",
      label: "entry page",
      kind: "page",
      path: (i) => `/entries/${sampleEntryId(i, world.entries)}`,
      // app/(public)/entries/[entryId]/page.tsx: generateMetadata and the page share one load per request (React cache()).
      async direct(data, i) {
        const id = sampleEntryId(i, world.entries);
        const entry = await data.findPublicEntry(id);
        if (!entry?.intact) throw new Error(`entry ${id} is not shown as published and intact`);
        return undefined;
      },
    },
    // app/(public)/track/page.tsx: the public layout and a form, no query of the page's own (the layout reads the site settings).
    { key: "server-page", label: "server: a page without catalogue queries", kind: "server", path: () => "/track" },
    // app/api/health/route.ts: a route handler, no React, no database.
    { key: "server-route", label: "server: a route without React", kind: "server", path: () => "/api/health" },
  ];
}
