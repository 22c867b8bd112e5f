import type { Prisma } from "@/lib/db/generated/client";
import type { Validity } from "@/lib/db/generated/enums";
import { chinaYear } from "@/lib/entries/model";
import { bodyText } from "@/lib/entries/sanitize";
import { documentTokens, normalize } from "./tokenize";

type Reader = Pick<Prisma.TransactionClient, "entry" | "searchDocument">;

/** The entry fields the search row is built from. */
export interface IndexedEntry {
  unitId: number;
  indexNo: string;
  firstPublishedAt: Date;
  withdrawnAt: Date | null;
}

/** The fields of the public revision the search row is built from. */
export interface IndexedRevision {
  title: string;
  documentNo: string | null;
  keywords: string[];
  summary: string;
  bodyHtml: string;
  topicId: number;
  genreId: number;
  validity: Validity;
}

/**
 * The search row of an entry the public sees (everything but `entryId`). Pure, so that bulk loaders
 * (the benchmark) build exactly the rows the publishing transaction writes.
 */
export function searchDocumentData(entry: IndexedEntry, revision: IndexedRevision) {
  const searchable = [
    revision.title,
    revision.documentNo ?? "",
    entry.indexNo,
    revision.keywords.join(" "),
    revision.summary,
    bodyText(revision.bodyHtml),
  ].join("\n");
  return {
    unitId: entry.unitId,
    topicId: revision.topicId,
    genreId: revision.genreId,
    year: chinaYear(entry.firstPublishedAt),
    validity: revision.validity,
    withdrawn: entry.withdrawnAt !== null,
    publishedAt: entry.firstPublishedAt,
    title: normalize(revision.title),
    text: normalize(searchable),
    titleTokens: documentTokens(revision.title),
    tokens: documentTokens(searchable),
  };
}

/**
 * Brings the search row of one entry up to date, inside the caller's transaction: the revision the
 * public sees (published, or withdrawn with its notice), or no row at all. Not server-only, so the
 * seed can use it.
 */
export async function reindexEntry(tx: Reader, entryId: number): Promise<void> {
  const entry = await tx.entry.findUnique({
    where: { id: entryId },
    select: {
      unitId: true,
      indexNo: true,
      firstPublishedAt: true,
      withdrawnAt: true,
      revisions: {
        where: { state: { in: ["PUBLISHED", "WITHDRAWN"] } },
        orderBy: { number: "desc" },
        take: 1,
        select: { title: true, documentNo: true, keywords: true, summary: true, bodyHtml: true, topicId: true, genreId: true, validity: true },
      },
    },
  });
  const revision = entry?.revisions[0];
  if (!entry?.indexNo || !entry.firstPublishedAt || !revision) {
    await tx.searchDocument.deleteMany({ where: { entryId } });
    return;
  }
  const data = searchDocumentData({ ...entry, indexNo: entry.indexNo, firstPublishedAt: entry.firstPublishedAt }, revision);
  await tx.searchDocument.upsert({ where: { entryId }, create: { entryId, ...data }, update: data });
}

/** Rebuilds the whole index (seed, or after changing the tokenizer). */
export async function reindexAll(db: Reader & Pick<Prisma.TransactionClient, "entry">): Promise<number> {
  const entries = await db.entry.findMany({ where: { indexNo: { not: null } }, select: { id: true } });
  for (const { id } of entries) await reindexEntry(db, id);
  return entries.length;
}
