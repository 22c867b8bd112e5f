import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestActor } from "@/lib/testing/factories";
import { createPrecheckWorld, PRECHECK_ID_NUMBER } from "@/lib/testing/precheck";
import { setUpTestDatabase } from "@/lib/testing/database";
import { acknowledgeFindingSchema } from "./schemas";
import { acknowledgeFinding, createDraft, precheckDraft, recordClearance, returnToDrafter, submitRevision, updateRevision } from "./service";

setUpTestDatabase();

const ID_NUMBER = PRECHECK_ID_NUMBER;

const clearance = { conclusion: "PUBLIC" as const, legalGround: null, attribute: "PROACTIVE" as const, note: "" };
const revisionOf = (id: number) => db.entryRevision.findUniqueOrThrow({ where: { id } });
const findingsOf = (revisionId: number) => db.precheckFinding.findMany({ where: { revisionId }, orderBy: { id: "asc" } });

describe("confidentiality pre-check on submit (P6 item 1)", () => {
  it("finds an ID number on submit, refuses step 1 until it is acknowledged, and rescans an edit", async () => {
    const { unit, clerk, reviewer, input } = await createPrecheckWorld();
    const body = `<p>新增对象：张某，身份证号码 ${ID_NUMBER}。</p>`;
    const { entryId, revisionId } = await createDraft({ actor: clerk, unitId: unit.id, input: input(body) });
    expect(await findingsOf(revisionId)).toEqual([]); // drafts are not scanned

    await submitRevision({ actor: clerk, revisionId });
    const submitted = await revisionOf(revisionId);
    const [finding, ...rest] = await findingsOf(revisionId);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      field: "body",
      type: "RESIDENT_ID",
      match: ID_NUMBER,
      severity: "warn",
      contentHash: submitted.contentHash,
      line: 1,
      before: "新增对象：张某，身份证号码 ",
      after: "。",
      acknowledgedAt: null,
    });
    const submitAudit = await db.auditEvent.findFirstOrThrow({ where: { entityId: String(entryId), action: "entry.submit" } });
    expect(submitAudit.details).toMatchObject({ precheck: { RESIDENT_ID: 1 } });

    await expect(recordClearance({ actor: reviewer, revisionId, input: clearance })).rejects.toMatchObject({
      code: "INVALID_TRANSITION",
      message: "还有 1 项保密预检提示未确认，请逐项确认或退回修改。",
    });
    await expect(
      recordClearance({ actor: reviewer, revisionId, input: { ...clearance, conclusion: "PUBLIC_AFTER_MASKING", note: "已遮盖" } }),
    ).rejects.toMatchObject({
      code: "INVALID_TRANSITION",
    });

    // The drafter cannot acknowledge their own findings; a note is required; a stale version is a conflict.
    const ack = (note: string, version = submitted.version) => acknowledgeFindingSchema.parse({ version: String(version), note });
    await expect(acknowledgeFinding({ actor: clerk, findingId: finding!.id, input: ack("无碍") })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(acknowledgeFindingSchema.safeParse({ version: "1", note: " " }).success).toBe(false);
    await expect(acknowledgeFinding({ actor: reviewer, findingId: finding!.id, input: ack("已核实", submitted.version - 1) })).rejects.toMatchObject({
      code: "CONFLICT",
    });

    await acknowledgeFinding({ actor: reviewer, findingId: finding!.id, input: ack("公示名单依法须载明，已征得本人同意") });
    expect(await db.precheckFinding.findUniqueOrThrow({ where: { id: finding!.id } })).toMatchObject({
      acknowledgedById: reviewer.id,
      note: "公示名单依法须载明，已征得本人同意",
    });
    await expect(acknowledgeFinding({ actor: reviewer, findingId: finding!.id, input: ack("再次确认") })).rejects.toMatchObject({ code: "CONFLICT" });
    const ackAudit = await db.auditEvent.findFirstOrThrow({ where: { entityId: String(entryId), action: "entry.precheck_acknowledge" } });
    expect(ackAudit).toMatchObject({ actorId: reviewer.id, reason: "公示名单依法须载明，已征得本人同意" });
    expect(ackAudit.details).toMatchObject({ findingId: finding!.id, type: "RESIDENT_ID" });

    await recordClearance({ actor: reviewer, revisionId, input: clearance });
    expect((await revisionOf(revisionId)).state).toBe("CLEARED");

    // Removing the number restarts review; the new scan finds nothing and the old findings are gone.
    const cleared = await revisionOf(revisionId);
    const edit = await updateRevision({ actor: clerk, revisionId, version: cleared.version, input: input("<p>新增对象：张某（身份信息已隐去）。</p>") });
    expect(edit).toEqual({ state: "SUBMITTED", changed: true });
    expect(await findingsOf(revisionId)).toEqual([]);
    const editAudit = await db.auditEvent.findFirstOrThrow({ where: { entityId: String(entryId), action: "entry.edit" }, orderBy: { id: "desc" } });
    expect(editAudit.details).toMatchObject({ precheck: {} });
    const otherReviewer = await createTestActor(unit, ["REVIEWER"]);
    await recordClearance({ actor: otherReviewer, revisionId, input: clearance });
  });

  it("withholding and returning are allowed with open findings; an edit that adds a finding starts a new round", async () => {
    const { unit, clerk, reviewer, input } = await createPrecheckWorld();
    const { revisionId } = await createDraft({ actor: clerk, unitId: unit.id, input: input("<p>名单见附件。</p>") });
    await submitRevision({ actor: clerk, revisionId });
    expect(await findingsOf(revisionId)).toEqual([]);

    // An edit under review is scanned at once: title, summary and body, each with its own field.
    const version = (await revisionOf(revisionId)).version;
    await updateRevision({
      actor: clerk,
      revisionId,
      version,
      input: { ...input(`<p>第一段。</p><p>联系电话 13800138000，身份证 ${ID_NUMBER}</p>`), summary: "咨询电话 13912345678" },
    });
    const findings = await findingsOf(revisionId);
    expect(findings.map((f) => [f.field, f.type, f.line])).toEqual([
      ["summary", "MOBILE", 1],
      ["body", "MOBILE", 2],
      ["body", "RESIDENT_ID", 2],
    ]);
    await expect(recordClearance({ actor: reviewer, revisionId, input: clearance })).rejects.toMatchObject({
      message: "还有 3 项保密预检提示未确认，请逐项确认或退回修改。",
    });
    await returnToDrafter({ actor: reviewer, revisionId, input: { reason: "PERSONAL_DATA", note: "请删除身份证号码" } });

    // Resubmitting unchanged content starts a new round: the findings are scanned again, none acknowledged.
    await submitRevision({ actor: clerk, revisionId });
    const again = await findingsOf(revisionId);
    expect(again).toHaveLength(3);
    expect(again.every((f) => f.acknowledgedAt === null)).toBe(true);
    await recordClearance({ actor: reviewer, revisionId, input: { conclusion: "NOT_PUBLIC", legalGround: "THIRD_PARTY", attribute: "NOT_PUBLIC", note: "" } });
    expect((await revisionOf(revisionId)).state).toBe("WITHHELD");
  });

  it("a drafter runs the pre-check on a draft; it is stored and audited, and refused once submitted or stale", async () => {
    const { unit, clerk, reviewer, input } = await createPrecheckWorld();
    const { entryId, revisionId } = await createDraft({ actor: clerk, unitId: unit.id, input: input("<p>咨询电话 13800138000</p>") });
    const { version } = await revisionOf(revisionId);
    await expect(precheckDraft({ actor: reviewer, revisionId, version })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(precheckDraft({ actor: clerk, revisionId, version: version - 1 })).rejects.toMatchObject({ code: "CONFLICT" });

    expect(await precheckDraft({ actor: clerk, revisionId, version })).toEqual({ findings: 1 });
    const draft = await revisionOf(revisionId);
    expect(draft).toMatchObject({ state: "DRAFT", version }); // checking changes nothing of the draft
    expect((await findingsOf(revisionId)).map((f) => [f.type, f.match, f.contentHash])).toEqual([["MOBILE", "13800138000", draft.contentHash]]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: String(entryId), action: "entry.precheck" } });
    expect(audit).toMatchObject({ summary: "保密预检（草稿）：发现 1 项提示", details: { revisionId, precheck: { MOBILE: 1 } } });

    await submitRevision({ actor: clerk, revisionId });
    const submitted = await revisionOf(revisionId);
    await expect(precheckDraft({ actor: clerk, revisionId, version: submitted.version })).rejects.toMatchObject({ code: "INVALID_TRANSITION" });
  });
});
