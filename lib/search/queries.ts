import "server-only";
import { publicCached } from "@/lib/cache/public-cache";
import { db, Prisma } from "@/lib/db/client";
import type { Validity } from "@/lib/db/generated/enums";
import { pageWindow } from "@/lib/pagination";
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

/** The WHERE clause shared by results and facet counts. */
function whereClause(params: SearchParams): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`d."withdrawn" = false`];
  const tokens = params.q ? queryTokens(params.q) : [];
  // The GIN index finds candidates by token; LIKE on the normalised text confirms each phrase that
  // the tokens alone cannot prove (see tokensProve).
  if (tokens.length) conditions.push(Prisma.sql`d."tokens" @> ${tokens}::text[]`);
  for (const phrase of params.q ? queryPhrases(params.q) : [])
    if (!tokensProve(phrase)) conditions.push(Prisma.sql`d."text" LIKE ${`%${escapeLike(phrase)}%`}`);
  if (params.unitId) conditions.push(Prisma.sql`d."unitId" = ${params.unitId}`);
  if (params.topicId)
    conditions.push(Prisma.sql`(d."topicId" = ${params.topicId} OR d."topicId" IN (SELECT id FROM "Category" WHERE "parentId" = ${params.topicId}))`);
  if (params.genreId) conditions.push(Prisma.sql`d."genreId" = ${params.genreId}`);
  if (params.year) conditions.push(Prisma.sql`d."year" = ${params.year}`);
  if (params.validity) conditions.push(Prisma.sql`d."validity" = ${params.validity}::"Validity"`);
  return Prisma.join(conditions, " AND ");
}

/**
 * Relevance: a phrase in the title counts 10, each occurrence in the whole text 1; ties go to the
 * newer entry. With no query, or sort=date, newest first. Counting occurrences reads the text of a
 * document, so relevance ranks the RANK_WINDOW newest matches (10 pages); a common word's deeper pages
 * continue in date order.
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

export const RANK_WINDOW = 200;

/** An exact 索引号 or 文号 goes straight to its entry. */
async function loadExactEntry(q: string): Promise<number | null> {
  const text = q.trim();
  if (!text) return null;
  const byIndex = await db.entry.findFirst({ where: { indexNo: text, search: { isNot: null } }, select: { id: true } });
  if (byIndex) return byIndex.id;
  const byDocumentNo = await db.entryRevision.findMany({ where: { documentNo: text, state: "PUBLISHED" }, select: { entryId: true }, take: 2 });
  return byDocumentNo.length === 1 ? byDocumentNo[0]!.entryId : null;
}

type FacetRow = { unitId: number | null; topicId: number | null; genreId: number | null; year: number | null; validity: string | null; count: bigint | number };

/**
 * The total and every facet's counts in one pass over the matching rows (GROUPING SETS), instead of
 * one query per facet: the grouping columns are never null, so a row's one non-null column says which
 * facet it counts, and the row with none is the total.
 */
async function countFacets(tx: Prisma.TransactionClient, where: Prisma.Sql) {
  const rows = await tx.$queryRaw<FacetRow[]>`
    SELECT d."unitId", d."topicId", d."genreId", d."year", d."validity"::text AS validity, count(*) AS count
    FROM "SearchDocument" d WHERE ${where}
    GROUP BY GROUPING SETS ((d."unitId"), (d."topicId"), (d."genreId"), (d."year"), (d."validity"), ())`;
  const facet = (column: Exclude<keyof FacetRow, "count">) =>
    rows
      .filter((r) => r[column] !== null)
      .map((r) => ({ key: r[column]!, count: Number(r.count) }))
      .sort((a, b) => b.count - a.count);
  const total = rows.find((r) => r.unitId === null && r.topicId === null && r.genreId === null && r.year === null && r.validity === null);
  return {
    total: Number(total?.count ?? 0),
    facets: { units: facet("unitId"), topics: facet("topicId"), genres: facet("genreId"), years: facet("year"), validity: facet("validity") },
  };
}

/** One page of matches, ranked within the window of newest matches (see rankExpression). */
function findHits(tx: Prisma.TransactionClient, params: SearchParams, where: Prisma.Sql, window: { skip: number; take: number }) {
  const byRelevance = params.sort !== "date" && params.q && window.skip + window.take <= RANK_WINDOW;
  if (!byRelevance)
    return tx.$queryRaw<{ entryId: number }[]>`
      SELECT d."entryId" FROM "SearchDocument" d WHERE ${where}
      ORDER BY d."publishedAt" DESC, d."entryId" DESC LIMIT ${window.take} OFFSET ${window.skip}`;
  return tx.$queryRaw<{ entryId: number }[]>`
    WITH candidates AS MATERIALIZED (
      SELECT d."entryId", d."publishedAt", d."title", d."text" FROM "SearchDocument" d WHERE ${where}
      ORDER BY d."publishedAt" DESC, d."entryId" DESC LIMIT ${RANK_WINDOW})
    SELECT d."entryId", ${rankExpression(params)} AS rank FROM candidates d
    ORDER BY rank DESC, d."publishedAt" DESC, d."entryId" DESC LIMIT ${window.take} OFFSET ${window.skip}`;
}

async function loadSearch(params: SearchParams) {
  const where = whereClause(params);
  // A common word matches a large part of the catalogue, and the planner, not knowing what reading
  // each row's token array costs, would scan the table; the GIN index is several times faster then.
  const { total, facets, hits } = await db.$transaction(async (tx) => {
    if (params.q) {
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      // With the default 4 MB the bitmap of a common word goes lossy and every row's tokens are rechecked
      // (预算 at 1M on PGlite: 22 s → 1.9 s with 64 MB, docs/benchmarks.md).
      await tx.$executeRaw`SET LOCAL work_mem = '64MB'`;
    }
    const counted = await countFacets(tx, where);
    const window = pageWindow(counted.total, params.page, SEARCH_PAGE_SIZE);
    return { ...counted, hits: await findHits(tx, params, where, window) };
  });
  const window = pageWindow(total, params.page, SEARCH_PAGE_SIZE);
  const entries = await db.entry.findMany({
    where: { id: { in: hits.map((h) => h.entryId) } },
    select: {
      id: true,
      indexNo: true,
      firstPublishedAt: true,
      unit: { select: { name: true } },
      search: { select: { text: true } },
      revisions: { where: { state: "PUBLISHED" }, take: 1, select: { title: true, documentNo: true, summary: true } },
    },
  });
  const byId = new Map(entries.map((e) => [e.id, e]));
  const phrases = params.q ? queryPhrases(params.q) : [];
  const results = hits.flatMap((hit) => {
    const entry = byId.get(hit.entryId);
    const revision = entry?.revisions[0];
    if (!entry || !revision) return [];
    return [
      {
        entryId: entry.id,
        title: revision.title,
        documentNo: revision.documentNo,
        indexNo: entry.indexNo,
        unitName: entry.unit.name,
        publishedAt: entry.firstPublishedAt,
        snippet: snippetParts(entry.search?.text ?? revision.summary, phrases),
      },
    ];
  });
  return { results, total, page: window.page, pageCount: window.pageCount, facets };
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
  const hits = await db.$queryRaw<{ entryId: number }[]>`
    SELECT d."entryId" FROM "SearchDocument" d
    WHERE ${whereClause(params)} ORDER BY d."publishedAt" DESC, d."entryId" DESC LIMIT ${EXPORT_LIMIT}`;
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
