import { describe, expect, it } from "vitest";
import { authenticate, loadActor } from "@/lib/auth/service";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { createTestActor, createTestUnit } from "@/lib/testing/factories";
import { setUpTestDatabase } from "@/lib/testing/database";
import { changeOwnPassword, createUser, grantRole, resetUserPassword, revokeRole, setUserDisabled } from "./service";

setUpTestDatabase();

const newUser = (unitId: number, roles: ("CLERK" | "REVIEWER" | "SYSTEM_ADMIN")[] = []) => ({
  username: `user${Math.random().toString(36).slice(2, 8)}`,
  displayName: "赵敏",
  unitId,
  password: "Initial-pass-123",
  roles,
});

describe("user service", () => {
  it("creates a user with roles and an audit row; the password is hashed, and login works", async () => {
    const unit = await createTestUnit();
    const admin = await createTestActor(unit, ["UNIT_ADMIN"]);
    const input = newUser(unit.id, ["CLERK"]);
    const { id, generatedPassword } = await createUser({ actor: admin, input });
    expect(generatedPassword).toBeNull();
    const user = await db.user.findUniqueOrThrow({ where: { id }, include: { roles: true } });
    expect(user.passwordHash).not.toContain(input.password);
    expect(await verifyPassword(user.passwordHash, input.password)).toBe(true);
    expect(user.roles.map((r) => r.role)).toEqual(["CLERK"]);
    expect(await db.auditEvent.count({ where: { action: "user.create", entityId: String(id) } })).toBe(1);
    expect(await authenticate(input.username, input.password, { ip: "127.0.0.1" })).toMatchObject({ ok: true, user: { id } });
  });

  it("generates a one-time password that must be changed when none is given", async () => {
    const unit = await createTestUnit();
    const admin = await createTestActor(unit, ["UNIT_ADMIN"]);
    const { id, generatedPassword } = await createUser({ actor: admin, input: { ...newUser(unit.id), password: undefined } });
    expect(generatedPassword).toMatch(/^[A-Za-z0-9]{14}$/);
    expect((await db.user.findUniqueOrThrow({ where: { id } })).mustChangePassword).toBe(true);
  });

  it("rejects a duplicate username as a field error, leaving no half-created user", async () => {
    const unit = await createTestUnit();
    const admin = await createTestActor(unit, ["UNIT_ADMIN"]);
    const input = newUser(unit.id);
    await createUser({ actor: admin, input });
    const users = await db.user.count();
    await expect(createUser({ actor: admin, input })).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { username: ["该用户名已被使用"] } });
    expect(await db.user.count()).toBe(users);
  });

  it("a unit admin cannot grant the system admin role, nor act outside their subtree", async () => {
    const root = await createTestUnit();
    const a = await createTestUnit(root);
    const b = await createTestUnit(root);
    const adminA = await createTestActor(a, ["UNIT_ADMIN"]);
    await expect(createUser({ actor: adminA, input: newUser(a.id, ["SYSTEM_ADMIN"]) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createUser({ actor: adminA, input: newUser(b.id) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const userB = await createTestActor(b, ["CLERK"]);
    await expect(setUserDisabled({ actor: adminA, userId: userB.id, disabled: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(resetUserPassword({ actor: adminA, userId: userB.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("disabling a user ends their access at once and refuses their login", async () => {
    const unit = await createTestUnit();
    const admin = await createTestActor(unit, ["UNIT_ADMIN"]);
    const input = newUser(unit.id, ["REVIEWER"]);
    const { id } = await createUser({ actor: admin, input });
    expect(await loadActor(id)).not.toBeNull();
    await setUserDisabled({ actor: admin, userId: id, disabled: true });
    expect(await loadActor(id)).toBeNull();
    expect(await authenticate(input.username, input.password, { ip: null })).toEqual({ ok: false, throttled: null });
    const failure = await db.auditEvent.findFirstOrThrow({ where: { action: "auth.login_failed", entityId: String(id) }, orderBy: { id: "desc" } });
    expect(failure.reason).toBe("account disabled");
    await expect(setUserDisabled({ actor: admin, userId: admin.id, disabled: true })).rejects.toMatchObject({ code: "SELF_ACTION" });
  });

  it("never leaves the system without an active system administrator", async () => {
    const root = await createTestUnit();
    await db.roleAssignment.deleteMany({ where: { role: "SYSTEM_ADMIN" } });
    const only = await createTestActor(root, ["SYSTEM_ADMIN"]);
    const other = await createTestActor(root, ["SYSTEM_ADMIN"]);
    await setUserDisabled({ actor: only, userId: other.id, disabled: true });
    const grant = await db.roleAssignment.findFirstOrThrow({ where: { userId: only.id, role: "SYSTEM_ADMIN" } });
    // `other` is disabled now, so `only` is the last active system administrator.
    await expect(revokeRole({ actor: only, assignmentId: grant.id })).rejects.toMatchObject({ code: "LAST_ADMIN" });
  });

  it("grants and revokes roles with audit rows, refusing duplicates", async () => {
    const root = await createTestUnit();
    const child = await createTestUnit(root);
    const admin = await createTestActor(root, ["UNIT_ADMIN"]);
    const clerk = await createTestActor(child, ["CLERK"]);
    await grantRole({ actor: admin, userId: clerk.id, input: { role: "LEADER", unitId: child.id } });
    await expect(grantRole({ actor: admin, userId: clerk.id, input: { role: "LEADER", unitId: child.id } })).rejects.toMatchObject({ code: "CONFLICT" });
    const grant = await db.roleAssignment.findFirstOrThrow({ where: { userId: clerk.id, role: "LEADER" } });
    await revokeRole({ actor: admin, assignmentId: grant.id });
    expect(await db.roleAssignment.count({ where: { userId: clerk.id, role: "LEADER" } })).toBe(0);
    const actions = (await db.auditEvent.findMany({ where: { entityType: "User", entityId: String(clerk.id) }, orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["user.grant_role", "user.revoke_role"]);
  });

  it("reset password forces a change; changing it needs the current password", async () => {
    const unit = await createTestUnit();
    const admin = await createTestActor(unit, ["UNIT_ADMIN"]);
    const { id } = await createUser({ actor: admin, input: newUser(unit.id, ["CLERK"]) });
    const { password } = await resetUserPassword({ actor: admin, userId: id });
    const actor = (await loadActor(id))!;
    expect(actor.mustChangePassword).toBe(true);
    await expect(
      changeOwnPassword({ actor, input: { currentPassword: "wrong-password-1", newPassword: "Brand-new-pass-9", confirmPassword: "Brand-new-pass-9" } }),
    ).rejects.toMatchObject({
      fieldErrors: { currentPassword: ["当前密码不正确"] },
    });
    await changeOwnPassword({ actor, input: { currentPassword: password, newPassword: "Brand-new-pass-9", confirmPassword: "Brand-new-pass-9" } });
    expect((await loadActor(id))!.mustChangePassword).toBe(false);
  });
});
