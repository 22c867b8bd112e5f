import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { isDomainError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { publishScheduled } from "./service";

/** How often the job runner publishes what is due (lib/jobs/server-jobs.ts). */
export const PUBLICATION_INTERVAL_MS = 30_000;

/** Approved revisions whose publication time has come. */
function findDue(now: Date) {
  return db.entryRevision.findMany({
    where: { state: "APPROVED", scheduledAt: { lte: now } },
    orderBy: { scheduledAt: "asc" },
    take: 50,
    select: { id: true, entryId: true, title: true, entry: { select: { unitId: true } } },
  });
}

/**
 * Publishes every due scheduled revision once. The job runner calls it on one instance per slot, and it
 * stays safe if two runs overlap anyway: publication is a versioned state change, so a second runner gets
 * CONFLICT and skips. A refusal (e.g. the content no longer matches its approval) is audited and the
 * revision stays overdue, which the dashboard shows.
 */
export async function runScheduledPublications(now = new Date()): Promise<{ published: number; failed: number }> {
  let published = 0;
  let failed = 0;
  for (const due of await findDue(now)) {
    try {
      await publishScheduled({ revisionId: due.id, now });
      published++;
    } catch (error) {
      const current = await db.entryRevision.findUnique({ where: { id: due.id }, select: { state: true } });
      if (current?.state !== "APPROVED") continue; // another instance published it first
      failed++;
      await db.$transaction((tx) =>
        recordAudit(tx, {
          actor: null,
          action: "entry.publish_failed",
          entityType: "Entry",
          entityId: due.entryId,
          unitId: due.entry.unitId,
          summary: `定时发布失败：「${due.title}」`,
          reason: error instanceof Error ? error.message : String(error),
        }),
      );
      if (!isDomainError(error))
        logger().error({ err: error, action: "entries.publish-scheduled", revisionId: due.id, entryId: due.entryId }, "scheduled publication failed");
    }
  }
  return { published, failed };
}

/** Scheduled publications that did not happen on time (missed or failed), for the admin alert. */
export function listOverduePublications(graceMs = 2 * PUBLICATION_INTERVAL_MS, now = new Date()) {
  return db.entryRevision.findMany({
    where: { state: "APPROVED", scheduledAt: { lt: new Date(now.getTime() - graceMs) } },
    orderBy: { scheduledAt: "asc" },
    select: { id: true, entryId: true, title: true, scheduledAt: true, entry: { select: { unit: { select: { path: true } } } } },
  });
}
