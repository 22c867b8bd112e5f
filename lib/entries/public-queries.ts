import "server-only";
import { db } from "@/lib/db/client";

/**
 * What the public may see of an entry: its published revision, or — once withdrawn — the last
 * published one with the withdrawal notice (it does not vanish silently). Null for anything never published.
 */
export async function findPublicEntry(entryId: number) {
  const entry = await db.entry.findUnique({
    where: { id: entryId },
    select: {
      id: true,
      indexNo: true,
      firstPublishedAt: true,
      withdrawnAt: true,
      withdrawalReason: true,
      unit: { select: { name: true } },
      revisions: {
        where: { state: { in: ["PUBLISHED", "WITHDRAWN"] } },
        orderBy: { number: "desc" },
        take: 1,
        select: {
          title: true,
          summary: true,
          documentNo: true,
          generatedOn: true,
          writtenOn: true,
          publishedAt: true,
          keywords: true,
          validity: true,
          attribute: true,
          methods: true,
          scope: true,
          article20Item: true,
          bodyHtml: true,
          state: true,
          attachments: { orderBy: { position: "asc" }, select: { id: true, filename: true, mimeType: true, size: true } },
          topic: { select: { name: true } },
          genre: { select: { name: true } },
        },
      },
    },
  });
  const revision = entry?.revisions[0];
  if (!entry?.indexNo || !revision) return null;
  return { ...entry, revision };
}
