import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { hashPassword, verifyPassword } from "./password";
import type { Actor } from "./permissions";

/** Compared against when the username is unknown, so both failures take the same time. */
let dummyHash: Promise<string> | undefined;

export interface LoginContext {
  ip: string | null;
}

/**
 * Checks a username and password. Unknown users, wrong passwords and disabled accounts all fail the
 * same way to the caller (no account enumeration); the audit log records which it was.
 */
export async function authenticate(username: string, password: string, context: LoginContext): Promise<{ id: number; displayName: string } | null> {
  const user = await db.user.findUnique({ where: { username }, select: { id: true, displayName: true, passwordHash: true, disabled: true, unitId: true } });
  dummyHash ??= hashPassword("not-a-real-password-0");
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  const ok = Boolean(user && valid && !user.disabled);
  const reason = !user ? "unknown user" : !valid ? "wrong password" : user.disabled ? "account disabled" : null;
  await db.$transaction(async (tx) => {
    if (ok && user) await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    await recordAudit(tx, {
      actor: user ? { id: user.id, displayName: user.displayName } : null,
      action: ok ? "auth.login" : "auth.login_failed",
      entityType: "User",
      entityId: user?.id ?? username,
      unitId: user?.unitId ?? null,
      summary: ok ? `用户 ${username} 登录` : `用户名 ${username} 登录失败`,
      reason,
      details: { ip: context.ip },
    });
  });
  return ok && user ? { id: user.id, displayName: user.displayName } : null;
}

/** The actor for a session's user id; null when the account no longer exists or is disabled. */
export async function loadActor(userId: number): Promise<(Actor & { mustChangePassword: boolean }) | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      username: true,
      displayName: true,
      unitId: true,
      disabled: true,
      mustChangePassword: true,
      roles: { select: { role: true, unitId: true, unit: { select: { path: true, name: true, disabled: true } } } },
    },
  });
  if (!user || user.disabled) return null;
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    unitId: user.unitId,
    mustChangePassword: user.mustChangePassword,
    roles: user.roles.filter((r) => !r.unit.disabled).map((r) => ({ role: r.role, unitId: r.unitId, unitPath: r.unit.path, unitName: r.unit.name })),
  };
}
