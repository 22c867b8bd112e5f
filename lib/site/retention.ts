/**
 * How long operational records are kept (数据保存期限), and what is due for deletion at a given moment.
 * Pure: the settings and `now` come in, dates out; lib/site/purge.ts deletes.
 *
 * Never purged: the audit log (append-only by trigger, and the record of who did what under
 * 《政府信息公开条例》 and 《档案法》) and published catalogue entries and their revisions, which are
 * government information kept permanently. Login attempts are network logs, which
 * 《网络安全法》 art. 21 requires to be kept for at least six months, hence their minimum of 180 days.
 */

export const RETENTION_KINDS = ["loginAttempts", "importJobs", "notifications", "linkChecks"] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

/** The retention columns of SiteSettings, in days. */
export type RetentionSettings = {
  retainLoginAttemptsDays: number;
  retainImportJobsDays: number;
  retainNotificationsDays: number;
  retainLinkChecksDays: number;
};

export interface RetentionRule {
  field: keyof RetentionSettings;
  label: string;
  /** What is deleted once older than the period. */
  hint: string;
  minDays: number;
  defaultDays: number;
}

export const MAX_RETENTION_DAYS = 3650;

export const RETENTION_RULES: Record<RetentionKind, RetentionRule> = {
  loginAttempts: {
    field: "retainLoginAttemptsDays",
    label: "登录记录",
    hint: "成功和失败的登录尝试（用于登录限制）。网络安全法要求网络日志至少留存六个月，故不少于 180 天",
    minDays: 180,
    defaultDays: 180,
  },
  importJobs: {
    field: "retainImportJobsDays",
    label: "导入任务文件",
    hint: "已结束的导入任务上传的文件和错误报告；导入的信息本身不删除",
    minDays: 7,
    defaultDays: 90,
  },
  notifications: {
    field: "retainNotificationsDays",
    label: "站内通知",
    hint: "发出时间早于此期限的通知",
    minDays: 30,
    defaultDays: 365,
  },
  linkChecks: {
    field: "retainLinkChecksDays",
    label: "链接检查记录",
    hint: "以往各次链接检查的运行记录；最近一次检查及其结果始终保留",
    minDays: 7,
    defaultDays: 90,
  },
};

/** The defaults, as the migration sets them on SiteSettings. */
export const DEFAULT_RETENTION_SETTINGS: RetentionSettings = {
  retainLoginAttemptsDays: RETENTION_RULES.loginAttempts.defaultDays,
  retainImportJobsDays: RETENTION_RULES.importJobs.defaultDays,
  retainNotificationsDays: RETENTION_RULES.notifications.defaultDays,
  retainLinkChecksDays: RETENTION_RULES.linkChecks.defaultDays,
};

const DAY_MS = 86_400_000;

/**
 * For each kind, the instant before which its records are due for deletion: `now` minus the period.
 * A record exactly at the cutoff is kept (it is exactly as old as the period, not older).
 */
export function retentionCutoffs(now: Date, settings: RetentionSettings): Record<RetentionKind, Date> {
  return Object.fromEntries(RETENTION_KINDS.map((kind) => [kind, new Date(now.getTime() - settings[RETENTION_RULES[kind].field] * DAY_MS)])) as Record<
    RetentionKind,
    Date
  >;
}

/**
 * Whether a link-check run is due: started before the cutoff, unless it is the newest finished run, whose
 * results the 链接检查 page and the monthly 通报 show (so an old check is never replaced by none).
 */
export function isLinkCheckRunDue(run: { id: number; startedAt: Date }, newestFinishedRunId: number | null, cutoff: Date): boolean {
  return run.startedAt < cutoff && run.id !== newestFinishedRunId;
}

/** How many records of each kind are (or were) due for deletion. */
export interface PurgeCounts {
  loginAttempts: number;
  importJobs: number;
  notifications: number;
  linkCheckRuns: number;
}

/** “登录记录 2 条，导入任务文件 1 个，站内通知 0 条，链接检查记录 2 次”, for the page, its message and the audit row. */
export function describePurgeCounts(counts: PurgeCounts): string {
  return [
    `${RETENTION_RULES.loginAttempts.label} ${counts.loginAttempts} 条`,
    `${RETENTION_RULES.importJobs.label} ${counts.importJobs} 个`,
    `${RETENTION_RULES.notifications.label} ${counts.notifications} 条`,
    `${RETENTION_RULES.linkChecks.label} ${counts.linkCheckRuns} 次`,
  ].join("，");
}
