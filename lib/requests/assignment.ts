import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { can, isWithin, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import type { AssignInput } from "./schemas";

/**
 * Who handles an open application: another unit of the handler's scope (转办 within a district) and,
 * optionally, a handler holding the 经办人 role there; without one, that unit's handlers pick it up.
 * The deadline does not change: it runs from the receipt by the agency.
 */
export async function assignRequest({ actor, requestId, version, input }: { actor: Actor; requestId: number; version: number; input: AssignInput }) {
  await db.$transaction(async (tx) => {
    const request = await tx.disclosureRequest.findUnique({
      where: { id: requestId },
      select: { state: true, trackingCode: true, unit: { select: { id: true, name: true, path: true } }, handler: { select: { displayName: true } } },
    });
    if (!request || !can(actor, "requests.handle", { unitPath: request.unit.path })) throw new DomainError("NOT_FOUND");
    if (request.state === "ANSWERED" || request.state === "CLOSED") throw new DomainError("INVALID_TRANSITION", { message: "已办结的申请不能再分派。" });
    const unit = await tx.unit.findFirst({ where: { id: input.unitId, disabled: false }, select: { id: true, name: true, path: true } });
    if (!unit || !can(actor, "requests.handle", { unitPath: unit.path }))
      throw new DomainError("FORBIDDEN", { fieldErrors: { unitId: ["只能分派到您有权办理申请的单位"] } });
    let handlerName: string | null = null;
    if (input.handlerId !== null) {
      const handler = await tx.user.findFirst({
        where: { id: input.handlerId, disabled: false },
        select: { displayName: true, roles: { where: { role: "CLERK" }, select: { unit: { select: { path: true } } } } },
      });
      if (!handler?.roles.some((r) => isWithin(unit.path, r.unit.path)))
        throw new DomainError("INVALID_INPUT", { fieldErrors: { handlerId: ["该用户不是承办单位的经办人"] } });
      handlerName = handler.displayName;
    }
    const { count } = await tx.disclosureRequest.updateMany({
      where: { id: requestId, version },
      data: { unitId: unit.id, handlerId: input.handlerId, version: { increment: 1 } },
    });
    if (count !== 1) throw new DomainError("CONFLICT", { message: "该申请刚刚已被他人处理，请刷新后查看最新状态。" });
    await recordAudit(tx, {
      actor,
      action: "request.assign",
      entityType: "DisclosureRequest",
      entityId: requestId,
      unitId: unit.id,
      summary: `分派申请 ${request.trackingCode}：${request.unit.name} → ${unit.name}${handlerName ? `，经办人 ${handlerName}` : ""}`,
      details: { fromUnitId: request.unit.id, toUnitId: unit.id, handlerId: input.handlerId },
    });
  });
}

/** An internal note by a handler or leader of the application's unit (also on closed applications). */
export async function addRequestNote({ actor, requestId, body }: { actor: Actor; requestId: number; body: string }) {
  await db.$transaction(async (tx) => {
    const request = await tx.disclosureRequest.findUnique({
      where: { id: requestId },
      select: { trackingCode: true, unit: { select: { id: true, path: true } } },
    });
    if (!request || !(can(actor, "requests.handle", { unitPath: request.unit.path }) || can(actor, "requests.approve", { unitPath: request.unit.path })))
      throw new DomainError("NOT_FOUND");
    const note = await tx.requestNote.create({ data: { requestId, authorId: actor.id, body }, select: { id: true } });
    await recordAudit(tx, {
      actor,
      action: "request.note",
      entityType: "DisclosureRequest",
      entityId: requestId,
      unitId: request.unit.id,
      summary: `添加办理备注（${request.trackingCode}）`,
      details: { noteId: note.id },
    });
  });
}
