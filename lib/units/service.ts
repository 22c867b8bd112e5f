import "server-only";
import { randomUUID } from "node:crypto";
import { describeChanges, recordAudit } from "@/lib/audit/record";
import { can, hasRole, isWithin, type Actor } from "@/lib/auth/permissions";
import { invalidatePublicCache } from "@/lib/cache/public-cache";
import { db, Prisma } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { childPath, UNIT_KIND_LABELS } from "./model";
import type { UnitInput } from "./schemas";

const LABELS = { name: "名称", shortName: "简称", code: "单位代码", kind: "类型", sortOrder: "排序", parentId: "上级单位" } as const;

function codeConflict(error: unknown): DomainError | null {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    return new DomainError("CONFLICT", { fieldErrors: { code: ["该单位代码已被其他单位使用"] } });
  }
  return null;
}

async function loadParent(tx: Prisma.TransactionClient, parentId: number | undefined) {
  if (parentId === undefined) return null;
  const parent = await tx.unit.findUnique({ where: { id: parentId }, select: { id: true, path: true, disabled: true } });
  if (!parent) throw new DomainError("INVALID_INPUT", { fieldErrors: { parentId: ["上级单位不存在"] } });
  return parent;
}

/** Creates a unit under a parent the actor manages; only system administrators create top-level units. */
export async function createUnit({ actor, input }: { actor: Actor; input: UnitInput }): Promise<{ id: number }> {
  try {
    return await db.$transaction(async (tx) => {
      const parent = await loadParent(tx, input.parentId);
      if (parent ? !can(actor, "units.manage", { unitPath: parent.path }) : !hasRole(actor, "SYSTEM_ADMIN")) {
        throw new DomainError("FORBIDDEN", { message: parent ? "您无权在该单位下新增单位。" : "只有系统管理员可以新增顶级单位。" });
      }
      const created = await tx.unit.create({
        data: {
          name: input.name,
          shortName: input.shortName ?? null,
          code: input.code,
          kind: input.kind,
          sortOrder: input.sortOrder,
          parentId: parent?.id ?? null,
          path: `pending:${randomUUID()}`,
        },
        select: { id: true },
      });
      const path = childPath(parent?.path ?? null, created.id);
      await tx.unit.update({ where: { id: created.id }, data: { path } });
      await recordAudit(tx, {
        actor,
        action: "unit.create",
        entityType: "Unit",
        entityId: created.id,
        unitId: created.id,
        summary: `新增单位「${input.name}」（${UNIT_KIND_LABELS[input.kind]}，代码 ${input.code}）`,
        details: { ...input, path },
      });
      return created;
    });
  } catch (error) {
    throw codeConflict(error) ?? error;
  } finally {
    invalidatePublicCache();
  }
}

/**
 * Updates a unit's details and may move it under another parent; the whole subtree moves with it.
 * A unit cannot be moved below itself, and the actor must manage both the unit and its new parent.
 */
export async function updateUnit({ actor, unitId, input }: { actor: Actor; unitId: number; input: UnitInput }): Promise<void> {
  try {
    await db.$transaction(async (tx) => {
      const unit = await tx.unit.findUnique({ where: { id: unitId } });
      if (!unit || !can(actor, "units.manage", { unitPath: unit.path })) throw new DomainError("NOT_FOUND");
      const parentId = input.parentId ?? null;
      let path = unit.path;
      if (parentId !== unit.parentId) {
        if (unit.parentId === null || parentId === null)
          throw new DomainError("INVALID_INPUT", { fieldErrors: { parentId: ["顶级单位不能移动，其他单位也不能改为顶级单位"] } });
        const parent = await loadParent(tx, parentId);
        if (!parent || isWithin(parent.path, unit.path))
          throw new DomainError("INVALID_INPUT", { fieldErrors: { parentId: ["不能把单位移到它自己或它的下级单位之下"] } });
        if (!can(actor, "units.manage", { unitPath: parent.path })) throw new DomainError("FORBIDDEN", { message: "您无权把单位移到该上级单位之下。" });
        path = childPath(parent.path, unit.id);
        // Rewrite the materialised path of the unit and everything below it in one statement.
        await tx.$executeRaw`UPDATE "Unit" SET "path" = ${path} || substr("path", ${unit.path.length + 1}) WHERE "path" LIKE ${unit.path + "%"}`;
      }
      const data = { name: input.name, shortName: input.shortName ?? null, code: input.code, kind: input.kind, sortOrder: input.sortOrder, parentId };
      const changes = describeChanges(unit, data, LABELS);
      if (changes.length === 0) return;
      await tx.unit.update({ where: { id: unitId }, data });
      await recordAudit(tx, {
        actor,
        action: "unit.update",
        entityType: "Unit",
        entityId: unitId,
        unitId,
        summary: `修改单位「${unit.name}」：${changes.join("；")}`,
        details: { before: { ...unit, createdAt: undefined, updatedAt: undefined }, after: { ...data, path } },
      });
    });
  } catch (error) {
    throw codeConflict(error) ?? error;
  } finally {
    invalidatePublicCache();
  }
}

/** Disables or re-enables a unit. Disabled units keep their history but get no new content or users. */
export async function setUnitDisabled({ actor, unitId, disabled }: { actor: Actor; unitId: number; disabled: boolean }): Promise<void> {
  await db.$transaction(async (tx) => {
    const unit = await tx.unit.findUnique({ where: { id: unitId }, select: { id: true, name: true, path: true, parentId: true, disabled: true } });
    if (!unit || !can(actor, "units.manage", { unitPath: unit.path })) throw new DomainError("NOT_FOUND");
    if (unit.parentId === null && disabled) throw new DomainError("INVALID_TRANSITION", { message: "顶级单位不能停用。" });
    if (unit.disabled === disabled) return;
    await tx.unit.update({ where: { id: unitId }, data: { disabled } });
    await recordAudit(tx, {
      actor,
      action: disabled ? "unit.disable" : "unit.enable",
      entityType: "Unit",
      entityId: unitId,
      unitId,
      fromState: unit.disabled ? "DISABLED" : "ACTIVE",
      toState: disabled ? "DISABLED" : "ACTIVE",
      summary: `${disabled ? "停用" : "启用"}单位「${unit.name}」`,
    });
  });
  invalidatePublicCache();
}
