import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { entryInputSchema } from "@/lib/entries/schemas";
import { createDraft, recordClearance, returnToDrafter, submitRevision } from "@/lib/entries/service";
import { toChinaDate } from "@/lib/requests/dates";
import { intakeApplication } from "@/lib/requests/intake";
import { actOnRequest, saveAnswerDraft } from "@/lib/requests/processing";
import { answerDraftSchema, intakeSchema } from "@/lib/requests/schemas";
import { setUpTestDatabase } from "@/lib/testing/database";
import { createTestActor, createTestCategories, createTestUnit, testApplication } from "@/lib/testing/factories";
import { startSmtpSink } from "@/lib/testing/smtp-sink";
import { getMailSettingsView, saveMailSettings, sendTestMail } from "./mail";
import { markAllNotificationsRead, notifyReviewStep, openNotification, sendDeadlineReminders, settleDeliveries } from "./service";
import { listNotifications } from "./queries";
import { emailSettingsSchema, updateUserSchema } from "@/lib/users/schemas";
import { updateOwnEmailSettings, updateUser } from "@/lib/users/service";
import { mailSettingsSchema } from "./schemas";

setUpTestDatabase();

// The PostgreSQL run of this file may run beside the PGlite one: each takes its own ports.
const PORTS = process.env.GONGKAI_TEST_DB === "postgres" ? { good: 2527, refusing: 2528 } : { good: 2525, refusing: 2526 };
const ORIGIN = "https://gk.example.gov.cn";

beforeAll(() => {
  process.env.GONGKAI_PUBLIC_URL = ORIGIN;
});

async function world() {
  const district = await createTestUnit();
  const unit = await createTestUnit(district);
  const neighbour = await createTestUnit(district);
  const categories = await createTestCategories();
  const clerk = await createTestActor(unit, ["CLERK", "REVIEWER"]); // drafts; may not review their own work
  const reviewer = await createTestActor(unit, ["REVIEWER"]);
  const districtReviewer = await createTestActor(district, ["REVIEWER"]);
  const neighbourReviewer = await createTestActor(neighbour, ["REVIEWER"]);
  const leader = await createTestActor(unit, ["LEADER"]);
  const reviewerLeader = await createTestActor(unit, ["REVIEWER", "LEADER"]);
  const admin = await createTestActor(unit, ["UNIT_ADMIN"]);
  const draft = () =>
    createDraft({
      actor: clerk,
      unitId: unit.id,
      input: entryInputSchema.parse({
        title: "示范区2026年部门预算公开",
        generatedOn: "2026-02-10",
        methods: ["政府网站"],
        bodyHtml: "<p>预算</p>",
        ...categories,
      }),
    });
  return { district, unit, clerk, reviewer, districtReviewer, neighbourReviewer, leader, reviewerLeader, admin, draft };
}

const notificationsOf = (entityType: string, entityId: number) =>
  db.notification.findMany({ where: { entityType, entityId: String(entityId) }, orderBy: [{ kind: "asc" }, { recipientId: "asc" }] });
const recipients = async (entityType: string, entityId: number, kind: string) =>
  (await notificationsOf(entityType, entityId)).filter((n) => n.kind === kind).map((n) => n.recipientId);
const clearance = { conclusion: "PUBLIC" as const, legalGround: null, attribute: "PROACTIVE" as const, note: "无涉密内容" };

describe("notifications of the review", () => {
  it("submit tells the unit's reviewers, clear its leaders, return the drafter — never those who may not act", async () => {
    const w = await world();
    const { entryId, revisionId } = await w.draft();
    await submitRevision({ actor: w.clerk, revisionId });
    expect(await recipients("Entry", entryId, "REVIEW_REQUESTED")).toEqual([w.reviewer.id, w.districtReviewer.id, w.reviewerLeader.id].sort((a, b) => a - b));
    const [first] = await notificationsOf("Entry", entryId);
    expect(first).toMatchObject({ title: "待保密审查：「示范区2026年部门预算公开」", link: `/admin/entries/${entryId}`, readAt: null, emailStatus: "NONE" });

    // Cleared by the reviewer who is also a leader: the other leader approves.
    await recordClearance({ actor: w.reviewerLeader, revisionId, input: clearance });
    expect(await recipients("Entry", entryId, "APPROVAL_REQUESTED")).toEqual([w.leader.id]);

    await returnToDrafter({ actor: w.leader, revisionId, input: { reason: "METADATA", note: "文号有误" } });
    expect(await recipients("Entry", entryId, "REVISION_RETURNED")).toEqual([w.clerk.id]);
    expect(await db.notification.count({ where: { entityId: String(entryId) } })).toBe(5);
  });

  it("is written in the transaction of the change: rolled back with it", async () => {
    const w = await world();
    const { entryId, revisionId } = await w.draft();
    const revision = await db.entryRevision.findUniqueOrThrow({ where: { id: revisionId }, include: { entry: { include: { unit: true } } } });
    await expect(
      db.$transaction(async (tx) => {
        await tx.entryRevision.update({ where: { id: revisionId }, data: { state: "SUBMITTED" } });
        expect(await notifyReviewStep(tx, w.clerk, "submit", revision)).toEqual([]); // mail is off: nothing to send
        expect(await tx.notification.count({ where: { entityId: String(entryId) } })).toBe(3);
        throw new Error("the change fails after the notification was written");
      }),
    ).rejects.toThrow("the change fails");
    expect(await db.notification.count({ where: { entityId: String(entryId) } })).toBe(0);
    expect((await db.entryRevision.findUniqueOrThrow({ where: { id: revisionId } })).state).toBe("DRAFT");
    // A refused step writes none either.
    await expect(recordClearance({ actor: w.reviewer, revisionId, input: clearance })).rejects.toMatchObject({ code: "INVALID_TRANSITION" });
    expect(await db.notification.count({ where: { entityId: String(entryId) } })).toBe(0);
  });

  it("the recipient opens it (marked read), nobody else can; mark all read empties the count", async () => {
    const w = await world();
    const { entryId, revisionId } = await w.draft();
    await submitRevision({ actor: w.clerk, revisionId });
    const mine = (await notificationsOf("Entry", entryId)).find((n) => n.recipientId === w.reviewer.id)!;
    await expect(openNotification({ actor: w.leader, notificationId: mine.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await openNotification({ actor: w.reviewer, notificationId: mine.id })).toEqual({ link: `/admin/entries/${entryId}` });
    expect((await db.notification.findUniqueOrThrow({ where: { id: mine.id } })).readAt).toBeInstanceOf(Date);

    const second = await w.draft();
    await submitRevision({ actor: w.clerk, revisionId: second.revisionId });
    const list = await listNotifications(w.reviewer, { page: 1 });
    expect(list.unread).toBe(1);
    expect(list.notifications.map((n) => [n.link, n.readAt === null])).toEqual([
      [`/admin/entries/${second.entryId}`, true],
      [`/admin/entries/${entryId}`, false],
    ]);
    expect(await markAllNotificationsRead({ actor: w.reviewer })).toBe(1);
    expect((await listNotifications(w.reviewer, { page: 1 })).unread).toBe(0);
  });
});

async function receivedApplication(unitId: number, clerk: Actor, receivedOn = toChinaDate(new Date())) {
  return intakeApplication({
    actor: clerk,
    input: intakeSchema.parse(testApplication(unitId, { channel: "IN_PERSON", receivedOn })),
  });
}

describe("notifications of applications", () => {
  it("an answer submitted for approval tells the unit's leaders, not the handler who is a leader too", async () => {
    const w = await world();
    const handler = await createTestActor(w.unit, ["CLERK", "LEADER"]);
    const { id } = await receivedApplication(w.unit.id, handler);
    const act = async (input: Parameters<typeof actOnRequest>[0]["input"]) =>
      actOnRequest({ actor: handler, requestId: id, version: (await db.disclosureRequest.findUniqueOrThrow({ where: { id } })).version, input });
    await act({ action: "startWork" });
    await saveAnswerDraft({ actor: handler, requestId: id, input: answerDraftSchema.parse({ outcome: "GRANTED" }) });
    expect(await db.notification.count({ where: { entityType: "DisclosureRequest", entityId: String(id) } })).toBe(0);
    await act({ action: "submitAnswer" });
    const rows = await notificationsOf("DisclosureRequest", id);
    expect(rows.map((n) => [n.kind, n.recipientId])).toEqual(
      [w.leader.id, w.reviewerLeader.id].sort((a, b) => a - b).map((leaderId) => ["ANSWER_APPROVAL_REQUESTED", leaderId]),
    );
    expect(rows[0]!.link).toBe(`/admin/requests/${id}`);
  });

  it("deadline reminders: due in ≤ 3 working days to the handler, overdue also to the unit admins; once a day", async () => {
    const w = await world();
    const otherClerk = await createTestActor(w.unit, ["CLERK"]);
    const due = async (dueOn: string, handlerId: number | null) => {
      const { id } = await receivedApplication(w.unit.id, w.clerk, "2026-10-12");
      await db.disclosureRequest.update({ where: { id }, data: { dueOn: new Date(`${dueOn}T00:00:00Z`), handlerId } });
      return id;
    };
    // Wednesday 2026-11-04, 10:00 in Beijing.
    const now = new Date("2026-11-04T02:00:00Z");
    const soon = await due("2026-11-09", w.clerk.id); // Monday: 3 working days
    const later = await due("2026-11-10", w.clerk.id); // 4 working days
    const late = await due("2026-11-03", w.clerk.id);
    const unassigned = await due("2026-11-02", null);
    const answered = await due("2026-11-02", w.clerk.id);
    await db.disclosureRequest.update({ where: { id: answered }, data: { state: "ANSWERED" } });

    await sendDeadlineReminders(now);
    expect((await notificationsOf("DisclosureRequest", soon)).map((n) => [n.kind, n.recipientId, n.title])).toEqual([
      ["REQUEST_DUE_SOON", w.clerk.id, expect.stringContaining("即将到期：剩余 3 个工作日（答复期限 2026-11-09）")],
    ]);
    expect(await notificationsOf("DisclosureRequest", later)).toEqual([]);
    expect(await recipients("DisclosureRequest", late, "REQUEST_OVERDUE")).toEqual([w.clerk.id, w.admin.id]);
    expect(await recipients("DisclosureRequest", unassigned, "REQUEST_OVERDUE")).toEqual([w.clerk.id, w.admin.id, otherClerk.id]);
    expect(await notificationsOf("DisclosureRequest", answered)).toEqual([]);

    // Again the same day (a second instance, a restart): nothing new. The next day: one more each, and
    // the application due on 11-10 is now 3 working days away.
    const count = () => db.notification.count({ where: { entityType: "DisclosureRequest", entityId: { in: [soon, later, late, unassigned].map(String) } } });
    expect(await count()).toBe(6);
    await sendDeadlineReminders(new Date("2026-11-04T09:00:00Z"));
    expect(await count()).toBe(6);
    await sendDeadlineReminders(new Date("2026-11-05T02:00:00Z"));
    expect(await count()).toBe(13);
    expect(await recipients("DisclosureRequest", later, "REQUEST_DUE_SOON")).toEqual([w.clerk.id]);
  });
});

describe("notification e-mail", () => {
  let good: Awaited<ReturnType<typeof startSmtpSink>>;
  let refusing: Awaited<ReturnType<typeof startSmtpSink>>;
  let sysadmin: Actor;
  const configure = (port: number) =>
    saveMailSettings({
      actor: sysadmin,
      input: mailSettingsSchema.parse({
        enabled: "true",
        host: "127.0.0.1",
        port: String(port),
        secure: "false",
        username: "gongkai",
        password: "",
        fromAddress: "noreply@gk.example.gov.cn",
      }),
    });

  beforeAll(async () => {
    good = await startSmtpSink(PORTS.good);
    refusing = await startSmtpSink(PORTS.refusing, { refuse: true });
    sysadmin = await createTestActor(await createTestUnit(), ["SYSTEM_ADMIN"]);
  });
  afterAll(async () => {
    await db.mailSettings.deleteMany();
    await Promise.all([good.close(), refusing.close()]);
  });

  it("keeps the SMTP password write-only: encrypted, never shown back, never in the audit log", async () => {
    await saveMailSettings({
      actor: sysadmin,
      input: mailSettingsSchema.parse({
        enabled: "true",
        host: "127.0.0.1",
        port: String(PORTS.good),
        secure: "false",
        username: "gongkai",
        password: "smtp-Pass-2026",
        fromAddress: "noreply@gk.example.gov.cn",
      }),
    });
    await configure(PORTS.good); // empty password: the stored one stays
    const view = await getMailSettingsView();
    expect(view).toMatchObject({ enabled: true, username: "gongkai", hasPassword: true });
    expect(JSON.stringify(view)).not.toContain("smtp-Pass-2026");
    expect((await db.mailSettings.findUniqueOrThrow({ where: { id: 1 } })).passwordCipher).not.toContain("smtp-Pass-2026");
    const audit = await db.auditEvent.findMany({ where: { entityType: "MailSettings" } });
    expect(audit.map((a) => a.summary)).toEqual([expect.stringContaining("SMTP 密码已更新"), expect.not.stringContaining("密码")]);
    expect(JSON.stringify(audit.map((a) => [a.summary, a.reason, a.details]))).not.toContain("smtp-Pass-2026");
    await expect(
      saveMailSettings({
        actor: await createTestActor(await createTestUnit(), ["UNIT_ADMIN"]),
        input: mailSettingsSchema.parse({ enabled: "false", port: "25", secure: "false" }),
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    // The test button logs in with the decrypted password.
    await sendTestMail({ actor: sysadmin, to: "admin@gk.example.gov.cn" });
    expect(good.messages.at(-1)).toMatchObject({ to: ["admin@gk.example.gov.cn"], user: "gongkai:smtp-Pass-2026", subject: "政府信息公开管理后台测试邮件" });
  });

  it("users set their address and opt out themselves; their administrators can too", async () => {
    const w = await world();
    await updateOwnEmailSettings({ actor: w.reviewer, input: emailSettingsSchema.parse({ email: " liufang@gk.example.gov.cn ", emailNotifications: "true" }) });
    await updateUser({
      actor: w.admin,
      userId: w.leader.id,
      input: updateUserSchema.parse({ displayName: "陈明", unitId: String(w.unit.id), email: "chenming@gk.example.gov.cn", emailNotifications: "false" }),
    });
    expect(emailSettingsSchema.safeParse({ email: "not-an-address", emailNotifications: "true" }).success).toBe(false);
    const users = await db.user.findMany({
      where: { id: { in: [w.reviewer.id, w.leader.id] } },
      orderBy: { id: "asc" },
      select: { email: true, emailNotifications: true },
    });
    expect(users).toEqual([
      { email: "liufang@gk.example.gov.cn", emailNotifications: true },
      { email: "chenming@gk.example.gov.cn", emailNotifications: false },
    ]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityType: "User", entityId: String(w.leader.id), action: "user.update" } });
    expect(audit.summary).toContain("邮件提醒: true → false");
  });

  it("goes out after commit to those who have an address and did not opt out, linking to the item", async () => {
    await configure(PORTS.good);
    const w = await world();
    await db.user.update({ where: { id: w.reviewer.id }, data: { email: "liufang@gk.example.gov.cn" } });
    await db.user.update({ where: { id: w.districtReviewer.id }, data: { email: "optout@gk.example.gov.cn", emailNotifications: false } });
    const { entryId, revisionId } = await w.draft();
    const before = good.messages.length;
    await submitRevision({ actor: w.clerk, revisionId });
    await settleDeliveries();
    const sent = good.messages.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ to: ["liufang@gk.example.gov.cn"], subject: "【政府信息公开】待保密审查：「示范区2026年部门预算公开」" });
    expect(sent[0]!.text).toContain(`${ORIGIN}/admin/entries/${entryId}`);
    const rows = await notificationsOf("Entry", entryId);
    const emailed = rows.find((n) => n.recipientId === w.reviewer.id)!;
    expect(emailed).toMatchObject({ emailStatus: "SENT", emailAttempts: 1 });
    expect(emailed.emailedAt).toBeInstanceOf(Date);
    expect(rows.find((n) => n.recipientId === w.districtReviewer.id)).toMatchObject({ emailStatus: "NONE", emailAttempts: 0 });
  });

  it("a refusing server marks the notification failed without undoing the change; the reminder run sends it later", async () => {
    await configure(PORTS.refusing);
    const w = await world();
    await db.user.update({ where: { id: w.reviewer.id }, data: { email: "liufang@gk.example.gov.cn" } });
    const { entryId, revisionId } = await w.draft();
    await submitRevision({ actor: w.clerk, revisionId });
    await settleDeliveries();
    expect((await db.entryRevision.findUniqueOrThrow({ where: { id: revisionId } })).state).toBe("SUBMITTED");
    const failed = (await notificationsOf("Entry", entryId)).find((n) => n.recipientId === w.reviewer.id)!;
    expect(failed).toMatchObject({ emailStatus: "FAILED", emailAttempts: 1 });
    expect(failed.emailError).toContain("550");
    await expect(sendTestMail({ actor: sysadmin, to: "admin@gk.example.gov.cn" })).rejects.toThrow(/^测试邮件发送失败：.*550/);

    await configure(PORTS.good);
    const before = good.messages.length;
    await sendDeadlineReminders(new Date());
    expect(good.messages.slice(before).map((m) => m.to)).toContainEqual(["liufang@gk.example.gov.cn"]);
    expect(await db.notification.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({ emailStatus: "SENT", emailAttempts: 2, emailError: null });
  });
});
