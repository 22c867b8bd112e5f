import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { can, hasRole, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import type { CategoryInput } from "./schemas";

/**
 * Adds a 主题分类 or 体裁. System administrators extend the system-wide trees; unit administrators add
 * categories for their own units (visible to those units and the units below them).
 */
export async function createCategory({ actor, input }: { actor: Actor; input: CategoryInput }): Promise<{ id: number }> {
  return db.$transaction(async (tx) => {
    let unitName = "全系统";
    if (input.unitId === undefined) {
      if (!hasRole(actor, "SYSTEM_ADMIN"))
        throw new DomainError("FORBIDDEN", { fieldErrors: { unitId: ["只有系统管理员可以新增全系统通用的分类，请选择单位"] } });
    } else {
      const unit = await tx.unit.findUnique({ where: { id: input.unitId }, select: { path: true, name: true } });
      if (!unit || !can(actor, "units.manage", { unitPath: unit.path }))
        throw new DomainError("FORBIDDEN", { fieldErrors: { unitId: ["您无权为该单位新增分类"] } });
      unitName = unit.name;
    }
    if (input.parentId !== undefined) {
      const parent = await tx.category.findUnique({ where: { id: input.parentId }, select: { kind: true, parentId: true } });
      if (!parent || parent.kind !== input.kind || parent.parentId !== null)
        throw new DomainError("INVALID_INPUT", { fieldErrors: { parentId: ["上级分类须为同类的一级分类"] } });
    }
    const duplicate = await tx.category.count({
      where: { kind: input.kind, name: input.name, parentId: input.parentId ?? null, unitId: input.unitId ?? null },
    });
    if (duplicate) throw new DomainError("CONFLICT", { fieldErrors: { name: ["同一位置已有同名分类"] } });
    const created = await tx.category.create({
      data: { kind: input.kind, name: input.name, parentId: input.parentId ?? null, unitId: input.unitId ?? null, sortOrder: 1000 },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor,
      action: "category.create",
      entityType: "Category",
      entityId: created.id,
      unitId: input.unitId ?? null,
      summary: `新增${input.kind === "TOPIC" ? "主题分类" : "体裁"}「${input.name}」（${unitName}）`,
      details: input,
    });
    return created;
  });
}
