import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestActor, createTestUnit, testApplication } from "@/lib/testing/factories";
import { setUpTestDatabase } from "@/lib/testing/database";
import { answerDraftSchema, applicationSchema, calendarOverrideSchema, intakeSchema } from "./schemas";
import { toChinaDate } from "./dates";
import { findApplicantView, findRequestForStaff, loadRequestRows } from "./queries";
import { tabulateRequests } from "./statistics";
import { addRequestNote, assignRequest } from "./assignment";
import { linkEntry, promoteToCatalogue } from "./catalogue";
import { recomputeOpenDeadlines, removeCalendarDay, saveCalendarDay } from "./due-dates";
import { checkApplicantSecret, intakeApplication, LOOKUP_MAX_FAILURES, registerApplication, replyToCorrection, submitApplication } from "./intake";
import { actOnRequest, saveAnswerDraft } from "./processing";

setUpTestDatabase();

const application = (unitId: number, overrides: Record<string, unknown> = {}) =>
  testApplication(unitId, { description: "示范区2025年城市道路维修工程的招标文件和中标结果", ...overrides });

describe("disclosure applications", () => {
  it("an online application waits for registration; its clock starts on the confirmed receipt date", async () => {
    const unit = await createTestUnit();
    const clerk = await createTestActor(unit, ["CLERK"]);
    const { trackingCode, secret } = await submitApplication(applicationSchema.parse(application(unit.id)));
    expect(trackingCode).toMatch(/^\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const submitted = await db.disclosureRequest.findUniqueOrThrow({ where: { trackingCode } });
    expect(submitted).toMatchObject({ state: "SUBMITTED", channel: "ONLINE", receivedOn: null, dueOn: null });
    expect(submitted.secretHash).not.toContain(secret);

    const today = toChinaDate(new Date());
    await expect(registerApplication({ actor: clerk, requestId: submitted.id, receivedOn: "2020-01-01", version: 0 })).rejects.toMatchObject({
      fieldErrors: { receivedOn: ["确认收到的日期应在提交日期和今天之间"] },
    });
    await registerApplication({ actor: clerk, requestId: submitted.id, receivedOn: today, version: 0 });
    const registered = await db.disclosureRequest.findUniqueOrThrow({ where: { trackingCode } });
    expect(registered).toMatchObject({ state: "RECEIVED", handlerId: clerk.id, version: 1 });
    expect(registered.dueOn).toBeInstanceOf(Date);
    await expect(registerApplication({ actor: clerk, requestId: submitted.id, receivedOn: today, version: 1 })).rejects.toMatchObject({
      code: "INVALID_TRANSITION",
    });
    expect(await db.auditEvent.count({ where: { entityType: "DisclosureRequest", entityId: String(submitted.id) } })).toBe(2);
  });

  it("a paper application gets the due date of the statutory calendar, recomputed when the calendar changes", async () => {
    const unit = await createTestUnit();
    const clerk = await createTestActor(unit, ["CLERK"]);
    // domain.md §8: received 2026-09-30 → 20 working days → 2026-11-03 (国庆 and its 调休 Saturday counted right).
    const created = await intakeApplication({
      actor: clerk,
      input: intakeSchema.parse({ ...application(unit.id), channel: "POST_SIGNED", receivedOn: "2026-09-30" }),
    });
    const dueOn = async () => (await db.disclosureRequest.findUniqueOrThrow({ where: { id: created.id } })).dueOn?.toISOString().slice(0, 10);
    expect(await dueOn()).toBe("2026-11-03");

    // Suppose 国庆 had been published without its make-up Saturday (10-10): one working day less, due a day later.
    await db.calendarOverride.delete({ where: { date: new Date("2026-10-10T00:00:00Z") } });
    expect(await db.$transaction((tx) => recomputeOpenDeadlines(tx))).toBeGreaterThanOrEqual(1);
    expect(await dueOn()).toBe("2026-11-04");
  });

  it("handlers register applications only for their own units", async () => {
    const unit = await createTestUnit();
    const other = await createTestUnit();
    const clerk = await createTestActor(unit, ["CLERK"]);
    const reviewer = await createTestActor(other, ["REVIEWER"]);
    const input = intakeSchema.parse({ ...application(other.id), channel: "IN_PERSON", receivedOn: "2026-11-02" });
    await expect(intakeApplication({ actor: clerk, input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(intakeApplication({ actor: reviewer, input })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("the applicant looks up progress with the secret or the phone's last 4 digits, and sees no personal data", async () => {
    const unit = await createTestUnit();
    const { trackingCode, secret } = await submitApplication(applicationSchema.parse(application(unit.id)));
    expect(await checkApplicantSecret(trackingCode, secret.toLowerCase())).toBe(true);
    expect(await checkApplicantSecret(trackingCode, "8000")).toBe(true);
    expect(await checkApplicantSecret(trackingCode, "8001")).toBe(false);
    expect(await checkApplicantSecret("2026-0000-0000", secret)).toBe(false);
    const view = await findApplicantView(trackingCode);
    expect(view).toMatchObject({ trackingCode, state: "SUBMITTED", unit: { id: unit.id } });
    expect(JSON.stringify(view)).not.toMatch(/赵市民|11010519491231002X|138/);
  });

  it("too many wrong secrets lock the look-up for a while", async () => {
    const unit = await createTestUnit();
    const { trackingCode, secret } = await submitApplication(applicationSchema.parse(application(unit.id)));
    const now = new Date("2026-11-23T02:00:00Z");
    for (let i = 0; i < LOOKUP_MAX_FAILURES; i++) expect(await checkApplicantSecret(trackingCode, "WRONG123", now)).toBe(false);
    await expect(checkApplicantSecret(trackingCode, secret, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await checkApplicantSecret(trackingCode, secret, new Date(now.getTime() + 16 * 60_000))).toBe(true);
  });

  it("补正 stops the clock, the extension moves it, and the answer reaches the applicant only after a leader approves", async () => {
    const unit = await createTestUnit();
    const clerk = await createTestActor(unit, ["CLERK"]);
    const leader = await createTestActor(unit, ["LEADER"]);
    const { id } = await intakeApplication({
      actor: clerk,
      input: intakeSchema.parse({ ...application(unit.id), channel: "IN_PERSON", receivedOn: "2026-11-02" }),
    });
    const current = () => db.disclosureRequest.findUniqueOrThrow({ where: { id }, include: { letters: { orderBy: { id: "asc" } } } });
    const act = async (actor: typeof clerk, input: Parameters<typeof actOnRequest>[0]["input"]) =>
      actOnRequest({ actor, requestId: id, version: (await current()).version, input });
    const due = async () => (await current()).dueOn?.toISOString().slice(0, 10) ?? null;
    expect(await due()).toBe("2026-11-30");

    // 补正 within 7 working days: the clock stops, and restarts in full from the corrected application.
    await expect(act(clerk, { action: "requestCorrection", on: "2026-11-12", items: "请写明所需信息的时间范围" })).rejects.toMatchObject({
      fieldErrors: { on: [expect.stringContaining("最晚为 2026-11-11")] },
    });
    await act(clerk, { action: "requestCorrection", on: "2026-11-04", items: "请写明所需信息的时间范围\n请说明项目名称" });
    expect(await due()).toBeNull();
    expect((await current()).letters.map((l) => l.kind)).toEqual(["CORRECTION"]);
    await act(clerk, { action: "receiveCorrection", on: "2026-11-09" });
    expect(await due()).toBe("2026-12-07");

    // Only a leader extends, once.
    await expect(act(clerk, { action: "extend", on: "2026-11-10", workingDays: 10, reason: "需调取档案" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await act(leader, { action: "extend", on: "2026-11-10", workingDays: 10, reason: "需调取档案" });
    expect(await due()).toBe("2026-12-21");
    await expect(act(leader, { action: "extend", on: "2026-11-11", workingDays: 5, reason: "再次延期" })).rejects.toMatchObject({ code: "INVALID_TRANSITION" });

    // The handler drafts a 部分公开 answer from the template, submits it, and cannot approve it.
    await saveAnswerDraft({
      actor: clerk,
      requestId: id,
      input: answerDraftSchema.parse({ outcome: "PARTIAL", explanation: "中标人的银行账户信息属于第三方商业秘密" }),
    });
    const draft = (await current()).letters.find((l) => l.kind === "ANSWER")!;
    expect(draft.body).toContain("中标人的银行账户信息属于第三方商业秘密");
    await act(clerk, { action: "submitAnswer" });
    await expect(act(clerk, { action: "approveAnswer" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(act(leader, { action: "approveAnswer" }).then(() => act(leader, { action: "approveAnswer" }))).rejects.toMatchObject({
      code: "INVALID_TRANSITION",
    });
    const answered = await current();
    expect(answered).toMatchObject({ state: "ANSWERED", outcome: "PARTIAL", outcomeReason: "中标人的银行账户信息属于第三方商业秘密" });
    // The due date stays, so timeliness can be counted (answered on or before it).
    expect(answered.answeredOn!.getTime()).toBeLessThanOrEqual(answered.dueOn!.getTime());
    expect(answered.letters.find((l) => l.kind === "ANSWER")).toMatchObject({ approvedById: leader.id });

    // A stale form is refused, and reopening needs a reason.
    await expect(actOnRequest({ actor: leader, requestId: id, version: 0, input: { action: "reopen", reason: "申请人提出异议" } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    // Counted for the annual report in the year it was answered (received 2026-11-02, answered today).
    const table = tabulateRequests(await loadRequestRows(unit.path), Number(toChinaDate(new Date()).slice(0, 4)));
    expect(table.outcomes.PARTIAL).toMatchObject({ NATURAL_PERSON: 1, total: 1 });
    expect(table.newThisYear.total + table.carriedOver.total).toBe(1);
    const trail = await db.auditEvent.findMany({ where: { entityType: "DisclosureRequest", entityId: String(id) }, orderBy: { id: "asc" } });
    expect(trail.map((e) => e.action)).toEqual([
      "request.intake",
      "request.requestCorrection",
      "request.receiveCorrection",
      "request.extend",
      "request.draft_answer",
      "request.submitAnswer",
      "request.approveAnswer",
    ]);
  });

  it("a district handler hands an application to a sub-unit and its 经办人; notes stay internal; the due date does not move", async () => {
    const district = await createTestUnit();
    const bureau = await createTestUnit(district);
    const elsewhere = await createTestUnit();
    const districtClerk = await createTestActor(district, ["CLERK"]);
    const bureauClerk = await createTestActor(bureau, ["CLERK"]);
    const reviewer = await createTestActor(bureau, ["REVIEWER"]);
    const created = await intakeApplication({
      actor: districtClerk,
      input: intakeSchema.parse({ ...application(district.id), channel: "IN_PERSON", receivedOn: toChinaDate(new Date()) }),
    });
    const current = () => db.disclosureRequest.findUniqueOrThrow({ where: { id: created.id } });
    const before = await current();
    const assign = async (actor: typeof districtClerk, input: { unitId: number; handlerId: number | null }) =>
      assignRequest({ actor, requestId: created.id, version: (await current()).version, input });

    await expect(assign(districtClerk, { unitId: elsewhere.id, handlerId: null })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(assign(districtClerk, { unitId: bureau.id, handlerId: reviewer.id })).rejects.toMatchObject({
      fieldErrors: { handlerId: [expect.any(String)] },
    });
    await expect(
      assignRequest({ actor: districtClerk, requestId: created.id, version: before.version + 5, input: { unitId: bureau.id, handlerId: null } }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await assign(districtClerk, { unitId: bureau.id, handlerId: bureauClerk.id });
    const after = await current();
    expect(after).toMatchObject({ unitId: bureau.id, handlerId: bureauClerk.id, dueOn: before.dueOn });
    // The bureau's clerk now sees it; the bureau cannot hand it back up to the district.
    expect(await findRequestForStaff(bureauClerk, created.id)).not.toBeNull();
    await expect(assign(bureauClerk, { unitId: district.id, handlerId: null })).rejects.toMatchObject({ code: "FORBIDDEN" });

    await addRequestNote({ actor: bureauClerk, requestId: created.id, body: "已电话联系申请人核实所需信息范围" });
    await expect(addRequestNote({ actor: await createTestActor(elsewhere, ["CLERK"]), requestId: created.id, body: "越权备注" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const staffView = await findRequestForStaff(bureauClerk, created.id);
    expect(staffView?.request.notes.map((n) => n.body)).toEqual(["已电话联系申请人核实所需信息范围"]);
    expect(JSON.stringify(await findApplicantView(created.trackingCode))).not.toContain("已电话联系");
    const trail = await db.auditEvent.findMany({ where: { entityType: "DisclosureRequest", entityId: String(created.id) }, orderBy: { id: "asc" } });
    expect(trail.map((e) => e.action)).toEqual(["request.intake", "request.assign", "request.note"]);
  });

  it("a handler discards a junk online submission with a reason: closed, never counted, and the submitter sees why", async () => {
    const unit = await createTestUnit();
    const clerk = await createTestActor(unit, ["CLERK"]);
    const { trackingCode } = await submitApplication(applicationSchema.parse(application(unit.id, { description: "优惠促销，点击链接领取大奖" })));
    const { id, version } = await db.disclosureRequest.findUniqueOrThrow({ where: { trackingCode } });
    await expect(actOnRequest({ actor: clerk, requestId: id, version, input: { action: "discard", reason: " " } })).rejects.toMatchObject({
      code: "INVALID_TRANSITION",
    });
    await actOnRequest({ actor: clerk, requestId: id, version, input: { action: "discard", reason: "广告内容，不是政府信息公开申请" } });
    const view = await findApplicantView(trackingCode);
    expect(view).toMatchObject({ state: "CLOSED", receivedOn: null, outcome: null, outcomeReason: "广告内容，不是政府信息公开申请" });
    const table = tabulateRequests(await loadRequestRows(unit.path), Number(toChinaDate(new Date()).slice(0, 4)));
    expect(table.newThisYear.total + table.carriedOver.total).toBe(0);
    const audit = await db.auditEvent.findFirst({ where: { entityType: "DisclosureRequest", entityId: String(id), action: "request.discard" } });
    expect(audit).toMatchObject({ actorId: clerk.id, fromState: "SUBMITTED", toState: "CLOSED", reason: "广告内容，不是政府信息公开申请" });
    // Only an unregistered submission can be discarded.
    await expect(actOnRequest({ actor: clerk, requestId: id, version: version + 1, input: { action: "discard", reason: "再次作废" } })).rejects.toMatchObject({
      code: "INVALID_TRANSITION",
    });
  });

  it("the applicant sends the 补正 online: the clock restarts that day as on a handler's receipt, and it is audited", async () => {
    const unit = await createTestUnit();
    const clerk = await createTestActor(unit, ["CLERK"]);
    // One instant for the test and the reply, so that midnight cannot fall between them.
    const now = new Date();
    const today = toChinaDate(now);
    const version = async (id: number) => (await db.disclosureRequest.findUniqueOrThrow({ where: { id } })).version;
    const needingCorrection = async () => {
      const created = await intakeApplication({
        actor: clerk,
        input: intakeSchema.parse({ ...application(unit.id), channel: "IN_PERSON", receivedOn: today }),
      });
      await actOnRequest({
        actor: clerk,
        requestId: created.id,
        version: await version(created.id),
        input: { action: "requestCorrection", on: today, items: "请写明所需信息的时间范围" },
      });
      return created;
    };
    const online = await needingCorrection();
    const paper = await needingCorrection();
    await replyToCorrection(online.trackingCode, { reply: "所需信息为2025年1月至12月的招标文件。" }, now);
    await actOnRequest({ actor: clerk, requestId: paper.id, version: await version(paper.id), input: { action: "receiveCorrection", on: today } });

    const [a, b] = await Promise.all([online, paper].map(({ id }) => db.disclosureRequest.findUniqueOrThrow({ where: { id } })));
    expect(a!.state).toBe("IN_PROGRESS");
    expect(a!.dueOn).not.toBeNull();
    expect(a!.dueOn).toEqual(b!.dueOn);
    const view = await findApplicantView(online.trackingCode);
    expect(view?.clockEvents).toEqual([expect.objectContaining({ kind: "CORRECTION", reply: "所需信息为2025年1月至12月的招标文件。" })]);
    expect(view?.clockEvents[0]?.endOn?.toISOString().slice(0, 10)).toBe(today);
    const audit = await db.auditEvent.findFirst({
      where: { entityType: "DisclosureRequest", entityId: String(online.id), action: "request.correction_reply" },
    });
    expect(audit).toMatchObject({ actorId: null, fromState: "NEEDS_CORRECTION", toState: "IN_PROGRESS" });

    // Once only, and only for a request that asked for it.
    await expect(replyToCorrection(online.trackingCode, { reply: "再补充一次内容" })).rejects.toMatchObject({ code: "INVALID_TRANSITION" });
    await expect(replyToCorrection("2026-0000-0000", { reply: "不存在的申请" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("administrators keep the holiday calendar; each change recomputes open deadlines and is audited", async () => {
    const unit = await createTestUnit();
    const clerk = await createTestActor(unit, ["CLERK"]);
    const admin = await createTestActor(unit, ["SYSTEM_ADMIN"]);
    const unitAdmin = await createTestActor(unit, ["UNIT_ADMIN"]);
    const { id } = await intakeApplication({ actor: clerk, input: intakeSchema.parse({ ...application(unit.id), channel: "FAX", receivedOn: "2026-11-16" }) });
    const dueOn = async () => (await db.disclosureRequest.findUniqueOrThrow({ where: { id } })).dueOn?.toISOString().slice(0, 10);
    expect(await dueOn()).toBe("2026-12-14");

    const day = calendarOverrideSchema.parse({ date: "2026-12-01", kind: "HOLIDAY", name: "测试假日" });
    await expect(saveCalendarDay({ actor: unitAdmin, input: day })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(saveCalendarDay({ actor: admin, input: { ...day, kind: "MAKEUP_WORKDAY" } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await saveCalendarDay({ actor: admin, input: day })).toBeGreaterThanOrEqual(1);
    expect(await dueOn()).toBe("2026-12-15");
    await removeCalendarDay({ actor: admin, date: "2026-12-01" });
    expect(await dueOn()).toBe("2026-12-14");
    expect(await db.auditEvent.findMany({ where: { entityType: "CalendarOverride", entityId: "2026-12-01" }, select: { action: true } })).toEqual([
      { action: "calendar.add" },
      { action: "calendar.remove" },
    ]);
  });

  it("信息处理费: free within the allowance, otherwise a notice that pauses the clock until payment", async () => {
    const unit = await createTestUnit();
    const clerk = await createTestActor(unit, ["CLERK"]);
    const { id } = await intakeApplication({
      actor: clerk,
      input: intakeSchema.parse({ ...application(unit.id), channel: "IN_PERSON", receivedOn: "2026-11-16" }),
    });
    const current = () => db.disclosureRequest.findUniqueOrThrow({ where: { id }, include: { letters: true } });
    const act = async (input: Parameters<typeof actOnRequest>[0]["input"]) =>
      actOnRequest({ actor: clerk, requestId: id, version: (await current()).version, input });
    await act({ action: "startWork" });

    await act({ action: "sendFeeNotice", method: "PER_PAGE", quantity: 30, waiverReason: null });
    expect(await current()).toMatchObject({ state: "IN_PROGRESS", feeMethod: "PER_PAGE", feeYuan: 0, letters: [] });

    await act({ action: "sendFeeNotice", method: "PER_PAGE", quantity: 100, waiverReason: null });
    const noticed = await current();
    expect(noticed).toMatchObject({ state: "FEE_NOTICE_SENT", feeYuan: 700, dueOn: null });
    expect(noticed.letters.map((l) => l.kind)).toEqual(["FEE_NOTICE"]);
    expect(noticed.letters[0]!.body).toContain("700");
    await expect(act({ action: "feeUnpaid" })).rejects.toMatchObject({ code: "INVALID_TRANSITION" });

    const today = toChinaDate(new Date());
    await act({ action: "recordPayment", on: today });
    const paid = await current();
    expect(paid).toMatchObject({ state: "IN_PROGRESS" });
    expect(paid.feePaidOn?.toISOString().slice(0, 10)).toBe(today);
    expect(paid.dueOn).toBeInstanceOf(Date);
  });

  it("an answered application of general interest becomes a draft catalogue entry, without the applicant's numbers", async () => {
    const unit = await createTestUnit();
    const clerk = await createTestActor(unit, ["CLERK"]);
    const leader = await createTestActor(unit, ["LEADER"]);
    await db.category.createMany({
      data: [
        { kind: "TOPIC", name: "依申请公开" },
        { kind: "GENRE", name: "其他" },
      ],
    });
    const description = "示范区2026年学校食堂食品安全抽检结果。联系电话13800138000";
    const { id } = await intakeApplication({
      actor: clerk,
      input: intakeSchema.parse({ ...application(unit.id, { description }), channel: "IN_PERSON", receivedOn: "2026-11-16" }),
    });
    const act = async (actor: typeof clerk, input: Parameters<typeof actOnRequest>[0]["input"]) =>
      actOnRequest({ actor, requestId: id, version: (await db.disclosureRequest.findUniqueOrThrow({ where: { id } })).version, input });
    await expect(promoteToCatalogue({ actor: clerk, requestId: id })).rejects.toMatchObject({ code: "INVALID_TRANSITION" });
    await act(clerk, { action: "startWork" });
    await saveAnswerDraft({ actor: clerk, requestId: id, input: answerDraftSchema.parse({ outcome: "GRANTED" }) });
    await act(clerk, { action: "submitAnswer" });
    await act(leader, { action: "approveAnswer" });

    const { entryId } = await promoteToCatalogue({ actor: clerk, requestId: id });
    const entry = await db.entry.findUniqueOrThrow({ where: { id: entryId }, include: { revisions: true, requests: true } });
    expect(entry.revisions).toMatchObject([{ state: "DRAFT", title: "示范区2026年学校食堂食品安全抽检结果" }]);
    expect(JSON.stringify(entry.revisions)).not.toContain("13800138000");
    expect(entry.requests).toMatchObject([{ requestId: id, promoted: true }]);
    await expect(linkEntry({ actor: clerk, requestId: id, indexNo: "NO-SUCH/2026-00001" })).rejects.toMatchObject({
      fieldErrors: { indexNo: ["没有找到该索引号的公开信息"] },
    });
    await expect(promoteToCatalogue({ actor: leader, requestId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
