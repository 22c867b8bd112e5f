import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { createTestActor, createTestUnit } from "@/lib/testing/factories";
import { setUpTestDatabase } from "@/lib/testing/database";
import { createUnit, setUnitDisabled, updateUnit } from "./service";

setUpTestDatabase();

const input = (overrides: Partial<Parameters<typeof createUnit>[0]["input"]> = {}) => ({
  name: "示范区测试局",
  shortName: null,
  code: `LOCAL-${Math.random().toString(36).slice(2, 8).toUpperCase()}`,
  kind: "DEPARTMENT" as const,
  sortOrder: 0,
  ...overrides,
});

describe("unit service", () => {
  it("creates a unit below a managed parent with its path and an audit row in one go", async () => {
    const root = await createTestUnit();
    const admin = await createTestActor(root, ["UNIT_ADMIN"]);
    const { id } = await createUnit({ actor: admin, input: input({ parentId: root.id }) });
    const unit = await db.unit.findUniqueOrThrow({ where: { id } });
    expect(unit.path).toBe(`${root.path}${id}/`);
    const audit = await db.auditEvent.findMany({ where: { entityType: "Unit", entityId: String(id) } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "unit.create", actorId: admin.id, unitId: id });
  });

  it("refuses units outside the admin's subtree and top-level units for non-system admins", async () => {
    const root = await createTestUnit();
    const a = await createTestUnit(root);
    const b = await createTestUnit(root);
    const adminA = await createTestActor(a, ["UNIT_ADMIN"]);
    await expect(createUnit({ actor: adminA, input: input({ parentId: b.id }) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createUnit({ actor: adminA, input: input() })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const clerk = await createTestActor(a, ["CLERK"]);
    await expect(createUnit({ actor: clerk, input: input({ parentId: a.id }) })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("reports a duplicate code as a field error and writes nothing", async () => {
    const root = await createTestUnit();
    const admin = await createTestActor(root, ["SYSTEM_ADMIN"]);
    const before = await db.auditEvent.count();
    const error = await createUnit({ actor: admin, input: input({ parentId: root.id, code: root.code }) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).fieldErrors?.code?.[0]).toContain("已被其他单位使用");
    expect(await db.auditEvent.count()).toBe(before);
  });

  it("moves a unit with its whole subtree and refuses a move below itself", async () => {
    const root = await createTestUnit();
    const a = await createTestUnit(root);
    const child = await createTestUnit(a);
    const grandchild = await createTestUnit(child);
    const b = await createTestUnit(root);
    const admin = await createTestActor(root, ["SYSTEM_ADMIN"]);
    const base = { name: child.name, shortName: null, code: child.code, kind: child.kind, sortOrder: 0 };

    await expect(updateUnit({ actor: admin, unitId: a.id, input: { ...base, name: a.name, code: a.code, parentId: grandchild.id } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });

    await updateUnit({ actor: admin, unitId: child.id, input: { ...base, parentId: b.id } });
    const moved = await db.unit.findUniqueOrThrow({ where: { id: child.id } });
    const movedGrandchild = await db.unit.findUniqueOrThrow({ where: { id: grandchild.id } });
    expect(moved.path).toBe(`${b.path}${child.id}/`);
    expect(movedGrandchild.path).toBe(`${b.path}${child.id}/${grandchild.id}/`);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "unit.update", entityId: String(child.id) } });
    expect(audit.summary).toContain("上级单位");
  });

  it("disables a unit, records the transition, and never disables the root", async () => {
    const root = await createTestUnit();
    const a = await createTestUnit(root);
    const admin = await createTestActor(root, ["SYSTEM_ADMIN"]);
    await setUnitDisabled({ actor: admin, unitId: a.id, disabled: true });
    expect((await db.unit.findUniqueOrThrow({ where: { id: a.id } })).disabled).toBe(true);
    expect(await db.auditEvent.findFirst({ where: { action: "unit.disable", entityId: String(a.id) } })).toMatchObject({
      fromState: "ACTIVE",
      toState: "DISABLED",
    });
    await expect(setUnitDisabled({ actor: admin, unitId: root.id, disabled: true })).rejects.toMatchObject({ code: "INVALID_TRANSITION" });
  });
});
