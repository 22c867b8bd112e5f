import "server-only";
import { describeChanges, recordAudit } from "@/lib/audit/record";
import { generatePassword, hashPassword, verifyPassword } from "@/lib/auth/password";
import { can, canGrantRole, ROLE_LABELS, type Actor } from "@/lib/auth/permissions";
import { db, Prisma } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { DomainError } from "@/lib/errors";
import type { ChangePasswordInput, CreateUserInput, EmailSettingsInput, RoleGrantInput, UpdateUserInput } from "./schemas";

type Tx = Prisma.TransactionClient;

/** Loads a unit for placing a user or a role in it, refusing disabled units and units outside the actor's reach. */
async function loadTargetUnit(tx: Tx, actor: Actor, unitId: number, field: string) {
  const unit = await tx.unit.findUnique({ where: { id: unitId }, select: { id: true, name: true, path: true, disabled: true } });
  if (!unit) throw new DomainError("INVALID_INPUT", { fieldErrors: { [field]: ["单位不存在"] } });
  if (!can(actor, "users.manage", { unitPath: unit.path })) throw new DomainError("FORBIDDEN", { message: `您无权管理「${unit.name}」的用户。` });
  if (unit.disabled) throw new DomainError("INVALID_INPUT", { fieldErrors: { [field]: ["该单位已停用"] } });
  return unit;
}

/** Loads a user the actor manages (by the user's own unit); out of scope looks like absent. */
async function loadManagedUser(tx: Tx, actor: Actor, userId: number) {
  const user = await tx.user.findUnique({ where: { id: userId }, include: { unit: { select: { path: true, name: true } } } });
  if (!user || !can(actor, "users.manage", { unitPath: user.unit.path })) throw new DomainError("NOT_FOUND");
  return user;
}

/** Refuses a change that would leave the system without an active system administrator. */
async function assertOtherSystemAdminRemains(tx: Tx, userId: number) {
  const others = await tx.roleAssignment.count({ where: { role: "SYSTEM_ADMIN", userId: { not: userId }, user: { disabled: false } } });
  if (others === 0) throw new DomainError("LAST_ADMIN");
}

/** Creates a staff account with optional roles in its own unit. Returns the generated password, if any, to show once. */
export async function createUser({ actor, input }: { actor: Actor; input: CreateUserInput }): Promise<{ id: number; generatedPassword: string | null }> {
  const generatedPassword = input.password ? null : generatePassword();
  const passwordHash = await hashPassword(input.password ?? generatedPassword!);
  try {
    return await db.$transaction(async (tx) => {
      const unit = await loadTargetUnit(tx, actor, input.unitId, "unitId");
      for (const role of input.roles) {
        if (!canGrantRole(actor, role, unit.path)) throw new DomainError("FORBIDDEN", { message: `您无权授予「${ROLE_LABELS[role]}」角色。` });
      }
      const user = await tx.user.create({
        data: {
          username: input.username,
          displayName: input.displayName,
          unitId: unit.id,
          passwordHash,
          mustChangePassword: generatedPassword !== null,
          roles: { create: input.roles.map((role) => ({ role, unitId: unit.id })) },
        },
        select: { id: true },
      });
      const roleText = input.roles.map((r) => ROLE_LABELS[r]).join("、") || "无";
      await recordAudit(tx, {
        actor,
        action: "user.create",
        entityType: "User",
        entityId: user.id,
        unitId: unit.id,
        summary: `新增用户 ${input.username}（${input.displayName}，${unit.name}，角色：${roleText}）`,
        details: { username: input.username, displayName: input.displayName, unitId: unit.id, roles: input.roles },
      });
      return { id: user.id, generatedPassword };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new DomainError("CONFLICT", { fieldErrors: { username: ["该用户名已被使用"] } });
    }
    throw error;
  }
}

const USER_FIELD_LABELS = { displayName: "姓名", unitId: "所属单位", email: "电子邮箱", emailNotifications: "邮件提醒" };

export async function updateUser({ actor, userId, input }: { actor: Actor; userId: number; input: UpdateUserInput }): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await loadManagedUser(tx, actor, userId);
    if (input.unitId !== user.unitId) await loadTargetUnit(tx, actor, input.unitId, "unitId");
    const changes = describeChanges(user, input, USER_FIELD_LABELS);
    if (changes.length === 0) return;
    await tx.user.update({ where: { id: userId }, data: input });
    await recordAudit(tx, {
      actor,
      action: "user.update",
      entityType: "User",
      entityId: userId,
      unitId: input.unitId,
      summary: `修改用户 ${user.username}：${changes.join("；")}`,
      details: { before: { displayName: user.displayName, unitId: user.unitId }, after: input },
    });
  });
}

/** Disables or re-enables an account. A disabled user's session stops working on the next request. */
export async function setUserDisabled({ actor, userId, disabled }: { actor: Actor; userId: number; disabled: boolean }): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await loadManagedUser(tx, actor, userId);
    if (user.id === actor.id) throw new DomainError("SELF_ACTION", { message: "不能停用自己的账号。" });
    if (user.disabled === disabled) return;
    if (disabled) {
      const isSystemAdmin = await tx.roleAssignment.count({ where: { userId, role: "SYSTEM_ADMIN" } });
      if (isSystemAdmin) await assertOtherSystemAdminRemains(tx, userId);
    }
    await tx.user.update({ where: { id: userId }, data: { disabled } });
    await recordAudit(tx, {
      actor,
      action: disabled ? "user.disable" : "user.enable",
      entityType: "User",
      entityId: userId,
      unitId: user.unitId,
      fromState: user.disabled ? "DISABLED" : "ACTIVE",
      toState: disabled ? "DISABLED" : "ACTIVE",
      summary: `${disabled ? "停用" : "启用"}用户 ${user.username}（${user.displayName}）`,
    });
  });
}

/** Sets a new random password the user must change after signing in; returns it to show once. */
export async function resetUserPassword({ actor, userId }: { actor: Actor; userId: number }): Promise<{ password: string }> {
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    const user = await loadManagedUser(tx, actor, userId);
    if (user.id === actor.id) throw new DomainError("SELF_ACTION", { message: "请在「修改密码」中修改自己的密码。" });
    await tx.user.update({ where: { id: userId }, data: { passwordHash, mustChangePassword: true } });
    await recordAudit(tx, {
      actor,
      action: "user.reset_password",
      entityType: "User",
      entityId: userId,
      unitId: user.unitId,
      summary: `重置用户 ${user.username}（${user.displayName}）的密码`,
    });
  });
  return { password };
}

export async function grantRole({ actor, userId, input }: { actor: Actor; userId: number; input: RoleGrantInput }): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await loadManagedUser(tx, actor, userId);
    const unit = await loadTargetUnit(tx, actor, input.unitId, "unitId");
    if (!canGrantRole(actor, input.role, unit.path))
      throw new DomainError("FORBIDDEN", { message: `您无权在「${unit.name}」授予「${ROLE_LABELS[input.role]}」角色。` });
    const existing = await tx.roleAssignment.findUnique({ where: { userId_unitId_role: { userId, unitId: unit.id, role: input.role } } });
    if (existing) throw new DomainError("CONFLICT", { message: `该用户已在「${unit.name}」担任「${ROLE_LABELS[input.role]}」。` });
    await tx.roleAssignment.create({ data: { userId, unitId: unit.id, role: input.role } });
    await recordAudit(tx, {
      actor,
      action: "user.grant_role",
      entityType: "User",
      entityId: userId,
      unitId: unit.id,
      summary: `授予用户 ${user.username}「${ROLE_LABELS[input.role]}」角色（${unit.name}）`,
      details: { role: input.role, unitId: unit.id },
    });
  });
}

export async function revokeRole({ actor, assignmentId }: { actor: Actor; assignmentId: number }): Promise<void> {
  await db.$transaction(async (tx) => {
    const assignment = await tx.roleAssignment.findUnique({
      where: { id: assignmentId },
      include: { unit: { select: { name: true, path: true } }, user: { select: { id: true, username: true } } },
    });
    if (!assignment) throw new DomainError("NOT_FOUND");
    await loadManagedUser(tx, actor, assignment.userId);
    const role: Role = assignment.role;
    if (!canGrantRole(actor, role, assignment.unit.path)) throw new DomainError("FORBIDDEN", { message: `您无权撤销「${ROLE_LABELS[role]}」角色。` });
    if (role === "SYSTEM_ADMIN") {
      const stillAdmin = await tx.roleAssignment.count({ where: { userId: assignment.userId, role, id: { not: assignment.id } } });
      if (!stillAdmin) await assertOtherSystemAdminRemains(tx, assignment.userId);
    }
    await tx.roleAssignment.delete({ where: { id: assignmentId } });
    await recordAudit(tx, {
      actor,
      action: "user.revoke_role",
      entityType: "User",
      entityId: assignment.userId,
      unitId: assignment.unitId,
      summary: `撤销用户 ${assignment.user.username}「${ROLE_LABELS[role]}」角色（${assignment.unit.name}）`,
      details: { role, unitId: assignment.unitId },
    });
  });
}

/** A user changes their own password, proving the current one. */
export async function changeOwnPassword({ actor, input }: { actor: Actor; input: ChangePasswordInput }): Promise<void> {
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new DomainError("INVALID_INPUT", { fieldErrors: { currentPassword: ["当前密码不正确"] } });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash, mustChangePassword: false } });
    await recordAudit(tx, {
      actor,
      action: "user.change_password",
      entityType: "User",
      entityId: actor.id,
      unitId: actor.unitId,
      summary: `用户 ${actor.username} 修改了自己的密码`,
    });
  });
}

/** A user sets their own notification e-mail address and whether they want e-mail at all. */
export async function updateOwnEmailSettings({ actor, input }: { actor: Actor; input: EmailSettingsInput }): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true, emailNotifications: true } });
    const changes = describeChanges(user, input, USER_FIELD_LABELS);
    if (changes.length === 0) return;
    await tx.user.update({ where: { id: actor.id }, data: input });
    await recordAudit(tx, {
      actor,
      action: "user.update_email_settings",
      entityType: "User",
      entityId: actor.id,
      unitId: actor.unitId,
      summary: `用户 ${actor.username} 修改了自己的邮件提醒设置：${changes.join("；")}`,
    });
  });
}
