import "server-only";
import { db } from "@/lib/db/client";
import { maintainDatabase } from "@/lib/db/maintenance";
import { PUBLICATION_INTERVAL_MS, runScheduledPublications } from "@/lib/entries/scheduler";
import { REMINDER_TIME } from "@/lib/notifications/model";
import { sendDeadlineReminders } from "@/lib/notifications/service";
import { runDailyLinkCheck } from "@/lib/safeguards/link-check";
import { purgeExpiredRecords } from "@/lib/site/purge";
import { describePurgeCounts } from "@/lib/site/retention";
import { jobRegistry, registerJob } from "./registry";

/** Job runs are kept this long for the admin page, then purged (2 880 publication runs a day). */
export const JOB_RUN_RETENTION_DAYS = 30;

/** Deletes job runs older than the retention period. */
export async function purgeJobRuns({ now }: { now: Date }): Promise<string> {
  const { count } = await db.jobRun.deleteMany({ where: { startedAt: { lt: new Date(now.getTime() - JOB_RUN_RETENTION_DAYS * 86_400_000) } } });
  return `删除 ${count} 条作业记录`;
}

/**
 * Every scheduled job of the server, registered once before the runner starts
 * (lib/db/prepare.ts). A feature adds its job here with one `registerJob` call.
 */
export function registerServerJobs(): void {
  if (jobRegistry.find("entries.publish-scheduled")) return; // already done in this process
  registerJob({
    name: "entries.publish-scheduled",
    label: "定时发布",
    every: PUBLICATION_INTERVAL_MS,
    run: async ({ now }) => {
      const { published, failed } = await runScheduledPublications(now);
      // Refusals are audited one by one; failing the run puts them on /admin/jobs too.
      if (failed > 0) throw new Error(`${failed} 条定时发布失败（已发布 ${published} 条），详见审计日志`);
      return `发布 ${published} 条`;
    },
  });
  registerJob({ name: "links.daily-check", label: "链接检查", dailyAt: "03:00", run: runDailyLinkCheck });
  registerJob({
    name: "notifications.deadline-reminders",
    label: "答复期限提醒",
    dailyAt: REMINDER_TIME,
    run: async ({ now }) => {
      const { reminders, sent, failed } = await sendDeadlineReminders(now);
      return `提醒 ${reminders} 条，发送邮件 ${sent} 封${failed ? `，${failed} 封失败` : ""}`;
    },
  });
  registerJob({
    name: "retention.purge",
    label: "过期数据清理",
    dailyAt: "04:00",
    run: async ({ now }) => describePurgeCounts(await purgeExpiredRecords({ now })),
  });
  registerJob({ name: "jobs.purge-runs", label: "清理作业记录", dailyAt: "04:30", run: purgeJobRuns });
  registerJob({ name: "db.maintain", label: "数据库维护", dailyAt: "05:00", run: () => maintainDatabase() });
}
