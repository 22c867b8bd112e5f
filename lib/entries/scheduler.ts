import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { isDomainError } from "@/lib/errors";
import { runDailyReminders } from "@/lib/notifications/service";
import { publishScheduled } from "./service";

const INTERVAL_MS = 30_000;

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
 * Publishes every due scheduled revision once. Safe with several instances: publication is a
 * versioned state change, so a second runner gets CONFLICT and skips. A refusal (e.g. the content no
 * longer matches its approval) is audited and the revision stays overdue, which the dashboard shows.
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
      if (!isDomainError(error)) console.error("[gongkai] scheduled publication failed", { revisionId: due.id, error });
    }
  }
  return { published, failed };
}

/** Scheduled publications that did not happen on time (missed or failed), for the admin alert. */
export function listOverduePublications(graceMs = 2 * INTERVAL_MS, now = new Date()) {
  return db.entryRevision.findMany({
    where: { state: "APPROVED", scheduledAt: { lt: new Date(now.getTime() - graceMs) } },
    orderBy: { scheduledAt: "asc" },
    select: { id: true, entryId: true, title: true, scheduledAt: true, entry: { select: { unit: { select: { path: true } } } } },
  });
}

/** Starts the built-in scheduler (no external cron needed). */
export function startPublicationScheduler(): void {
  const tick = () => {
    runScheduledPublications().catch((error: unknown) => console.error("[gongkai] scheduler tick failed", error));
    // The daily deadline reminders ride on this tick (at most once per China day) until the
    // scheduled-job runner (P8 item 4) runs `sendDeadlineReminders` as a job of its own.
    runDailyReminders(new Date()).catch((error: unknown) => console.error("[gongkai] deadline reminders failed", error));
  };
  setInterval(tick, INTERVAL_MS).unref();
  tick();
}
