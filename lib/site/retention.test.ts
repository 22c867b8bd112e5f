import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DEFAULT_RETENTION_SETTINGS, isLinkCheckRunDue, RETENTION_KINDS, RETENTION_RULES, retentionCutoffs } from "./retention";
import { retentionSettingsSchema } from "./schemas";

const now = new Date("2026-12-03T06:00:00Z");
const daysBefore = (days: number) => new Date(now.getTime() - days * 86_400_000);

describe("retention", () => {
  it("each kind is due before now minus its period", () => {
    const cutoffs = retentionCutoffs(now, { retainLoginAttemptsDays: 180, retainImportJobsDays: 7, retainNotificationsDays: 365, retainLinkChecksDays: 30 });
    expect(cutoffs).toEqual({ loginAttempts: daysBefore(180), importJobs: daysBefore(7), notifications: daysBefore(365), linkChecks: daysBefore(30) });
    expect(cutoffs.loginAttempts.toISOString()).toBe("2026-06-06T06:00:00.000Z");
  });

  it("a link-check run is due when it started before the cutoff, except the newest finished one", () => {
    const cutoff = daysBefore(30);
    const old = { id: 1, startedAt: daysBefore(31) };
    expect(isLinkCheckRunDue(old, 9, cutoff)).toBe(true);
    // Exactly as old as the period: kept.
    expect(isLinkCheckRunDue({ id: 2, startedAt: cutoff }, 9, cutoff)).toBe(false);
    expect(isLinkCheckRunDue({ id: 3, startedAt: daysBefore(1) }, 9, cutoff)).toBe(false);
    // The only finished check stays however old it is, so the pages show its results rather than none.
    expect(isLinkCheckRunDue(old, 1, cutoff)).toBe(false);
    expect(isLinkCheckRunDue(old, null, cutoff)).toBe(true);
  });

  it("the defaults are valid and the login-record minimum follows the six months of 网络安全法 art. 21", () => {
    expect(retentionSettingsSchema.parse(DEFAULT_RETENTION_SETTINGS)).toEqual(DEFAULT_RETENTION_SETTINGS);
    for (const kind of RETENTION_KINDS) expect(RETENTION_RULES[kind].defaultDays).toBeGreaterThanOrEqual(RETENTION_RULES[kind].minDays);
    const errors = (input: Record<string, unknown>) => {
      const result = retentionSettingsSchema.safeParse({ ...DEFAULT_RETENTION_SETTINGS, ...input });
      return result.success ? null : z.flattenError(result.error).fieldErrors;
    };
    expect(errors({ retainLoginAttemptsDays: "90", retainLinkChecksDays: "3.5" })).toEqual({
      retainLoginAttemptsDays: ["登录记录至少保存 180 天"],
      retainLinkChecksDays: ["链接检查记录的保存天数须为整数"],
    });
    expect(errors({ retainNotificationsDays: "99999", retainImportJobsDays: "" })).toEqual({
      retainNotificationsDays: ["站内通知最多保存 3650 天"],
      retainImportJobsDays: ["导入任务文件至少保存 7 天"],
    });
    expect(retentionSettingsSchema.parse({ ...DEFAULT_RETENTION_SETTINGS, retainImportJobsDays: " 30 " }).retainImportJobsDays).toBe(30);
  });
});
