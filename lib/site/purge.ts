import "server-only";
import { rm } from "node:fs/promises";
import { recordAudit } from "@/lib/audit/record";
import { can, type Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { getRetentionSettings } from "./queries";
import { importDirectory } from "@/lib/import/service";
import { describePurgeCounts, isLinkCheckRunDue, retentionCutoffs, type PurgeCounts } from "./retention";

export type { PurgeCounts } from "./retention";

type Tx = Pick<Prisma.TransactionClient, "siteSettings" | "loginAttempt" | "linkCheckRun" | "notification" | "importJob" | "importRowError">;

/**
 * What is due now by the saved periods (lib/site/retention.ts). An import job that ended (or was left)
 * before its cut-off loses its uploaded files and row errors; the job row stays, since the entries it
 * imported point to it.
 */
async function findDue(tx: Tx, now: Date) {
  const settings = await getRetentionSettings(tx);
  const cutoffs = retentionCutoffs(now, settings);
  const loginAttempts: Prisma.LoginAttemptWhereInput = { createdAt: { lt: cutoffs.loginAttempts } };
  const notifications: Prisma.NotificationWhereInput = { createdAt: { lt: cutoffs.notifications } };
  const importJobIds = (
    await tx.importJob.findMany({
      where: { state: { notIn: ["CHECKING", "IMPORTING"] }, updatedAt: { lt: cutoffs.importJobs }, OR: [{ errors: { some: {} } }, { filesPurgedAt: null }] },
      select: { id: true },
    })
  ).map((j) => j.id);
  // One run a day: few enough rows to decide in TypeScript with the pure rule.
  const [newestFinished, oldRuns] = await Promise.all([
    tx.linkCheckRun.findFirst({ where: { finishedAt: { not: null } }, orderBy: { startedAt: "desc" }, select: { id: true } }),
    tx.linkCheckRun.findMany({ where: { startedAt: { lt: cutoffs.linkChecks } }, select: { id: true, startedAt: true } }),
  ]);
  const linkCheckRunIds = oldRuns.filter((run) => isLinkCheckRunDue(run, newestFinished?.id ?? null, cutoffs.linkChecks)).map((r) => r.id);
  return { settings, cutoffs, loginAttempts, notifications, importJobIds, linkCheckRunIds };
}

/** What a purge at `now` would delete, for the settings page. */
export async function countExpiredRecords(now = new Date()): Promise<PurgeCounts> {
  const due = await findDue(db, now);
  return {
    loginAttempts: await db.loginAttempt.count({ where: due.loginAttempts }),
    importJobs: due.importJobIds.length,
    notifications: await db.notification.count({ where: due.notifications }),
    linkCheckRuns: due.linkCheckRunIds.length,
  };
}

/**
 * Deletes what the retention periods say is due, in one transaction with its audit row. Called daily by
 * the scheduled-job runner with no actor (the system; audited only when something was deleted), and by
 * a system administrator's 立即清理 (always audited). Never touches the audit log or catalogue entries.
 */
export async function purgeExpiredRecords({ actor = null, now = new Date() }: { actor?: Actor | null; now?: Date } = {}): Promise<PurgeCounts> {
  if (actor && !can(actor, "site.manage")) throw new DomainError("FORBIDDEN", { message: "只有系统管理员可以清理过期数据。" });
  const { counts, importJobIds } = await db.$transaction(async (tx) => {
    const due = await findDue(tx, now);
    await tx.importRowError.deleteMany({ where: { jobId: { in: due.importJobIds } } });
    await tx.importJob.updateMany({ where: { id: { in: due.importJobIds } }, data: { filesPurgedAt: now } });
    const counts: PurgeCounts = {
      loginAttempts: (await tx.loginAttempt.deleteMany({ where: due.loginAttempts })).count,
      importJobs: due.importJobIds.length,
      notifications: (await tx.notification.deleteMany({ where: due.notifications })).count,
      linkCheckRuns: (await tx.linkCheckRun.deleteMany({ where: { id: { in: due.linkCheckRunIds } } })).count,
    };
    if (actor || Object.values(counts).some((n) => n > 0))
      await recordAudit(tx, {
        actor,
        action: "retention.purge",
        entityType: "SiteSettings",
        entityId: 1,
        summary: `按数据保存期限清理：${describePurgeCounts(counts)}`,
        details: {
          counts: { ...counts },
          settings: due.settings,
          cutoffs: Object.fromEntries(Object.entries(due.cutoffs).map(([kind, cutoff]) => [kind, cutoff.toISOString()])),
          importJobIds: due.importJobIds,
        },
      });
    return { counts, importJobIds: due.importJobIds };
  });
  // Files go after commit: a failed transaction keeps them, and a missing directory is no error.
  for (const id of importJobIds) await rm(importDirectory(id), { recursive: true, force: true });
  return counts;
}
