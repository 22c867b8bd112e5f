import type { Prisma } from "@/lib/db/generated/client";
import { chinaYear } from "@/lib/entries/model";
import { bodyText } from "@/lib/entries/sanitize";
import { documentTokens, normalize } from "./tokenize";

type Reader = Pick<Prisma.TransactionClient, "entry" | "searchDocument">;

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
  const searchable = [
    revision.title,
    revision.documentNo ?? "",
    entry.indexNo,
    revision.keywords.join(" "),
    revision.summary,
    bodyText(revision.bodyHtml),
  ].join("\n");
  const data = {
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
  await tx.searchDocument.upsert({ where: { entryId }, create: { entryId, ...data }, update: data });
}

/** Rebuilds the whole index (seed, or after changing the tokenizer). */
export async function reindexAll(db: Reader & Pick<Prisma.TransactionClient, "entry">): Promise<number> {
  const entries = await db.entry.findMany({ where: { indexNo: { not: null } }, select: { id: true } });
  for (const { id } of entries) await reindexEntry(db, id);
  return entries.length;
}
