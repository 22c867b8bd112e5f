import "server-only";
import { invalidatePublicCache, publicCached } from "@/lib/cache/public-cache";
import { db, Prisma, searchReads, type ReadConnection } from "@/lib/db/client";
import type { Validity } from "@/lib/db/generated/enums";
import { pageWindow } from "@/lib/pagination";
import {
  byCount,
  countsFromKeys,
  DEFAULT_SAMPLING,
  filterKeys,
  indexKeys,
  CONFIRM_CHECKS,
  confirmedShare,
  PROBE_LEVEL,
  samplingLevel,
  scaleCounts,
  topicKeys,
  type Counts,
  type SamplingLimits,
} from "./counting";
import { snippetParts } from "./highlight";
import { COMMON_TOKEN_SHARE, indexTokens, queryPhrases, rowChecks, tokensProve } from "./tokenize";

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

/** The row's text contains `phrase` (normalised like the text, lib/search/tokenize.ts). */
const textContains = (phrase: string) => Prisma.sql`d."text" LIKE ${`%${escapeLike(phrase)}%`}`;

/** Searches and lists show at most this many pages; beyond, the page asks for a narrower search. */
export const MAX_PAGES = 100;

let sampling: SamplingLimits = DEFAULT_SAMPLING;

/** Tests lower the limits to reach the sampled path with a few rows. */
export function configureSampling(limits: SamplingLimits = DEFAULT_SAMPLING): void {
  sampling = limits;
  invalidatePublicCache();
}

/** A search with the ids of its topic and subtopics looked up, and the tokens to ask the index for. */
interface Search extends SearchParams {
  topicIds: number[];
  indexed: string[];
  /** The share of documents expected to hold every indexed token (their shares multiplied; 0 when unknown). */
  indexedShare: number;
}

/**
 * Matches through the GIN index alone: the words' tokens (indexTokens) and the facet keys in one
 * `@>`, so the index intersects their posting lists (预算 in one unit and year reads that unit's rows,
 * not every 预算), then LIKE confirms each phrase the tokens cannot prove (see tokensProve).
 * `sample` (r:N) restricts the matches to a sample (lib/search/counting.ts); `tokensOnly` leaves out
 * the LIKE, for candidates counted without reading their text.
 */
function matchClause(search: Search, options: { sample?: number; tokensOnly?: boolean } = {}): Prisma.Sql {
  const { sample, tokensOnly = false } = options;
  const keys = [...search.indexed, ...indexKeys(search), ...(sample ? [`r:${sample}`] : [])];
  const conditions: Prisma.Sql[] = [Prisma.sql`d."withdrawn" = false`];
  if (keys.length) conditions.push(Prisma.sql`d."tokens" @> ${keys}::text[]`);
  if (search.topicIds.length) conditions.push(Prisma.sql`d."tokens" && ${topicKeys(search.topicIds)}::text[]`);
  return Prisma.join([...conditions, ...(tokensOnly ? [] : phraseChecks(search))], " AND ");
}

/** LIKE for each phrase the tokens cannot prove. */
function phraseChecks(search: SearchParams): Prisma.Sql[] {
  return unprovedPhrases(search).map(textContains);
}

const unprovedPhrases = (search: SearchParams) => (search.q ? queryPhrases(search.q) : []).filter((phrase) => !tokensProve(phrase));

/**
 * The same filters on the row's columns, for walking the date index newest first: checking a column
 * in the row is cheaper than reading its text or tokens, which are stored out of line. With a search
 * word, only the rows that pass the columns have their text (a Han phrase) or tokens (a Latin word)
 * read (rowChecks). The CASE fixes that order: PostgreSQL orders a filter's conditions by estimated
 * cost, and it put a topic's `topicId = ANY(…)` after the token test, reading the tokens of every row
 * walked (预算 in a topic at 1M on PostgreSQL: 37 ms for the newest 100, against 1.7 ms with the CASE).
 */
function columnClause(search: Search): Prisma.Sql {
  const columns: Prisma.Sql[] = [Prisma.sql`d."withdrawn" = false`];
  if (search.unitId) columns.push(Prisma.sql`d."unitId" = ${search.unitId}`);
  if (search.topicIds.length) columns.push(Prisma.sql`d."topicId" = ANY(${search.topicIds}::int[])`);
  if (search.genreId) columns.push(Prisma.sql`d."genreId" = ${search.genreId}`);
  if (search.year) columns.push(Prisma.sql`d."year" = ${search.year}`);
  if (search.validity) columns.push(Prisma.sql`d."validity" = ${search.validity}::"Validity"`);
  const { inText, asTokens } = search.q ? rowChecks(search.q) : { inText: [], asTokens: [] };
  const content = [...inText.map(textContains), ...(asTokens.length ? [Prisma.sql`d."tokens" @> ${asTokens}::text[]`] : [])];
  if (content.length === 0) return Prisma.join(columns, " AND ");
  return Prisma.sql`CASE WHEN ${Prisma.join(columns, " AND ")} THEN ${Prisma.join(content, " AND ")} ELSE false END`;
}

/**
 * Relevance: a phrase in the title counts 10, each occurrence in the whole text 1; ties go to the
 * newer entry. Occurrences are counted in bytes: a stored text's length in bytes is known without
 * reading it, its length in characters is not. With no query, or sort=date, newest first. Counting
 * occurrences reads the text of a document, so relevance ranks the RANK_WINDOW newest matches (5
 * pages, which is as far as readers page); a common word's deeper pages continue in date order. 100
 * rather than 200 halves that reading (预算 at 1M on PGlite: 28 ms against 56).
 */
function rankExpression(params: SearchParams): Prisma.Sql {
  const phrases = params.q ? queryPhrases(params.q) : [];
  if (phrases.length === 0) return Prisma.sql`0`;
  const parts = phrases.map(
    (p) =>
      Prisma.sql`(CASE WHEN d."title" LIKE ${`%${escapeLike(p)}%`} THEN 10 ELSE 0 END + (octet_length(d."text") - octet_length(replace(d."text", ${p}, ''))) / ${Buffer.byteLength(p)})`,
  );
  return Prisma.join(parts, " + ");
}

export const RANK_WINDOW = 100;

/**
 * An exact 索引号 or 文号 goes straight to its entry, found in one query. Both always hold digits (a
 * 文号 has its year and serial number, GB/T 9704), so a query without any skips the look-up.
 */
async function loadExactEntry(q: string): Promise<number | null> {
  const text = q.trim();
  if (!/\p{Nd}/u.test(text)) return null;
  const rows = await searchReads((sql) =>
    sql.query<{ byIndex: boolean; entryId: number }>(Prisma.sql`
    SELECT true AS "byIndex", e.id AS "entryId" FROM "Entry" e
    WHERE e."indexNo" = ${text} AND EXISTS (SELECT 1 FROM "SearchDocument" d WHERE d."entryId" = e.id)
    UNION ALL
    (SELECT false, r."entryId" FROM "EntryRevision" r WHERE r."documentNo" = ${text} AND r.state = 'PUBLISHED' LIMIT 2)`),
  );
  const byIndex = rows.find((r) => r.byIndex);
  if (byIndex) return byIndex.entryId;
  // A 文号 shared by two published entries is no exact match: the search lists both.
  return rows.length === 1 ? rows[0]!.entryId : null;
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

type FacetRow = { unitId: number | null; topicId: number | null; genreId: number | null; year: number | null; validity: string | null; count: number };

/** GROUPING SETS over the matching rows `d`: one row per facet value and one total (see facetCounts). */
const FACET_GROUPS = Prisma.sql`GROUP BY GROUPING SETS ((d."unitId"), (d."topicId"), (d."genreId"), (d."year"), (d."validity"), ())`;
const FACET_COLUMNS = Prisma.sql`d."unitId", d."topicId", d."genreId", d."year", d."validity"::text AS validity, count(*)::int AS count`;

/**
 * The total and every facet's counts from one pass over the matching rows (GROUPING SETS), instead
 * of one query per facet: the grouping columns are never null, so a row's one non-null column says
 * which facet it counts, and the row with none is the total.
 */
function facetCounts(rows: FacetRow[]): Omit<Counts, "estimated"> {
  const facet = <C extends Exclude<keyof FacetRow, "count">>(column: C) =>
    rows
      .filter((r) => r[column] !== null)
      .map((r) => ({ key: r[column]!, count: r.count }))
      .sort(byCount);
  const total = rows.find((r) => r.unitId === null && r.topicId === null && r.genreId === null && r.year === null && r.validity === null);
  return {
    total: total?.count ?? 0,
    facets: { units: facet("unitId"), topics: facet("topicId"), genres: facet("genreId"), years: facet("year"), validity: facet("validity") },
  };
}

async function countFacets(sql: ReadConnection, where: Prisma.Sql) {
  return facetCounts(await sql.query<FacetRow>(Prisma.sql`SELECT ${FACET_COLUMNS} FROM "SearchDocument" d WHERE ${where} ${FACET_GROUPS}`));
}

/** The facet keys a search is narrowed to (a topic counts with its subtopics). */
const facetScopes = (search: Search) => [...filterKeys(search), ...topicKeys(search.topicIds)];

/** Pages without a search word and with at most one facet chosen read their counts from FacetCount. */
function hasStoredCounts(search: Search): boolean {
  const scopes = facetScopes(search);
  return !search.q && (scopes.length <= 1 || scopes.every((s) => s.startsWith("t:")));
}

/** Counts kept by the database per facet key (migration search_facet_keys). */
async function readStoredCounts(sql: ReadConnection, search: Search): Promise<Counts> {
  const scopes = facetScopes(search);
  const rows = await sql.query<{ key: string; n: number }>(Prisma.sql`
    SELECT "key", sum("n")::int AS n FROM "FacetCount" WHERE "scope" = ANY(${scopes.length ? scopes : [""]}::text[]) GROUP BY "key"`);
  return countsFromKeys(rows);
}

/**
 * The share of a sample's candidates whose text contains every phrase the tokens cannot prove, from
 * the first CONFIRM_CHECKS of them (1 when the tokens prove the whole query: nothing to read).
 */
async function confirmationShare(sql: ReadConnection, search: Search, level: number): Promise<number> {
  const checks = phraseChecks(search);
  if (checks.length === 0) return 1;
  const [share] = await sql.query<{ checked: number; confirmed: number }>(Prisma.sql`
    SELECT count(*)::int AS checked, count(*) FILTER (WHERE ${Prisma.join(checks, " AND ")})::int AS confirmed
    FROM (SELECT d."text" FROM "SearchDocument" d WHERE ${matchClause(search, { sample: level, tokensOnly: true })} LIMIT ${CONFIRM_CHECKS}) d`);
  return confirmedShare(share!.checked, share!.confirmed);
}

type Hit = { entryId: number };

/** The SQL ordering a page by date (newest first), for the rows `d`. */
const BY_DATE = Prisma.sql`d."publishedAt" DESC, d."entryId" DESC`;

/**
 * Whether the page is ranked by relevance: a search word, sort by relevance, and a page inside the
 * window of the RANK_WINDOW newest matches (see rankExpression).
 */
const isRanked = (search: SearchParams, window: { skip: number; take: number }) =>
  search.sort !== "date" && Boolean(search.q) && window.skip + window.take <= RANK_WINDOW;

/** The page of `window` among `candidates` (rows `d` of SearchDocument) ranked by relevance. */
function rankPage(sql: ReadConnection, search: Search, candidates: Prisma.Sql, window: { skip: number; take: number }) {
  return sql.query<Hit>(Prisma.sql`
    SELECT d."entryId", ${rankExpression(search)} AS rank FROM (${candidates}) d
    ORDER BY rank DESC, ${BY_DATE} LIMIT ${window.take} OFFSET ${window.skip}`);
}

/**
 * One page of matches of a search with many (estimated) matches, or of a list without a word: found
 * by walking the date index and testing each row (columnClause), ranked within the window of newest
 * matches.
 */
function walkHits(sql: ReadConnection, search: Search, window: { skip: number; take: number }) {
  const where = columnClause(search);
  if (!isRanked(search, window))
    return sql.query<Hit>(Prisma.sql`SELECT d."entryId" FROM "SearchDocument" d WHERE ${where} ORDER BY ${BY_DATE} LIMIT ${window.take} OFFSET ${window.skip}`);
  return rankPage(
    sql,
    search,
    Prisma.sql`SELECT d."entryId", d."publishedAt", d."title", d."text" FROM "SearchDocument" d WHERE ${where} ORDER BY ${BY_DATE} LIMIT ${RANK_WINDOW}`,
    window,
  );
}

type ExactRow = FacetRow & { ids: number[] | null };

type Window = ReturnType<typeof pageWindow>;

/** The page the request asks for, given how many matches can be shown. */
const windowOf = (search: Search, total: number): Window => pageWindow(Math.min(total, MAX_PAGES * SEARCH_PAGE_SIZE), search.page, SEARCH_PAGE_SIZE);

/**
 * A search with few enough matches to count exactly, in one pass: the matches are collected once
 * through the GIN index (confirming each phrase's LIKE once), and the same statement counts them
 * with their facets and picks the newest of them for the page (all of the rank window when ranked).
 * Before, counting and finding the page collected the matches twice: 政府采购 in one unit and year
 * read the text of its 1,299 candidates two times.
 */
async function searchExactly(sql: ReadConnection, search: Search): Promise<{ counts: Counts; window: Window; hits: Hit[] }> {
  const requested = windowOf(search, Infinity);
  const ranked = isRanked(search, requested);
  const slice = ranked ? { skip: 0, take: RANK_WINDOW } : requested;
  const rows = await sql.query<ExactRow>(Prisma.sql`
    WITH m AS MATERIALIZED (
      SELECT d."entryId", d."publishedAt", d."unitId", d."topicId", d."genreId", d."year", d."validity" FROM "SearchDocument" d WHERE ${matchClause(search)}),
    p AS (SELECT d."entryId", d."publishedAt" FROM m d ORDER BY ${BY_DATE} LIMIT ${slice.take} OFFSET ${slice.skip})
    SELECT ${FACET_COLUMNS}, NULL::int[] AS ids FROM m d ${FACET_GROUPS}
    UNION ALL
    SELECT NULL, NULL, NULL, NULL, NULL, 0, COALESCE((SELECT array_agg(d."entryId" ORDER BY ${BY_DATE}) FROM p d), '{}')`);
  const page = rows.find((r) => r.ids !== null)!;
  const counts: Counts = { ...facetCounts(rows.filter((r) => r !== page)), estimated: false };
  const window = windowOf(search, counts.total);
  const ids = page.ids!;
  // A page past the end shows the last page, which the statement did not pick (ranked pages pick from all of the window).
  if (!ranked && window.skip !== requested.skip) return searchExactly(sql, { ...search, page: window.page });
  if (!ranked) return { counts, window, hits: ids.map((entryId) => ({ entryId })) };
  const candidates = Prisma.sql`SELECT d."entryId", d."publishedAt", d."title", d."text" FROM "SearchDocument" d WHERE d."entryId" = ANY(${ids}::int[])`;
  return { counts, window, hits: await rankPage(sql, search, candidates, window) };
}

const TOKEN_STATS_MS = 10 * 60_000;
let tokenStats: { loadedAt: number; shares: Map<string, number> } | undefined;

/**
 * The share of documents of each common token, from the statistics ANALYZE keeps of the tokens
 * column (most_common_elems), read again every 10 minutes. Empty before the first ANALYZE: then
 * every token is looked up.
 */
async function tokenShares(sql: ReadConnection): Promise<Map<string, number>> {
  if (tokenStats && Date.now() - tokenStats.loadedAt < TOKEN_STATS_MS) return tokenStats.shares;
  const [row] = await sql.query<{ elems: string[] | null; freqs: number[] | null }>(Prisma.sql`
    SELECT most_common_elems::text::text[] AS elems, most_common_elem_freqs AS freqs FROM pg_stats
    WHERE schemaname = current_schema() AND tablename = 'SearchDocument' AND attname = 'tokens'`);
  const freqs = row?.freqs ?? [];
  tokenStats = { loadedAt: Date.now(), shares: new Map((row?.elems ?? []).map((token, i) => [token, freqs[i] ?? 0])) };
  return tokenStats.shares;
}

/** For tests: read the token statistics again on the next search (after an ANALYZE). */
export function forgetTokenStats(): void {
  tokenStats = undefined;
}

/** The search with its topic's subtopics (the catalogue tree has two levels) and its index tokens. */
async function prepareSearch(sql: ReadConnection, params: SearchParams): Promise<Search> {
  const shares = params.q ? await tokenShares(sql) : new Map<string, number>();
  const share = (token: string) => shares.get(token) ?? 0;
  const indexed = params.q ? indexTokens(params.q, share) : [];
  const words = { indexed, indexedShare: indexed.length ? indexed.reduce((product, token) => product * share(token), 1) : 0 };
  if (!params.topicId) return { ...params, topicIds: [], ...words };
  const topics = await sql.query<{ id: number }>(Prisma.sql`SELECT c.id FROM "Category" c WHERE c.id = ${params.topicId} OR c."parentId" = ${params.topicId}`);
  return { ...params, topicIds: topics.length ? topics.map((t) => t.id) : [params.topicId], ...words };
}

/**
 * Counts and the page's hits. A list without a word and with at most one facet reads stored counts;
 * anything else first counts its candidates in the r:256 sample (tokens only). Few: counted exactly
 * in one pass with the page. Many: estimated from a sample, and the page is found by walking the
 * date index.
 *
 * Of a search with many matches, the count of its sample, the check of a phrase's share and the walk
 * are independent, and PostgreSQL runs statements started together on separate connections: the
 * sample is counted while the share is checked, and the walk starts as soon as the matches are known
 * to be many (after the share for a phrase: a phrase whose bigrams are common apart may be rare, and
 * walking for it would read much of the catalogue), with the window the probe predicts. A word the
 * tokens prove, without facets, that the statistics put in COMMON_TOKEN_SHARE of the documents or
 * more (预算: 28%) is walked for while its sample is probed. The page is walked again in the rare
 * case that the counted total moves the window.
 */
async function findCountsAndHits(sql: ReadConnection, search: Search): Promise<{ counts: Counts; window: Window; hits: Hit[] }> {
  if (hasStoredCounts(search)) {
    const counts = await readStoredCounts(sql, search);
    const window = windowOf(search, counts.total);
    return { counts, window, hits: await walkHits(sql, search, window) };
  }
  const common = unprovedPhrases(search).length === 0 && facetScopes(search).length === 0 && search.indexedShare >= COMMON_TOKEN_SHARE;
  // Many matches fill every page that can be shown: the window does not depend on their number.
  const commonWindow = windowOf(search, Infinity);
  const early = common ? walkHits(sql, search, commonWindow) : null;
  early?.catch(() => {}); // awaited below, or not needed after all
  const probe = await countFacets(sql, matchClause(search, { sample: PROBE_LEVEL, tokensOnly: true }));
  const level = samplingLevel(probe.total, sampling);
  if (level === 1) return searchExactly(sql, search);
  const counting = level === PROBE_LEVEL ? Promise.resolve(probe) : countFacets(sql, matchClause(search, { sample: level, tokensOnly: true }));
  counting.catch(() => {}); // awaited below; this keeps a failure while the share is checked from going unhandled
  const share = await confirmationShare(sql, search, level);
  const estimate = probe.total * PROBE_LEVEL * share;
  const predicted = early ? commonWindow : windowOf(search, estimate);
  const [counted, earlyHits] = await Promise.all([counting, early ?? (estimate >= sampling.exactLimit ? walkHits(sql, search, predicted) : null)]);
  const counts = scaleCounts(counted, level, share);
  // Few real matches among many candidates (a phrase whose bigrams are common apart): count exactly.
  if (counts.total < sampling.exactLimit) return searchExactly(sql, search);
  const window = windowOf(search, counts.total);
  const walked = earlyHits !== null && window.skip === predicted.skip && window.take === predicted.take;
  return { counts, window, hits: walked ? earlyHits : await walkHits(sql, search, window) };
}

async function loadSearch(params: SearchParams) {
  return searchReads(async (sql) => {
    const { counts, hits, window } = await findCountsAndHits(sql, await prepareSearch(sql, params));
    // One query for the page's rows (a relational findMany would make four round trips).
    const rows = await sql.query<ResultRow>(Prisma.sql`
      SELECT e.id AS "entryId", e."indexNo", e."firstPublishedAt", u.name AS "unitName", d."text", r.title, r."documentNo", r.summary
      FROM "Entry" e
      JOIN "Unit" u ON u.id = e."unitId"
      JOIN LATERAL (SELECT x.title, x."documentNo", x.summary FROM "EntryRevision" x
        WHERE x."entryId" = e.id AND x.state = 'PUBLISHED' ORDER BY x.number DESC LIMIT 1) r ON true
      LEFT JOIN "SearchDocument" d ON d."entryId" = e.id
      WHERE e.id = ANY(${hits.map((h) => h.entryId)}::int[])`);
    const byId = new Map(rows.map((row) => [row.entryId, row]));
    const phrases = params.q ? queryPhrases(params.q) : [];
    const results = hits.flatMap((hit) => {
      const row = byId.get(hit.entryId);
      if (!row) return [];
      const { text, summary, firstPublishedAt, ...rest } = row;
      return [{ ...rest, publishedAt: firstPublishedAt, snippet: snippetParts(text ?? summary, phrases) }];
    });
    return { results, ...counts, page: window.page, pageCount: window.pageCount };
  });
}

export const findExactEntry = publicCached(loadExactEntry, { ttlMs: 60_000, maxEntries: 1000 });

/** One page of published entries with facet counts; cached (see lib/cache/public-cache.ts). */
export const searchEntries = publicCached(loadSearch, { ttlMs: 60_000, maxEntries: 1000 });

/** Names for facet keys (units and categories), for the search page, in one query. */
async function loadFacetLabels(unitIds: number[], categoryIds: number[]) {
  const rows = await searchReads((sql) =>
    sql.query<{ isUnit: boolean; id: number; name: string }>(Prisma.sql`
      SELECT true AS "isUnit", u.id, u.name FROM "Unit" u WHERE u.id = ANY(${unitIds}::int[])
      UNION ALL SELECT false, c.id, c.name FROM "Category" c WHERE c.id = ANY(${categoryIds}::int[])`),
  );
  const names = (isUnit: boolean) => new Map(rows.filter((r) => r.isUnit === isUnit).map((r) => [r.id, r.name]));
  return { unit: names(true), category: names(false) };
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
  const hits = await searchReads(async (sql) => {
    const search = await prepareSearch(sql, params);
    return sql.query<{ entryId: number }>(Prisma.sql`
      SELECT d."entryId" FROM "SearchDocument" d
      WHERE ${search.q ? matchClause(search) : columnClause(search)} ORDER BY ${BY_DATE} LIMIT ${EXPORT_LIMIT}`);
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
