import "server-only";
import { invalidatePublicCache, publicCached } from "@/lib/cache/public-cache";
import { db, Prisma } from "@/lib/db/client";
import type { Validity } from "@/lib/db/generated/enums";
import { pageWindow } from "@/lib/pagination";
import {
  byCount,
  countsFromKeys,
  DEFAULT_SAMPLING,
  filterKeys,
  PROBE_LEVEL,
  samplingLevel,
  scaleCounts,
  topicKeys,
  type Counts,
  type SamplingLimits,
} from "./counting";
import { snippetParts } from "./highlight";
import { queryPhrases, queryTokens, tokensProve } from "./tokenize";

export const SEARCH_PAGE_SIZE = 20;

export interface SearchParams {
  q?: string;
  unitId?: number;
  topicId?: number;
  genreId?: number;
  year?: number;
  validity?: Validity;
  sort: "relevance" | "date";
  page: number;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Searches and lists show at most this many pages; beyond, the page asks for a narrower search. */
export const MAX_PAGES = 100;

let sampling: SamplingLimits = DEFAULT_SAMPLING;

/** Tests lower the limits to reach the sampled path with a few rows. */
export function configureSampling(limits: SamplingLimits = DEFAULT_SAMPLING): void {
  sampling = limits;
  invalidatePublicCache();
}

/** A search with the ids of its topic and subtopics looked up. */
interface Search extends SearchParams {
  topicIds: number[];
}

/**
 * Matches through the GIN index alone: the words' tokens and the facet keys in one `@>`, so the
 * index intersects their posting lists (预算 in one unit and year reads that unit's rows, not every
 * 预算), then LIKE confirms each phrase the tokens cannot prove (see tokensProve). `sample` (r:N)
 * restricts the matches to a sample (lib/search/counting.ts).
 */
function matchClause(search: Search, sample?: string): Prisma.Sql {
  const keys = [...(search.q ? queryTokens(search.q) : []), ...filterKeys(search), ...(sample ? [sample] : [])];
  const conditions: Prisma.Sql[] = [Prisma.sql`d."withdrawn" = false`];
  if (keys.length) conditions.push(Prisma.sql`d."tokens" @> ${keys}::text[]`);
  if (search.topicIds.length) conditions.push(Prisma.sql`d."tokens" && ${topicKeys(search.topicIds)}::text[]`);
  return Prisma.join([...conditions, ...phraseChecks(search)], " AND ");
}

/** LIKE for each phrase the tokens cannot prove. */
function phraseChecks(search: SearchParams): Prisma.Sql[] {
  const phrases = search.q ? queryPhrases(search.q) : [];
  return phrases.filter((phrase) => !tokensProve(phrase)).map((phrase) => Prisma.sql`d."text" LIKE ${`%${escapeLike(phrase)}%`}`);
}

/**
 * The same filters on the row's columns, for walking the date index newest first: checking a column
 * in the row is cheaper than reading its token array, which is stored out of line. With a search word,
 * only the rows that pass the columns have their tokens read (预算 in a topic at 1M on PGlite: 63 ms
 * for the newest 200, against 104 ms with the topic keys in the token test).
 */
function columnClause(search: Search): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`d."withdrawn" = false`];
  if (search.unitId) conditions.push(Prisma.sql`d."unitId" = ${search.unitId}`);
  if (search.topicIds.length) conditions.push(Prisma.sql`d."topicId" = ANY(${search.topicIds}::int[])`);
  if (search.genreId) conditions.push(Prisma.sql`d."genreId" = ${search.genreId}`);
  if (search.year) conditions.push(Prisma.sql`d."year" = ${search.year}`);
  if (search.validity) conditions.push(Prisma.sql`d."validity" = ${search.validity}::"Validity"`);
  const words = search.q ? queryTokens(search.q) : [];
  if (words.length) conditions.push(Prisma.sql`d."tokens" @> ${words}::text[]`);
  return Prisma.join([...conditions, ...phraseChecks(search)], " AND ");
}

/**
 * Relevance: a phrase in the title counts 10, each occurrence in the whole text 1; ties go to the
 * newer entry. With no query, or sort=date, newest first. Counting occurrences reads the text of a
 * document, so relevance ranks the RANK_WINDOW newest matches (5 pages, which is as far as readers
 * page); a common word's deeper pages continue in date order. 100 rather than 200 halves that reading
 * (预算 at 1M on PGlite: 28 ms against 56).
 */
function rankExpression(params: SearchParams): Prisma.Sql {
  const phrases = params.q ? queryPhrases(params.q) : [];
  if (phrases.length === 0) return Prisma.sql`0`;
  const parts = phrases.map(
    (p) =>
      Prisma.sql`(CASE WHEN d."title" LIKE ${`%${escapeLike(p)}%`} THEN 10 ELSE 0 END + (length(d."text") - length(replace(d."text", ${p}, ''))) / ${[...p].length})`,
  );
  return Prisma.join(parts, " + ");
}

export const RANK_WINDOW = 100;

/** An exact 索引号 or 文号 goes straight to its entry. */
async function loadExactEntry(q: string): Promise<number | null> {
  const text = q.trim();
  if (!text) return null;
  const byIndex = await db.entry.findFirst({ where: { indexNo: text, search: { isNot: null } }, select: { id: true } });
  if (byIndex) return byIndex.id;
  const byDocumentNo = await db.entryRevision.findMany({ where: { documentNo: text, state: "PUBLISHED" }, select: { entryId: true }, take: 2 });
  return byDocumentNo.length === 1 ? byDocumentNo[0]!.entryId : null;
}

type ResultRow = {
  entryId: number;
  indexNo: string | null;
  firstPublishedAt: Date | null;
  unitName: string;
  text: string | null;
  title: string;
  documentNo: string | null;
  summary: string;
};

type FacetRow = { unitId: number | null; topicId: number | null; genreId: number | null; year: number | null; validity: string | null; count: bigint | number };

/**
 * The total and every facet's counts in one pass over the matching rows (GROUPING SETS), instead of
 * one query per facet: the grouping columns are never null, so a row's one non-null column says which
 * facet it counts, and the row with none is the total.
 */
async function countFacets(tx: Prisma.TransactionClient, where: Prisma.Sql): Promise<Omit<Counts, "estimated">> {
  const rows = await tx.$queryRaw<FacetRow[]>`
    SELECT d."unitId", d."topicId", d."genreId", d."year", d."validity"::text AS validity, count(*) AS count
    FROM "SearchDocument" d WHERE ${where}
    GROUP BY GROUPING SETS ((d."unitId"), (d."topicId"), (d."genreId"), (d."year"), (d."validity"), ())`;
  const facet = <C extends Exclude<keyof FacetRow, "count">>(column: C) =>
    rows
      .filter((r) => r[column] !== null)
      .map((r) => ({ key: r[column]!, count: Number(r.count) }))
      .sort(byCount);
  const total = rows.find((r) => r.unitId === null && r.topicId === null && r.genreId === null && r.year === null && r.validity === null);
  return {
    total: Number(total?.count ?? 0),
    facets: { units: facet("unitId"), topics: facet("topicId"), genres: facet("genreId"), years: facet("year"), validity: facet("validity") },
  };
}

/**
 * Total and facet counts. Without a search word and with at most one facet chosen, they are read
 * from FacetCount, which the database keeps per facet key. Otherwise the matches are counted, in a
 * sample when there are many (lib/search/counting.ts).
 */
async function countMatches(tx: Prisma.TransactionClient, search: Search): Promise<Counts> {
  const scopes = [...filterKeys(search), ...topicKeys(search.topicIds)];
  const oneFacet = scopes.length <= 1 || scopes.every((s) => s.startsWith("t:"));
  if (!search.q && oneFacet) {
    const rows = await tx.$queryRaw<{ key: string; n: number }[]>`
      SELECT "key", sum("n")::int AS n FROM "FacetCount" WHERE "scope" = ANY(${scopes.length ? scopes : [""]}::text[]) GROUP BY "key"`;
    return countsFromKeys(rows);
  }
  const probe = await countFacets(tx, matchClause(search, `r:${PROBE_LEVEL}`));
  const level = samplingLevel(probe.total, sampling);
  if (level === PROBE_LEVEL) return scaleCounts(probe, level);
  return scaleCounts(await countFacets(tx, matchClause(search, level === 1 ? undefined : `r:${level}`)), level);
}

/**
 * One page of matches, ranked within the window of newest matches (see rankExpression). `walk`: many
 * matches, found by walking the date index and testing each row (columnClause); otherwise collected
 * through the GIN index with the facet keys (matchClause).
 */
function findHits(tx: Prisma.TransactionClient, search: Search, window: { skip: number; take: number }, walk: boolean) {
  const where = search.q && !walk ? matchClause(search) : columnClause(search);
  const byRelevance = search.sort !== "date" && search.q && window.skip + window.take <= RANK_WINDOW;
  if (!byRelevance)
    return tx.$queryRaw<{ entryId: number }[]>`
      SELECT d."entryId" FROM "SearchDocument" d WHERE ${where}
      ORDER BY d."publishedAt" DESC, d."entryId" DESC LIMIT ${window.take} OFFSET ${window.skip}`;
  return tx.$queryRaw<{ entryId: number }[]>`
    WITH candidates AS MATERIALIZED (
      SELECT d."entryId", d."publishedAt", d."title", d."text" FROM "SearchDocument" d WHERE ${where}
      ORDER BY d."publishedAt" DESC, d."entryId" DESC LIMIT ${RANK_WINDOW})
    SELECT d."entryId", ${rankExpression(search)} AS rank FROM candidates d
    ORDER BY rank DESC, d."publishedAt" DESC, d."entryId" DESC LIMIT ${window.take} OFFSET ${window.skip}`;
}

/** The topic and its subtopics (the catalogue tree has two levels). */
async function withTopics(tx: Prisma.TransactionClient, params: SearchParams): Promise<Search> {
  if (!params.topicId) return { ...params, topicIds: [] };
  const topics = await tx.category.findMany({ where: { OR: [{ id: params.topicId }, { parentId: params.topicId }] }, select: { id: true } });
  return { ...params, topicIds: topics.length ? topics.map((t) => t.id) : [params.topicId] };
}

async function loadSearch(params: SearchParams) {
  const { counts, hits, window } = await db.$transaction(async (tx) => {
    // The planner, not knowing what reading each row's token array costs, would scan the table for
    // a common word; the indexes are many times faster. With the default 4 MB work_mem the bitmap
    // of a common word goes lossy and every row's tokens are rechecked (docs/benchmarks.md).
    await tx.$queryRaw`SELECT set_config('enable_seqscan', 'off', true), set_config('work_mem', '64MB', true)`;
    const search = await withTopics(tx, params);
    const counts = await countMatches(tx, search);
    // Many matches: the newest ones are found fastest by walking the date index. The planner, not
    // knowing that the phrase recheck reads each candidate's text out of line, would otherwise collect
    // every match through the GIN index first (政府采购 at 1M on PostgreSQL: over 5 s).
    if (counts.estimated) await tx.$executeRaw`SET LOCAL enable_bitmapscan = off`;
    const window = pageWindow(Math.min(counts.total, MAX_PAGES * SEARCH_PAGE_SIZE), params.page, SEARCH_PAGE_SIZE);
    return { counts, window, hits: await findHits(tx, search, window, counts.estimated || !search.q) };
  });
  // One query for the page's rows (a relational findMany would make four round trips).
  const rows = await db.$queryRaw<ResultRow[]>`
    SELECT e.id AS "entryId", e."indexNo", e."firstPublishedAt", u.name AS "unitName", d."text", r.title, r."documentNo", r.summary
    FROM "Entry" e
    JOIN "Unit" u ON u.id = e."unitId"
    JOIN LATERAL (SELECT x.title, x."documentNo", x.summary FROM "EntryRevision" x
      WHERE x."entryId" = e.id AND x.state = 'PUBLISHED' ORDER BY x.number DESC LIMIT 1) r ON true
    LEFT JOIN "SearchDocument" d ON d."entryId" = e.id
    WHERE e.id = ANY(${hits.map((h) => h.entryId)}::int[])`;
  const byId = new Map(rows.map((row) => [row.entryId, row]));
  const phrases = params.q ? queryPhrases(params.q) : [];
  const results = hits.flatMap((hit) => {
    const row = byId.get(hit.entryId);
    if (!row) return [];
    const { text, summary, firstPublishedAt, ...rest } = row;
    return [{ ...rest, publishedAt: firstPublishedAt, snippet: snippetParts(text ?? summary, phrases) }];
  });
  return { results, ...counts, page: window.page, pageCount: window.pageCount };
}

export const findExactEntry = publicCached(loadExactEntry, { ttlMs: 60_000, maxEntries: 1000 });

/** One page of published entries with facet counts; cached (see lib/cache/public-cache.ts). */
export const searchEntries = publicCached(loadSearch, { ttlMs: 60_000, maxEntries: 1000 });

/** Names for facet keys (units and categories), for the search page. */
async function loadFacetLabels(unitIds: number[], categoryIds: number[]) {
  const [units, categories] = await Promise.all([
    db.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true } }),
    db.category.findMany({ where: { id: { in: categoryIds } }, select: { id: true, name: true } }),
  ]);
  return { unit: new Map(units.map((u) => [u.id, u.name])), category: new Map(categories.map((c) => [c.id, c.name])) };
}

export const facetLabels = publicCached(loadFacetLabels, { ttlMs: 60_000, maxEntries: 1000 });

/** Public entries for sitemap.xml, newest first. */
export function listSitemapEntries(limit: number) {
  return db.searchDocument.findMany({ where: { withdrawn: false }, orderBy: { publishedAt: "desc" }, take: limit, select: { entryId: true, updatedAt: true } });
}

/** The most rows a CSV export of a search returns. */
export const EXPORT_LIMIT = 10_000;

/** Catalogue rows of a whole search result (up to EXPORT_LIMIT), newest first. */
export async function exportSearch(params: SearchParams) {
  const hits = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
    const search = await withTopics(tx, params);
    return tx.$queryRaw<{ entryId: number }[]>`
      SELECT d."entryId" FROM "SearchDocument" d
      WHERE ${search.q ? matchClause(search) : columnClause(search)} ORDER BY d."publishedAt" DESC, d."entryId" DESC LIMIT ${EXPORT_LIMIT}`;
  });
  const revisions = await db.entryRevision.findMany({
    where: { entryId: { in: hits.map((h) => h.entryId) }, state: "PUBLISHED" },
    select: {
      entryId: true,
      title: true,
      documentNo: true,
      generatedOn: true,
      validity: true,
      topic: { select: { name: true } },
      genre: { select: { name: true } },
      entry: { select: { indexNo: true, firstPublishedAt: true, unit: { select: { name: true } } } },
    },
  });
  const byEntry = new Map(revisions.map((r) => [r.entryId, r]));
  return hits.flatMap((h) => byEntry.get(h.entryId) ?? []);
}
