import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findAttachmentForDownload, UNVERIFIED } from "@/lib/attachments/queries";
import { invalidatePublicCache } from "@/lib/cache/public-cache";
import { db } from "@/lib/db/client";
import { getDataRoot } from "@/lib/db/config";
import { entryInputSchema } from "@/lib/entries/schemas";
import { addAttachment, approveRevision, createDraft, recordClearance, submitRevision } from "@/lib/entries/service";
import { findPublicEntry } from "@/lib/entries/public-queries";
import { createTestActor, createTestCategories, createTestUnit } from "@/lib/testing/factories";
import { setUpTestDatabase } from "@/lib/testing/database";
import { listIntegrityAlerts, verifyPublicContent } from "./integrity-check";

setUpTestDatabase();

const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.4\n1 0 obj << /Title (${text}) >> endobj\ntrailer << >>\n%%EOF\n`);

/** Publishes an entry through the review, with one attachment; returns its ids. */
async function publishedEntry(title: string) {
  const unit = await createTestUnit();
  const categories = await createTestCategories();
  const clerk = await createTestActor(unit, ["CLERK"]);
  const reviewer = await createTestActor(unit, ["REVIEWER"]);
  const leader = await createTestActor(unit, ["LEADER"]);
  const input = entryInputSchema.parse({
    title,
    summary: "2026年部门预算及说明",
    generatedOn: "2026-02-10",
    keywords: "预算",
    methods: ["政府网站"],
    bodyHtml: "<p>现将2026年部门预算公开如下。</p>",
    ...categories,
  });
  const { entryId, revisionId } = await createDraft({ actor: clerk, unitId: unit.id, input });
  await addAttachment({ actor: clerk, revisionId, file: { name: "预算表.pdf", bytes: pdf(title) } });
  await submitRevision({ actor: clerk, revisionId });
  await recordClearance({ actor: reviewer, revisionId, input: { conclusion: "PUBLIC", legalGround: null, attribute: "PROACTIVE", note: "" } });
  await approveRevision({ actor: leader, revisionId, input: { note: "", publishAt: null } });
  return { entryId, revisionId, unitId: unit.id, clerk };
}

const problemsOf = async (entryId: number) => (await verifyPublicContent({ batchSize: 2 })).problems.filter((p) => p.entryId === entryId).map((p) => p.kind);

describe("tamper detection", () => {
  it("finds nothing wrong with entries published through the review", async () => {
    const { entryId } = await publishedEntry("示范区2026年部门预算公开");
    await publishedEntry("示范区2026年部门决算公开");
    const report = await verifyPublicContent({ batchSize: 1 });
    expect(report.checkedRevisions).toBeGreaterThanOrEqual(2);
    expect(report.checkedFiles).toBeGreaterThanOrEqual(2);
    expect(report.problems).toEqual([]);
    expect(report.auditChain).toMatchObject({ unchainedBefore: 0, problems: [] });
    expect(report.auditChain!.checked).toBeGreaterThan(10);
    expect(await findPublicEntry(entryId)).toMatchObject({ intact: true });
  });

  it("a body changed in the database: reported, refused by the public site, alerted on the dashboard, spam detected", async () => {
    const { entryId, revisionId, unitId, clerk } = await publishedEntry("示范区2026年政府采购公开");
    const [attachment] = await db.attachment.findMany({ where: { revisionId } });
    expect(await findAttachmentForDownload(null, attachment!.id)).toMatchObject({ isPublic: true });
    await db.entryRevision.update({ where: { id: revisionId }, data: { bodyHtml: '<p>澳门新葡京 <a href="https://www.xpj8888.com">百家乐</a></p>' } });

    expect(await problemsOf(entryId)).toEqual(["HASH_MISMATCH", "APPROVAL_MISMATCH", "SPAM", "SPAM"]);
    invalidatePublicCache();
    expect(await findPublicEntry(entryId)).toMatchObject({ intact: false });
    // One alert per content, however often the page is loaded.
    invalidatePublicCache();
    await findPublicEntry(entryId);
    expect(await db.auditEvent.count({ where: { action: "entry.integrity_alert", entityId: String(entryId) } })).toBe(1);
    const since = new Date(Date.now() - 60_000);
    expect(await listIntegrityAlerts([unitId], since)).toEqual([expect.objectContaining({ entryId, title: "示范区2026年政府采购公开" })]);
    expect(await listIntegrityAlerts([unitId + 1000], since)).toEqual([]);
    // Its files are refused to the public too; the unit's staff can still fetch them to investigate.
    expect(await findAttachmentForDownload(null, attachment!.id)).toBe(UNVERIFIED);
    expect(await findAttachmentForDownload(clerk, attachment!.id)).toMatchObject({ filename: "预算表.pdf" });
  });

  it("an attachment file changed or removed on disk is reported by the verifier", async () => {
    const { entryId, revisionId } = await publishedEntry("示范区2026年三公经费公开");
    const [attachment] = await db.attachment.findMany({ where: { revisionId } });
    const file = path.join(getDataRoot(), "attachments", attachment!.sha256.slice(0, 2), attachment!.sha256);
    writeFileSync(file, pdf("篡改"));
    expect(await problemsOf(entryId)).toEqual(["FILE_CHANGED"]);
    expect(await findAttachmentForDownload(null, attachment!.id)).toBe(UNVERIFIED);
    rmSync(file);
    expect(await problemsOf(entryId)).toEqual(["FILE_MISSING"]);
    expect(await findAttachmentForDownload(null, attachment!.id)).toBe(UNVERIFIED);
  });
});
