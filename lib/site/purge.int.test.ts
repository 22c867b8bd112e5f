import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { importDirectory } from "@/lib/import/service";
import { setUpTestDatabase } from "@/lib/testing/database";
import { createTestActor, createTestUnit } from "@/lib/testing/factories";
import { countExpiredRecords, purgeExpiredRecords } from "./purge";
import { getRetentionSettings } from "./queries";
import { DEFAULT_RETENTION_SETTINGS } from "./retention";
import { retentionSettingsSchema } from "./schemas";
import { updateRetentionSettings } from "./service";

setUpTestDatabase();

const now = new Date("2026-12-03T06:00:00Z");
const daysBefore = (days: number) => new Date(now.getTime() - days * 86_400_000);

describe("retention", () => {
  it("only a system administrator changes the periods; each change is audited", async () => {
    const root = await createTestUnit();
    const admin = await createTestActor(root, ["SYSTEM_ADMIN"]);
    const unitAdmin = await createTestActor(root, ["UNIT_ADMIN"]);
    expect(await getRetentionSettings()).toEqual(DEFAULT_RETENTION_SETTINGS);
    const input = retentionSettingsSchema.parse({ ...DEFAULT_RETENTION_SETTINGS, retainLinkChecksDays: "30" });
    await expect(updateRetentionSettings({ actor: unitAdmin, input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await updateRetentionSettings({ actor: admin, input });
    await updateRetentionSettings({ actor: admin, input });
    expect(await getRetentionSettings()).toMatchObject({ retainLinkChecksDays: 30, retainLoginAttemptsDays: 180 });
    const audit = await db.auditEvent.findMany({ where: { action: "site.retention_update" } });
    expect(audit.map((a) => a.summary)).toEqual(["修改数据保存期限：链接检查记录保存天数: 90 → 30"]);
  });

  it("deletes what is due in one audited transaction, keeps the rest, the newest finished link check and the audit log", async () => {
    const root = await createTestUnit();
    const admin = await createTestActor(root, ["SYSTEM_ADMIN"]);
    const clerk = await createTestActor(root, ["CLERK"]);
    await db.loginAttempt.deleteMany({});
    await db.linkCheckRun.deleteMany({});
    await db.loginAttempt.createMany({
      data: [
        { username: "old", ok: false, createdAt: daysBefore(181) },
        { username: "old", ok: true, createdAt: daysBefore(400) },
        { username: "edge", ok: true, createdAt: daysBefore(180) },
        { username: "recent", ok: true, createdAt: daysBefore(1) },
      ],
    });
    // Link checks are kept for 30 days (set in the test above).
    const run = (days: number, finished: boolean) =>
      db.linkCheckRun.create({ data: { startedAt: daysBefore(days), finishedAt: finished ? daysBefore(days) : null }, select: { id: true } });
    const abandoned = await run(50, false);
    const oldFinished = await run(45, true);
    const newestFinished = await run(40, true);
    const running = await run(0, false);
    const auditBefore = await db.auditEvent.count();

    expect(await countExpiredRecords(now)).toEqual({ loginAttempts: 2, importJobs: 0, notifications: 0, linkCheckRuns: 2 });
    await expect(purgeExpiredRecords({ actor: clerk, now })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.loginAttempt.count()).toBe(4);

    expect(await purgeExpiredRecords({ actor: admin, now })).toEqual({ loginAttempts: 2, importJobs: 0, notifications: 0, linkCheckRuns: 2 });
    expect((await db.loginAttempt.findMany({ orderBy: { createdAt: "asc" } })).map((a) => a.username)).toEqual(["edge", "recent"]);
    expect((await db.linkCheckRun.findMany({ orderBy: { id: "asc" } })).map((r) => r.id)).toEqual([newestFinished.id, running.id]);
    expect([abandoned.id, oldFinished.id]).not.toContain(newestFinished.id);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "retention.purge" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ actorId: admin.id, summary: "按数据保存期限清理：登录记录 2 条，导入任务文件 0 个，站内通知 0 条，链接检查记录 2 次" });
    expect(await db.auditEvent.count()).toBe(auditBefore + 1);

    // The daily run with nothing due deletes nothing and records nothing; a person's 立即清理 is always recorded.
    expect(await purgeExpiredRecords({ now })).toEqual({ loginAttempts: 0, importJobs: 0, notifications: 0, linkCheckRuns: 0 });
    expect(await db.auditEvent.count()).toBe(auditBefore + 1);
    await purgeExpiredRecords({ actor: admin, now });
    expect(await db.auditEvent.count()).toBe(auditBefore + 2);
    // A year later the system run purges and is recorded as the system.
    await purgeExpiredRecords({ now: new Date(now.getTime() + 365 * 86_400_000) });
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "retention.purge" }, orderBy: { id: "desc" } })).toMatchObject({
      actorId: null,
      actorName: "系统",
      summary: "按数据保存期限清理：登录记录 2 条，导入任务文件 0 个，站内通知 0 条，链接检查记录 1 次",
    });
  });

  it("deletes old notifications, and the files and row errors of import jobs that ended long ago, keeping the jobs and running ones", async () => {
    const root = await createTestUnit();
    const admin = await createTestActor(root, ["SYSTEM_ADMIN"]);
    const notice = (days: number) => ({
      recipientId: admin.id,
      kind: "REVIEW_REQUESTED" as const,
      title: `通知${days}`,
      link: "/admin",
      entityType: "EntryRevision",
      entityId: "1",
      createdAt: daysBefore(days),
    });
    await db.notification.createMany({ data: [notice(366), notice(364)] });
    const job = (state: "DONE" | "FAILED" | "IMPORTING", days: number) =>
      db.importJob.create({
        data: {
          createdById: admin.id,
          createdByName: admin.displayName,
          filename: `${state}${days}.csv`,
          format: "CSV",
          headers: ["标题"],
          state,
          updatedAt: daysBefore(days),
        },
        select: { id: true },
      });
    const [oldDone, oldFailed, oldRunning, recent] = [await job("DONE", 100), await job("FAILED", 120), await job("IMPORTING", 100), await job("DONE", 10)];
    for (const { id } of [oldFailed, recent])
      await db.importRowError.create({ data: { jobId: id, row: 2, field: "title", message: "标题不能为空", values: [""] } });
    const directory = importDirectory(oldFailed.id);
    mkdirSync(directory, { recursive: true });
    writeFileSync(path.join(directory, "source"), "标题\n");

    expect(await countExpiredRecords(now)).toMatchObject({ importJobs: 2, notifications: 1 });
    expect(await purgeExpiredRecords({ now })).toMatchObject({ importJobs: 2, notifications: 1 });
    expect((await db.notification.findMany({ where: { recipientId: admin.id } })).map((n) => n.title)).toEqual(["通知364"]);
    const jobs = await db.importJob.findMany({ where: { id: { in: [oldDone.id, oldFailed.id, oldRunning.id, recent.id] } }, orderBy: { id: "asc" } });
    expect(jobs.map((j) => j.filesPurgedAt !== null)).toEqual([true, true, false, false]);
    expect(await db.importRowError.count({ where: { jobId: oldFailed.id } })).toBe(0);
    expect(await db.importRowError.count({ where: { jobId: recent.id } })).toBe(1);
    expect(existsSync(directory)).toBe(false);
    // Purged once, never again.
    expect(await countExpiredRecords(now)).toMatchObject({ importJobs: 0, notifications: 0 });
  });
});
