import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { can, type Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db/client";
import { entryInputSchema } from "@/lib/entries/schemas";
import { createDraftInTx } from "@/lib/entries/service";
import { DomainError } from "@/lib/errors";
import { toChinaDate } from "./dates";
import { isoOf } from "./queries";

/** Catalogue entries that answer an application: linked ones, and answers promoted to 主动公开 (art. 44). */

type Tx = Prisma.TransactionClient;

async function loadForHandling(tx: Tx, actor: Actor, requestId: number) {
  const request = await tx.disclosureRequest.findUnique({ where: { id: requestId }, include: { unit: { select: { id: true, name: true, path: true } } } });
  if (!request || !can(actor, "requests.handle", { unitPath: request.unit.path })) throw new DomainError("NOT_FOUND");
  return request;
}

/** Links a published catalogue entry, found by its 索引号, that answers the application. */
export async function linkEntry({ actor, requestId, indexNo }: { actor: Actor; requestId: number; indexNo: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const request = await loadForHandling(tx, actor, requestId);
    const entry = await tx.entry.findFirst({ where: { indexNo: indexNo.trim(), search: { isNot: null } }, select: { id: true, indexNo: true } });
    if (!entry) throw new DomainError("INVALID_INPUT", { fieldErrors: { indexNo: ["没有找到该索引号的公开信息"] } });
    await tx.requestEntry.upsert({ where: { requestId_entryId: { requestId, entryId: entry.id } }, create: { requestId, entryId: entry.id }, update: {} });
    await recordAudit(tx, {
      actor,
      action: "request.link_entry",
      entityType: "DisclosureRequest",
      entityId: requestId,
      unitId: request.unit.id,
      summary: `关联公开信息 ${entry.indexNo}（${request.trackingCode}）`,
    });
  });
}

/** Phone and ID numbers in an applicant's wording, which must not travel into a public entry. */
const PERSONAL_NUMBERS = /\d{17}[\dXx]|1[3-9]\d{9}|\d{3,4}-\d{7,8}/g;

/**
 * 条例 art. 44: an answered application whose information is of general interest becomes a draft
 * catalogue entry of the unit, linked to the application, for the normal review before publication.
 * Nothing of the applicant is copied: the draft names the information asked for (phone and ID numbers
 * removed) and the clerk completes it; the confidentiality review checks it like any other entry.
 */
export async function promoteToCatalogue({ actor, requestId }: { actor: Actor; requestId: number }): Promise<{ entryId: number }> {
  return db.$transaction(async (tx) => {
    const request = await loadForHandling(tx, actor, requestId);
    if (request.state !== "ANSWERED" || (request.outcome !== "GRANTED" && request.outcome !== "PARTIAL"))
      throw new DomainError("INVALID_TRANSITION", { message: "只有已答复予以公开或部分公开的申请可以转为主动公开。" });
    const [topic, genre] = await Promise.all([
      tx.category.findFirst({ where: { kind: "TOPIC", name: "依申请公开", unitId: null }, select: { id: true } }),
      tx.category.findFirst({ where: { kind: "GENRE", name: "其他", unitId: null }, select: { id: true } }),
    ]);
    if (!topic || !genre) throw new DomainError("INVALID_INPUT", { message: "缺少“依申请公开”主题分类或“其他”体裁，请先在分类管理中添加。" });
    const wording = request.description.replace(PERSONAL_NUMBERS, "〔已删除〕");
    const title = (wording.split(/[\n。；;]/)[0] ?? wording).slice(0, 60);
    const input = entryInputSchema.parse({
      title: title.length >= 2 ? title : "依申请公开转主动公开的信息",
      summary: `本信息曾依申请公开（${request.answeredOn ? isoOf(request.answeredOn) : ""}答复），因具有普遍性，依照《政府信息公开条例》第四十四条转为主动公开。`,
      documentNo: request.documentNo ?? "",
      generatedOn: toChinaDate(new Date()),
      topicId: topic.id,
      genreId: genre.id,
      methods: ["政府网站"],
      bodyHtml: "",
    });
    const { entryId } = await createDraftInTx(tx, actor, request.unit.id, input);
    await tx.requestEntry.create({ data: { requestId, entryId, promoted: true } });
    await recordAudit(tx, {
      actor,
      action: "request.promote",
      entityType: "DisclosureRequest",
      entityId: requestId,
      unitId: request.unit.id,
      summary: `依申请公开转主动公开：起草信息「${input.title}」（${request.trackingCode}）`,
      details: { entryId },
    });
    return { entryId };
  });
}
