import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { makeDocx } from "@/lib/testing/docx";
import { db } from "@/lib/db/client";
import { createPrecheckWorld, PRECHECK_ID_NUMBER } from "@/lib/testing/precheck";
import { setUpTestDatabase } from "@/lib/testing/database";
import { findEntryForAdmin } from "./queries";
import { addAttachment, createDraft, maskFindings, removeAttachment, returnToDrafter, submitRevision } from "./service";

setUpTestDatabase();

const ID_NUMBER = PRECHECK_ID_NUMBER;
const PHONE = "13800138000";

async function world(bodyHtml: string) {
  const { unit, clerk, reviewer, input } = await createPrecheckWorld();
  const { entryId, revisionId } = await createDraft({ actor: clerk, unitId: unit.id, input: input(bodyHtml) });
  return { unit, clerk, reviewer, entryId, revisionId };
}

const revisionOf = (id: number) => db.entryRevision.findUniqueOrThrow({ where: { id } });
const findingsOf = (revisionId: number) => db.precheckFinding.findMany({ where: { revisionId }, orderBy: { id: "asc" } });

describe("one-click masking (P6 item 2)", () => {
  it("masks all personal data of a submitted entry, restarts review with a clean scan, audits without the values", async () => {
    const body = `<p>新增对象：张某，身份证号码 ${ID_NUMBER}，联系电话 <b>${PHONE}</b>。</p><p>本文件密级：秘密</p>`;
    const { clerk, reviewer, entryId, revisionId } = await world(body);
    await submitRevision({ actor: clerk, revisionId });
    const submitted = await revisionOf(revisionId);
    expect((await findingsOf(revisionId)).map((f) => f.type)).toEqual(expect.arrayContaining(["RESIDENT_ID", "MOBILE"]));

    // Only the drafter side masks; a stale version is a conflict.
    await expect(maskFindings({ actor: reviewer, revisionId, version: submitted.version, findingIds: "all-personal" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(maskFindings({ actor: clerk, revisionId, version: submitted.version - 1, findingIds: "all-personal" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    // A classification mark is not masked in one click.
    const mark = (await findingsOf(revisionId)).find((f) => f.type !== "RESIDENT_ID" && f.type !== "MOBILE");
    if (mark)
      await expect(maskFindings({ actor: clerk, revisionId, version: submitted.version, findingIds: [mark.id] })).rejects.toMatchObject({
        code: "INVALID_INPUT",
      });

    const result = await maskFindings({ actor: clerk, revisionId, version: submitted.version, findingIds: "all-personal" });
    expect(result).toMatchObject({ entryId, state: "SUBMITTED", masked: { RESIDENT_ID: 1, MOBILE: 1 } });
    const masked = await revisionOf(revisionId);
    expect(masked.bodyHtml).toContain("110***********");
    expect(masked.bodyHtml).toContain("<b>138****8000</b>");
    expect(masked.bodyHtml).not.toContain(ID_NUMBER);
    expect(masked.bodyHtml).not.toContain(PHONE);
    expect(masked.version).toBeGreaterThan(submitted.version);
    // Back at step 1 with a fresh scan: no personal data left, and no finding quotes an original.
    expect(masked.state).toBe("SUBMITTED");
    const fresh = await findingsOf(revisionId);
    expect(fresh.every((f) => f.contentHash === masked.contentHash)).toBe(true);
    expect(fresh.filter((f) => f.type === "RESIDENT_ID" || f.type === "MOBILE")).toEqual([]);
    expect(JSON.stringify(fresh)).not.toContain(PHONE);

    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: String(entryId), action: "entry.mask" } });
    expect(audit).toMatchObject({ actorId: clerk.id });
    expect(audit.summary).toContain("遮盖个人信息 2 处");
    expect(audit.details).toMatchObject({ masked: { RESIDENT_ID: 1, MOBILE: 1 } });
    const recorded = JSON.stringify([audit.summary, audit.reason, audit.details]);
    expect(recorded).not.toContain(ID_NUMBER);
    expect(recorded).not.toContain(PHONE);

    // Nothing left to mask.
    await expect(maskFindings({ actor: clerk, revisionId, version: masked.version, findingIds: "all-personal" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
  });

  it("masks one chosen finding of a returned draft and drops the stale findings quoting it", async () => {
    const body = `<p>身份证号码 ${ID_NUMBER}，联系电话 ${PHONE}。</p>`;
    const { clerk, reviewer, revisionId } = await world(body);
    await submitRevision({ actor: clerk, revisionId });
    await returnToDrafter({ actor: reviewer, revisionId, input: { reason: "PERSONAL_DATA", note: "请遮盖身份证号码" } });
    const returned = await revisionOf(revisionId);
    expect(returned.state).toBe("DRAFT");
    const id = (await findingsOf(revisionId)).find((f) => f.type === "RESIDENT_ID")!;

    const result = await maskFindings({ actor: clerk, revisionId, version: returned.version, findingIds: [id.id] });
    expect(result).toMatchObject({ state: "DRAFT", masked: { RESIDENT_ID: 1 } });
    const masked = await revisionOf(revisionId);
    expect(masked.bodyHtml).not.toContain(ID_NUMBER);
    expect(masked.bodyHtml).toContain(PHONE); // not chosen
    expect(await findingsOf(revisionId)).toEqual([]); // drafts are not scanned; the old rows are gone
    // The finding ids are of the old content now: a conflict, not a wrong mask.
    await expect(maskFindings({ actor: clerk, revisionId, version: masked.version, findingIds: [id.id] })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

/** A PDF with `text` in its text layer and, when `boxed`, a black box drawn over it: the classic failed redaction. */
function pdfWith(text: string, boxed: boolean): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "A4" });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
    doc.font("Helvetica").fontSize(12).text(text, 72, 72);
    if (boxed) doc.rect(60, 60, 400, 40).fill("#000000");
    doc.end();
  });
}

describe("attachments in the pre-check (P6 item 2)", () => {
  it("finds a number still in the text layer of a 'redacted' PDF, and nothing in a properly redacted one", async () => {
    const { clerk, reviewer, revisionId } = await world("<p>名单见附件。</p>");
    await addAttachment({ actor: clerk, revisionId, file: { name: "名单（已遮盖）.pdf", bytes: await pdfWith(`ID ${ID_NUMBER} Tel ${PHONE}`, true) } });
    await submitRevision({ actor: clerk, revisionId });
    const findings = await findingsOf(revisionId);
    expect(findings.map((f) => [f.field, f.type, f.line])).toEqual(
      expect.arrayContaining([
        ["attachment", "RESIDENT_ID", 1],
        ["attachment", "MOBILE", 1],
      ]),
    );
    // Not maskable in one click: the drafter uploads a redacted file instead.
    const version = (await revisionOf(revisionId)).version;
    await expect(maskFindings({ actor: clerk, revisionId, version, findingIds: [findings[0]!.id] })).rejects.toMatchObject({ code: "INVALID_INPUT" });

    await returnToDrafter({ actor: reviewer, revisionId, input: { reason: "PERSONAL_DATA", note: "附件中的号码仍可复制" } });
    const attachment = await db.attachment.findFirstOrThrow({ where: { revisionId } });
    await removeAttachment({ actor: clerk, attachmentId: attachment.id });
    await addAttachment({
      actor: clerk,
      revisionId,
      file: { name: "名单（已遮盖）.pdf", bytes: await pdfWith("ID 110***********1234 Tel 138****8000", false) },
    });
    await submitRevision({ actor: clerk, revisionId });
    expect(await findingsOf(revisionId)).toEqual([]);
  });

  it("scans a Word attachment's text, second in order, and names it on the admin page", async () => {
    const { clerk, entryId, revisionId } = await world("<p>名单见附件。</p>");
    await addAttachment({ actor: clerk, revisionId, file: { name: "说明.pdf", bytes: await pdfWith("Notice", false) } });
    await addAttachment({ actor: clerk, revisionId, file: { name: "名单.docx", bytes: await makeDocx(["低保对象名单", `张某 ${ID_NUMBER}`]) } });
    await submitRevision({ actor: clerk, revisionId });
    const findings = await findingsOf(revisionId);
    expect(findings.map((f) => [f.field, f.type, f.line, f.match])).toEqual([["attachment", "RESIDENT_ID", 2, ID_NUMBER]]);
    const page = await findEntryForAdmin(clerk, entryId);
    expect(page!.findings.map((f) => f.attachmentName)).toEqual(["名单.docx"]);
  });
});
