import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { createTestActor, createTestCategories, createTestUnit } from "@/lib/testing/factories";
import { setUpTestDatabase } from "@/lib/testing/database";
import { entryInputSchema, type EntryInput } from "./schemas";
import {
  addAttachment,
  approveRevision,
  createDraft,
  publishScheduled,
  recordClearance,
  removeAttachment,
  returnToDrafter,
  startRevision,
  submitRevision,
  unpublishRevision,
  updateRevision,
  withdrawSubmission,
} from "./service";

setUpTestDatabase();

async function world() {
  const unit = await createTestUnit();
  const categories = await createTestCategories();
  const clerk = await createTestActor(unit, ["CLERK"]);
  const reviewer = await createTestActor(unit, ["REVIEWER"]);
  const leader = await createTestActor(unit, ["LEADER"]);
  const input = (overrides: Partial<Record<string, unknown>> = {}): EntryInput =>
    entryInputSchema.parse({
      title: "示范区2026年部门预算公开",
      summary: "2026年部门预算及说明",
      documentNo: "示财〔2026〕3号",
      generatedOn: "2026-02-10",
      keywords: "预算，部门预算",
      methods: ["政府网站"],
      bodyHtml: "<p>根据《预算法》，现将2026年部门预算公开如下。</p><script>alert(1)</script>",
      ...categories,
      ...overrides,
    });
  return { unit, clerk, reviewer, leader, input };
}

const clearance = { conclusion: "PUBLIC" as const, legalGround: null, attribute: "PROACTIVE" as const, note: "无涉密内容" };

async function version(revisionId: number) {
  return (await db.entryRevision.findUniqueOrThrow({ where: { id: revisionId } })).version;
}

describe("entry review workflow", () => {
  it("drafted, submitted, cleared, approved: published with an index number and a full trail", async () => {
    const { unit, clerk, reviewer, leader, input } = await world();
    const { entryId, revisionId } = await createDraft({ actor: clerk, unitId: unit.id, input: input() });
    const draft = await db.entryRevision.findUniqueOrThrow({ where: { id: revisionId } });
    expect(draft.bodyHtml).not.toContain("<script");
    await submitRevision({ actor: clerk, revisionId });
    await recordClearance({ actor: reviewer, revisionId, input: clearance });
    const result = await approveRevision({ actor: leader, revisionId, input: { note: "同意发布", publishAt: null }, now: new Date("2026-03-01T02:00:00Z") });
    expect(result).toEqual({ published: true, indexNo: `${unit.code}/2026-00001` });

    const entry = await db.entry.findUniqueOrThrow({ where: { id: entryId }, include: { revisions: true } });
    expect(entry.indexNo).toBe(`${unit.code}/2026-00001`);
    expect(entry.firstPublishedAt?.toISOString()).toBe("2026-03-01T02:00:00.000Z");
    expect(entry.revisions[0]?.state).toBe("PUBLISHED");

    const reviews = await db.reviewRecord.findMany({ where: { revisionId }, orderBy: { id: "asc" } });
    expect(reviews.map((r) => [r.step, r.decision, r.actorId])).toEqual([
      ["CLEARANCE", "CLEARED", reviewer.id],
      ["APPROVAL", "APPROVED", leader.id],
    ]);
    expect(new Set(reviews.map((r) => r.contentHash))).toEqual(new Set([draft.contentHash]));
    const audit = await db.auditEvent.findMany({ where: { entityType: "Entry", entityId: String(entryId) }, orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.action, a.toState])).toEqual([
      ["entry.create", "DRAFT"],
      ["entry.submit", "SUBMITTED"],
      ["entry.clear", "CLEARED"],
      ["entry.approve", "APPROVED"],
      ["entry.publish", "PUBLISHED"],
    ]);
  });

  it("nobody reviews their own work, and step 1 and step 2 are different people", async () => {
    const { unit, input, leader } = await world();
    const allRoles = await createTestActor(unit, ["CLERK", "REVIEWER", "LEADER", "SYSTEM_ADMIN"]);
    const { revisionId } = await createDraft({ actor: allRoles, unitId: unit.id, input: input() });
    await submitRevision({ actor: allRoles, revisionId });
    await expect(recordClearance({ actor: allRoles, revisionId, input: clearance })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "不能审查自己起草或修改的信息。",
    });

    const reviewerLeader = await createTestActor(unit, ["REVIEWER", "LEADER"]);
    await recordClearance({ actor: reviewerLeader, revisionId, input: clearance });
    await expect(approveRevision({ actor: reviewerLeader, revisionId, input: { note: "", publishAt: null } })).rejects.toMatchObject({
      message: "保密审查和领导审批须由不同的人完成。",
    });
    await expect(approveRevision({ actor: allRoles, revisionId, input: { note: "", publishAt: null } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await approveRevision({ actor: leader, revisionId, input: { note: "", publishAt: null } });
  });

  it("reviewers act only in their own units", async () => {
    const { unit, clerk, input } = await world();
    const otherUnit = await createTestUnit();
    const outsider = await createTestActor(otherUnit, ["REVIEWER"]);
    const { revisionId } = await createDraft({ actor: clerk, unitId: unit.id, input: input() });
    await submitRevision({ actor: clerk, revisionId });
    await expect(recordClearance({ actor: outsider, revisionId, input: clearance })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("an edit after step 1 voids the clearance and sends the revision back to step 1", async () => {
    const { unit, clerk, reviewer, leader, input } = await world();
    const { revisionId } = await createDraft({ actor: clerk, unitId: unit.id, input: input() });
    await submitRevision({ actor: clerk, revisionId });
    await recordClearance({ actor: reviewer, revisionId, input: clearance });
    const result = await updateRevision({
      actor: clerk,
      revisionId,
      version: await version(revisionId),
      input: input({ title: "示范区2026年部门预算公开（更正）" }),
    });
    expect(result).toEqual({ state: "SUBMITTED", changed: true });
    await expect(approveRevision({ actor: leader, revisionId, input: { note: "", publishAt: null } })).rejects.toMatchObject({ code: "INVALID_TRANSITION" });
    await recordClearance({ actor: reviewer, revisionId, input: clearance });
    await approveRevision({ actor: leader, revisionId, input: { note: "", publishAt: null } });
    const reviews = await db.reviewRecord.findMany({ where: { revisionId, step: "CLEARANCE" }, orderBy: { id: "asc" } });
    const current = await db.entryRevision.findUniqueOrThrow({ where: { id: revisionId } });
    expect(reviews).toHaveLength(2);
    expect(reviews[0]!.contentHash).not.toBe(current.contentHash);
    expect(reviews[1]!.contentHash).toBe(current.contentHash);
  });

  it("saving an unchanged form is not an edit; a stale version is a conflict", async () => {
    const { unit, clerk, input } = await world();
    const { revisionId } = await createDraft({ actor: clerk, unitId: unit.id, input: input() });
    const v = await version(revisionId);
    expect(await updateRevision({ actor: clerk, revisionId, version: v, input: input() })).toEqual({ state: "DRAFT", changed: false });
    await updateRevision({ actor: clerk, revisionId, version: v, input: input({ summary: "第一次修改" }) });
    await expect(updateRevision({ actor: clerk, revisionId, version: v, input: input({ summary: "基于旧版本的修改" }) })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await db.entryRevision.findUniqueOrThrow({ where: { id: revisionId } })).summary).toBe("第一次修改");
  });

  it("a return needs a reason, reaches the drafter, and the drafter can withdraw and resubmit", async () => {
    const { unit, clerk, reviewer, input } = await world();
    const { revisionId } = await createDraft({ actor: clerk, unitId: unit.id, input: input() });
    await submitRevision({ actor: clerk, revisionId });
    await returnToDrafter({ actor: reviewer, revisionId, input: { reason: "PERSONAL_DATA", note: "第二段含有身份证号码，请删除" } });
    const returned = await db.entryRevision.findUniqueOrThrow({ where: { id: revisionId } });
    expect(returned).toMatchObject({ state: "DRAFT", returnReason: "PERSONAL_DATA", returnNote: "第二段含有身份证号码，请删除" });
    await submitRevision({ actor: clerk, revisionId });
    expect((await db.entryRevision.findUniqueOrThrow({ where: { id: revisionId } })).returnNote).toBeNull();
    await withdrawSubmission({ actor: clerk, revisionId });
    expect((await db.entryRevision.findUniqueOrThrow({ where: { id: revisionId } })).state).toBe("DRAFT");
  });

  it("不予公开 closes the entry for publication for good", async () => {
    const { unit, clerk, reviewer, input } = await world();
    const { entryId, revisionId } = await createDraft({ actor: clerk, unitId: unit.id, input: input() });
    await submitRevision({ actor: clerk, revisionId });
    await expect(
      recordClearance({ actor: reviewer, revisionId, input: { ...clearance, conclusion: "NOT_PUBLIC", legalGround: "NOT_A_GROUND" } }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await recordClearance({
      actor: reviewer,
      revisionId,
      input: { ...clearance, conclusion: "NOT_PUBLIC", legalGround: "PROCESS_INFO", attribute: "NOT_PUBLIC" },
    });
    expect((await db.entryRevision.findUniqueOrThrow({ where: { id: revisionId } })).state).toBe("WITHHELD");
    await expect(submitRevision({ actor: clerk, revisionId })).rejects.toMatchObject({ code: "INVALID_TRANSITION" });
    await expect(startRevision({ actor: clerk, entryId })).rejects.toMatchObject({ code: "INVALID_TRANSITION" });
    expect((await db.entry.findUniqueOrThrow({ where: { id: entryId } })).indexNo).toBeNull();
  });

  it("index numbers count per unit and year and are never reused, also after withdrawal", async () => {
    const { unit, clerk, reviewer, leader, input } = await world();
    const publish = async (actor: Actor, overrides = {}) => {
      const { entryId, revisionId } = await createDraft({ actor, unitId: unit.id, input: input(overrides) });
      await submitRevision({ actor, revisionId });
      await recordClearance({ actor: reviewer, revisionId, input: clearance });
      await approveRevision({ actor: leader, revisionId, input: { note: "", publishAt: null }, now: new Date("2026-06-01T00:00:00Z") });
      return { entryId, revisionId };
    };
    const first = await publish(clerk);
    await unpublishRevision({ actor: leader, revisionId: first.revisionId, input: { reason: "ERROR", note: "数据有误" } });
    const withdrawn = await db.entry.findUniqueOrThrow({ where: { id: first.entryId } });
    expect(withdrawn).toMatchObject({ withdrawalReason: "ERROR", indexNo: `${unit.code}/2026-00001` });
    const second = await publish(clerk, { title: "另一条信息" });
    expect((await db.entry.findUniqueOrThrow({ where: { id: second.entryId } })).indexNo).toBe(`${unit.code}/2026-00002`);

    // A corrected revision of the withdrawn entry keeps its index number and supersedes nothing twice.
    const { revisionId } = await startRevision({ actor: clerk, entryId: first.entryId });
    await updateRevision({ actor: clerk, revisionId, version: await version(revisionId), input: input({ summary: "更正后的数据" }) });
    await submitRevision({ actor: clerk, revisionId });
    await recordClearance({ actor: reviewer, revisionId, input: clearance });
    await approveRevision({ actor: leader, revisionId, input: { note: "", publishAt: null } });
    const republished = await db.entry.findUniqueOrThrow({ where: { id: first.entryId }, include: { revisions: { orderBy: { number: "asc" } } } });
    expect(republished.indexNo).toBe(`${unit.code}/2026-00001`);
    expect(republished.withdrawnAt).toBeNull();
    expect(republished.revisions.map((r) => r.state)).toEqual(["WITHDRAWN", "PUBLISHED"]);
  });

  it("a new revision of a published entry leaves the published one online until it is published itself", async () => {
    const { unit, clerk, reviewer, leader, input } = await world();
    const { entryId, revisionId } = await createDraft({ actor: clerk, unitId: unit.id, input: input() });
    await submitRevision({ actor: clerk, revisionId });
    await recordClearance({ actor: reviewer, revisionId, input: clearance });
    await approveRevision({ actor: leader, revisionId, input: { note: "", publishAt: null } });
    const next = await startRevision({ actor: clerk, entryId });
    await expect(startRevision({ actor: clerk, entryId })).rejects.toMatchObject({ code: "CONFLICT" });
    await updateRevision({ actor: clerk, revisionId: next.revisionId, version: await version(next.revisionId), input: input({ validity: "REPEALED" }) });
    expect((await db.entryRevision.findUniqueOrThrow({ where: { id: revisionId } })).state).toBe("PUBLISHED");
    await submitRevision({ actor: clerk, revisionId: next.revisionId });
    await recordClearance({ actor: reviewer, revisionId: next.revisionId, input: clearance });
    await approveRevision({ actor: leader, revisionId: next.revisionId, input: { note: "", publishAt: null } });
    const states = await db.entryRevision.findMany({ where: { entryId }, orderBy: { number: "asc" }, select: { state: true } });
    expect(states.map((s) => s.state)).toEqual(["SUPERSEDED", "PUBLISHED"]);
  });

  it("a scheduled publication waits for its time and is then published by the scheduler", async () => {
    const { unit, clerk, reviewer, leader, input } = await world();
    const { entryId, revisionId } = await createDraft({ actor: clerk, unitId: unit.id, input: input() });
    await submitRevision({ actor: clerk, revisionId });
    await recordClearance({ actor: reviewer, revisionId, input: clearance });
    const now = new Date("2026-03-01T00:00:00Z");
    expect(await approveRevision({ actor: leader, revisionId, input: { note: "", publishAt: "2026-03-02T09:00" }, now })).toEqual({
      published: false,
      indexNo: null,
    });
    const approved = await db.entryRevision.findUniqueOrThrow({ where: { id: revisionId } });
    expect(approved.state).toBe("APPROVED");
    expect(approved.scheduledAt?.toISOString()).toBe("2026-03-02T01:00:00.000Z");
    await expect(publishScheduled({ revisionId, now })).rejects.toMatchObject({ code: "INVALID_TRANSITION" });
    const indexNo = await publishScheduled({ revisionId, now: new Date("2026-03-02T01:00:00Z") });
    expect(indexNo).toBe(`${unit.code}/2026-00001`);
    const publication = await db.auditEvent.findFirstOrThrow({ where: { entityId: String(entryId), action: "entry.publish" } });
    expect(publication.actorId).toBeNull();
  });

  it("of two concurrent approvals exactly one wins and nothing is half-written", async () => {
    const { unit, clerk, reviewer, leader, input } = await world();
    const otherLeader = await createTestActor(unit, ["LEADER"]);
    const { entryId, revisionId } = await createDraft({ actor: clerk, unitId: unit.id, input: input() });
    await submitRevision({ actor: clerk, revisionId });
    await recordClearance({ actor: reviewer, revisionId, input: clearance });
    const results = await Promise.allSettled([
      approveRevision({ actor: leader, revisionId, input: { note: "", publishAt: null } }),
      approveRevision({ actor: otherLeader, revisionId, input: { note: "", publishAt: null } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failure = results.find((r) => r.status === "rejected");
    expect((failure as PromiseRejectedResult).reason).toMatchObject({ code: expect.stringMatching(/^(CONFLICT|INVALID_TRANSITION)$/) as unknown });
    expect(await db.reviewRecord.count({ where: { revisionId, step: "APPROVAL" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: String(entryId), action: "entry.publish" } })).toBe(1);
    expect((await db.indexSequence.findFirstOrThrow({ where: { unitId: unit.id } })).last).toBe(1);
  });

  it("review records are append-only", async () => {
    const { unit, clerk, reviewer, input } = await world();
    const { revisionId } = await createDraft({ actor: clerk, unitId: unit.id, input: input() });
    await submitRevision({ actor: clerk, revisionId });
    await recordClearance({ actor: reviewer, revisionId, input: clearance });
    await expect(db.reviewRecord.updateMany({ where: { revisionId }, data: { note: "篡改" } })).rejects.toThrow(/append-only/);
    await expect(db.reviewRecord.deleteMany({ where: { revisionId } })).rejects.toThrow(/append-only/);
  });
});

describe("attachments", () => {
  const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.4\n1 0 obj << /Title (${text}) >> endobj\ntrailer << >>\n%%EOF\n`);

  it("are checked by content, change the content hash, and void a review", async () => {
    const { unit, clerk, reviewer, leader, input } = await world();
    const { entryId, revisionId } = await createDraft({ actor: clerk, unitId: unit.id, input: input() });
    const before = (await db.entryRevision.findUniqueOrThrow({ where: { id: revisionId } })).contentHash;

    await expect(
      addAttachment({ actor: clerk, revisionId, file: { name: "预算表.pdf", bytes: new TextEncoder().encode("MZ this is an executable") } }),
    ).rejects.toMatchObject({
      fieldErrors: { file: [expect.stringContaining("不支持该文件类型") as unknown] },
    });
    await expect(addAttachment({ actor: clerk, revisionId, file: { name: "预算表.docx", bytes: pdf("a") } })).rejects.toMatchObject({ code: "INVALID_INPUT" });

    await addAttachment({ actor: clerk, revisionId, file: { name: "../../预算表.pdf", bytes: pdf("a") } });
    const [stored] = await db.attachment.findMany({ where: { revisionId } });
    expect(stored).toMatchObject({ filename: "预算表.pdf", mimeType: "application/pdf", position: 1 });
    const withFile = (await db.entryRevision.findUniqueOrThrow({ where: { id: revisionId } })).contentHash;
    expect(withFile).not.toBe(before);
    await expect(addAttachment({ actor: clerk, revisionId, file: { name: "again.pdf", bytes: pdf("a") } })).rejects.toMatchObject({ code: "CONFLICT" });

    await submitRevision({ actor: clerk, revisionId });
    await recordClearance({ actor: reviewer, revisionId, input: clearance });
    // A new file after step 1 sends the revision back, like any other change.
    await addAttachment({ actor: clerk, revisionId, file: { name: "补充说明.pdf", bytes: pdf("b") } });
    expect((await db.entryRevision.findUniqueOrThrow({ where: { id: revisionId } })).state).toBe("SUBMITTED");
    await recordClearance({ actor: reviewer, revisionId, input: clearance });
    await approveRevision({ actor: leader, revisionId, input: { note: "", publishAt: null } });

    // A new revision starts with the same files; removing one changes its hash again.
    const next = await startRevision({ actor: clerk, entryId });
    const copied = await db.attachment.findMany({ where: { revisionId: next.revisionId }, orderBy: { position: "asc" } });
    expect(copied.map((a) => a.filename)).toEqual(["预算表.pdf", "补充说明.pdf"]);
    expect((await db.entryRevision.findUniqueOrThrow({ where: { id: next.revisionId } })).contentHash).toBe(
      (await db.entryRevision.findUniqueOrThrow({ where: { id: revisionId } })).contentHash,
    );
    await removeAttachment({ actor: clerk, attachmentId: copied[0]!.id });
    expect(await db.attachment.count({ where: { revisionId: next.revisionId } })).toBe(1);
    await expect(removeAttachment({ actor: clerk, attachmentId: stored!.id })).rejects.toMatchObject({ code: "INVALID_TRANSITION" });
  });
});

describe("public view integrity", () => {
  it("serves exactly the approved content, and nothing once it was changed behind the application's back", async () => {
    const { findPublicEntry } = await import("./public-queries");
    const { invalidatePublicCache } = await import("@/lib/cache/public-cache");
    const { unit, clerk, reviewer, leader, input } = await world();
    const { entryId, revisionId } = await createDraft({ actor: clerk, unitId: unit.id, input: input() });
    expect(await findPublicEntry(entryId)).toBeNull();
    await submitRevision({ actor: clerk, revisionId });
    await recordClearance({ actor: reviewer, revisionId, input: clearance });
    await approveRevision({ actor: leader, revisionId, input: { note: "", publishAt: null } });
    // The public cache held "not found" from before; publication invalidated it.
    expect(await findPublicEntry(entryId)).toMatchObject({ intact: true, revision: { title: "示范区2026年部门预算公开" } });

    // Tampering directly in the database (as the spam injection in seed 000 did) bypasses the
    // application, so only the next load sees it (at most a minute later).
    await db.entryRevision.update({ where: { id: revisionId }, data: { bodyHtml: "<p>澳门博彩</p>" } });
    expect(await findPublicEntry(entryId)).toMatchObject({ intact: true });
    invalidatePublicCache();
    expect(await findPublicEntry(entryId)).toMatchObject({ intact: false });
  });

  it("a withdrawal reaches the public pages and search at once, although both are cached", async () => {
    const { findPublicEntry } = await import("./public-queries");
    const { searchEntries } = await import("@/lib/search/queries");
    const { unit, clerk, reviewer, leader, input } = await world();
    const { entryId, revisionId } = await createDraft({ actor: clerk, unitId: unit.id, input: input({ title: "示范区撤销测试公告" }) });
    await submitRevision({ actor: clerk, revisionId });
    await recordClearance({ actor: reviewer, revisionId, input: clearance });
    await approveRevision({ actor: leader, revisionId, input: { note: "", publishAt: null } });
    const query = { q: "撤销测试", sort: "relevance" as const, page: 1 };
    expect((await searchEntries(query)).results.map((r) => r.entryId)).toEqual([entryId]);
    expect(await findPublicEntry(entryId)).toMatchObject({ withdrawnAt: null });

    await unpublishRevision({ actor: leader, revisionId, input: { reason: "ERROR", note: "数据有误" } });
    expect((await searchEntries(query)).results).toEqual([]);
    expect((await findPublicEntry(entryId))?.withdrawnAt).toBeInstanceOf(Date);
  });
});
