import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { can, hasRole, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { intervalLabel } from "./freshness";
import type { CategoryInput, UpdateIntervalInput } from "./schemas";

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

/**
 * Sets how often units are expected to publish in a catalogue column (a 主题分类), or removes the
 * expectation. System-wide columns are the system administrators'; a unit's own, its administrators'.
 */
export async function setUpdateInterval({ actor, input }: { actor: Actor; input: UpdateIntervalInput }): Promise<void> {
  await db.$transaction(async (tx) => {
    const category = await tx.category.findUnique({
      where: { id: input.categoryId },
      select: { kind: true, name: true, unitId: true, updateIntervalDays: true, unit: { select: { path: true } } },
    });
    if (!category || category.kind !== "TOPIC") throw new DomainError("INVALID_INPUT", { fieldErrors: { categoryId: ["请选择主题分类"] } });
    const allowed = category.unit ? can(actor, "units.manage", { unitPath: category.unit.path }) : hasRole(actor, "SYSTEM_ADMIN");
    if (!allowed) throw new DomainError("FORBIDDEN", { fieldErrors: { categoryId: ["您无权修改该栏目的更新周期"] } });
    await tx.category.update({ where: { id: input.categoryId }, data: { updateIntervalDays: input.days } });
    await recordAudit(tx, {
      actor,
      action: "category.update_interval",
      entityType: "Category",
      entityId: input.categoryId,
      unitId: category.unitId,
      summary: `栏目「${category.name}」更新周期：${input.days === null ? "不作要求" : intervalLabel(input.days)}`,
      details: { before: category.updateIntervalDays, after: input.days },
    });
  });
}
