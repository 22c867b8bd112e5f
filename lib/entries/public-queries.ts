import "server-only";
import { publicCached } from "@/lib/cache/public-cache";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/logger";
import { recordIntegrityAlert } from "@/lib/safeguards/integrity-check";
import { checkApprovedContent, LATEST_APPROVAL_SELECT } from "@/lib/safeguards/integrity";
import { STORED_REVISION_SELECT } from "./model";

/**
 * What the public may see of an entry: its published revision, or — once withdrawn — the last
 * published one with the withdrawal notice (it does not vanish silently). Null for anything never published.
 * `intact` is false when the stored content no longer hashes to what the leader approved (changed
 * behind the application's back): the page then shows nothing of it.
 */
async function loadPublicEntry(entryId: number) {
  const entry = await db.entry.findUnique({
    where: { id: entryId },
    select: {
      id: true,
      indexNo: true,
      firstPublishedAt: true,
      withdrawnAt: true,
      withdrawalReason: true,
      unitId: true,
      unit: { select: { name: true } },
      revisions: {
        where: { state: { in: ["PUBLISHED", "WITHDRAWN"] } },
        orderBy: { number: "desc" },
        take: 1,
        select: {
          ...STORED_REVISION_SELECT,
          publishedAt: true,
          state: true,
          contentHash: true,
          submittedAt: true,
          reviews: LATEST_APPROVAL_SELECT,
          attachments: { orderBy: { position: "asc" }, select: { id: true, filename: true, mimeType: true, size: true, sha256: true } },
          topic: { select: { name: true } },
          genre: { select: { name: true } },
        },
      },
    },
  });
  const revision = entry?.revisions[0];
  if (!entry?.indexNo || !revision) return null;
  const approval = revision.reviews[0] ?? null;
  const { actual, intact } = checkApprovedContent({
    revision,
    unitId: entry.unitId,
    attachmentHashes: revision.attachments.map((a) => a.sha256),
    storedHash: revision.contentHash,
    submittedAt: revision.submittedAt,
    approval,
  });
  if (!intact) {
    logger().error(
      { action: "entries.verify-public", entryId, revisionHash: revision.contentHash, actual, approved: approval?.contentHash },
      "published content does not match its approval",
    );
    // Awaited so the alert is in the log before anyone reloads; a failure to record it must not break the page.
    await recordIntegrityAlert(entryId, { revisionHash: revision.contentHash, actual, approved: approval?.contentHash ?? null }).catch((error: unknown) =>
      logger().error({ err: error, action: "entries.integrity-alert", entryId }, "could not record the integrity alert"),
    );
  }
  return { ...entry, revision, intact };
}

/** `loadPublicEntry`, cached for the public site (see lib/cache/public-cache.ts). */
export const findPublicEntry = publicCached(loadPublicEntry, { ttlMs: 60_000, maxEntries: 5000 });
