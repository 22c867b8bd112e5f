import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { can, type Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { getRetentionSettings } from "./queries";
import { isLinkCheckRunDue, RETENTION_RULES, retentionCutoffs } from "./retention";

/** How many records of each kind are (or were) due for deletion. */
export interface PurgeCounts {
  loginAttempts: number;
  linkCheckRuns: number;
}

type Tx = Pick<Prisma.TransactionClient, "siteSettings" | "loginAttempt" | "linkCheckRun">;

/**
 * What is due now by the saved periods (lib/site/retention.ts). Import jobs and notifications have
 * periods in the settings too (cutoffs.importJobs, cutoffs.notifications); their tables add their
 * deletes here and in purgeExpiredRecords.
 */
async function findDue(tx: Tx, now: Date) {
  const settings = await getRetentionSettings(tx);
  const cutoffs = retentionCutoffs(now, settings);
  const loginAttempts: Prisma.LoginAttemptWhereInput = { createdAt: { lt: cutoffs.loginAttempts } };
  // One run a day: few enough rows to decide in TypeScript with the pure rule.
  const [newestFinished, oldRuns] = await Promise.all([
    tx.linkCheckRun.findFirst({ where: { finishedAt: { not: null } }, orderBy: { startedAt: "desc" }, select: { id: true } }),
    tx.linkCheckRun.findMany({ where: { startedAt: { lt: cutoffs.linkChecks } }, select: { id: true, startedAt: true } }),
  ]);
  const linkCheckRunIds = oldRuns.filter((run) => isLinkCheckRunDue(run, newestFinished?.id ?? null, cutoffs.linkChecks)).map((r) => r.id);
  return { settings, cutoffs, loginAttempts, linkCheckRunIds };
}

/** What a purge at `now` would delete, for the settings page. */
export async function countExpiredRecords(now = new Date()): Promise<PurgeCounts> {
  const due = await findDue(db, now);
  return { loginAttempts: await db.loginAttempt.count({ where: due.loginAttempts }), linkCheckRuns: due.linkCheckRunIds.length };
}

/**
 * Deletes what the retention periods say is due, in one transaction with its audit row. Called daily by
 * the scheduled-job runner with no actor (the system; audited only when something was deleted), and by
 * a system administrator's 立即清理 (always audited). Never touches the audit log or catalogue entries.
 */
export async function purgeExpiredRecords({ actor = null, now = new Date() }: { actor?: Actor | null; now?: Date } = {}): Promise<PurgeCounts> {
  if (actor && !can(actor, "site.manage")) throw new DomainError("FORBIDDEN", { message: "只有系统管理员可以清理过期数据。" });
  return db.$transaction(async (tx) => {
    const due = await findDue(tx, now);
    const counts: PurgeCounts = {
      loginAttempts: (await tx.loginAttempt.deleteMany({ where: due.loginAttempts })).count,
      linkCheckRuns: (await tx.linkCheckRun.deleteMany({ where: { id: { in: due.linkCheckRunIds } } })).count,
    };
    if (actor || counts.loginAttempts + counts.linkCheckRuns > 0)
      await recordAudit(tx, {
        actor,
        action: "retention.purge",
        entityType: "SiteSettings",
        entityId: 1,
        summary: `按数据保存期限清理：${RETENTION_RULES.loginAttempts.label} ${counts.loginAttempts} 条，${RETENTION_RULES.linkChecks.label} ${counts.linkCheckRuns} 次`,
        details: {
          counts: { ...counts },
          settings: due.settings,
          cutoffs: { loginAttempts: due.cutoffs.loginAttempts.toISOString(), linkChecks: due.cutoffs.linkChecks.toISOString() },
        },
      });
    return counts;
  });
}
