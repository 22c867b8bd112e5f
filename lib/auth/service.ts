import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db, type Prisma } from "@/lib/db/client";
import { hashPassword, verifyPassword } from "./password";
import { assessLogin, THROTTLE_WINDOW_MS, type RecentFailures } from "./throttle";
import type { Actor } from "./permissions";

/** Compared against when the username is unknown, so both failures take the same time. */
let dummyHash: Promise<string> | undefined;

export interface LoginContext {
  ip: string | null;
}

export type LoginResult =
  | { ok: true; user: { id: number; displayName: string } }
  | { ok: false; throttled: null }
  | { ok: false; throttled: { scope: "account" | "address"; retryAt: Date } };

/** The username's and the address's failures that count towards a lockout now (lib/auth/throttle.ts). */
async function recentFailures(username: string, ip: string | null, now: Date): Promise<RecentFailures> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { username, ok: true, createdAt: { gt: since } },
    orderBy: { id: "desc" },
    select: { createdAt: true },
  });
  const [account, address] = await Promise.all([
    db.loginAttempt.findMany({ where: { username, ok: false, createdAt: { gt: lastSuccess?.createdAt ?? since } }, select: { createdAt: true } }),
    ip ? db.loginAttempt.findMany({ where: { ip, ok: false, createdAt: { gt: since } }, select: { createdAt: true } }) : [],
  ]);
  return { account: account.map((a) => a.createdAt), address: address.map((a) => a.createdAt) };
}

/**
 * Checks a username and password. Unknown users, wrong passwords and disabled accounts all fail the
 * same way to the caller (no account enumeration); the audit log records which it was. Too many
 * recent failures for the username or the address refuse the attempt without checking the password.
 */
export async function authenticate(username: string, password: string, context: LoginContext, now = new Date()): Promise<LoginResult> {
  const decision = assessLogin(await recentFailures(username, context.ip, now), now);
  const user = await db.user.findUnique({ where: { username }, select: { id: true, displayName: true, passwordHash: true, disabled: true, unitId: true } });
  const audited = {
    entityType: "User",
    entityId: user?.id ?? username,
    unitId: user?.unitId ?? null,
    actor: user ? { id: user.id, displayName: user.displayName } : null,
  };
  if (!decision.allowed) {
    await db.$transaction((tx) =>
      recordAudit(tx, {
        ...audited,
        action: "auth.login_throttled",
        summary: `用户名 ${username} 登录被拒绝：失败次数过多（${decision.scope === "account" ? "账号" : "来源地址"}暂时锁定）`,
        details: { ip: context.ip, retryAt: decision.retryAt.toISOString() },
      }),
    );
    return { ok: false, throttled: { scope: decision.scope, retryAt: decision.retryAt } };
  }
  dummyHash ??= hashPassword("not-a-real-password-0");
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  const ok = Boolean(user && valid && !user.disabled);
  const reason = !user ? "unknown user" : !valid ? "wrong password" : user.disabled ? "account disabled" : null;
  await db.$transaction(async (tx) => {
    if (ok && user) await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
    await tx.loginAttempt.create({ data: { username, ip: context.ip, ok, createdAt: now } });
    await recordAudit(tx, {
      ...audited,
      action: ok ? "auth.login" : "auth.login_failed",
      summary: ok ? `用户 ${username} 登录` : `用户名 ${username} 登录失败`,
      reason,
      details: { ip: context.ip },
    });
  });
  return ok && user ? { ok: true, user: { id: user.id, displayName: user.displayName } } : { ok: false, throttled: null };
}

/** The columns `toActor` needs. */
export const ACTOR_SELECT = {
  id: true,
  username: true,
  displayName: true,
  unitId: true,
  roles: { select: { role: true, unitId: true, unit: { select: { path: true, name: true, disabled: true } } } },
} satisfies Prisma.UserSelect;

/** A user row as the permission rules see it; roles in disabled units do not count. */
export function toActor(user: Prisma.UserGetPayload<{ select: typeof ACTOR_SELECT }>): Actor {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    unitId: user.unitId,
    roles: user.roles.filter((r) => !r.unit.disabled).map((r) => ({ role: r.role, unitId: r.unitId, unitPath: r.unit.path, unitName: r.unit.name })),
  };
}

/** The actor for a session's user id; null when the account no longer exists or is disabled. */
export async function loadActor(userId: number): Promise<(Actor & { mustChangePassword: boolean }) | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { ...ACTOR_SELECT, disabled: true, mustChangePassword: true } });
  if (!user || user.disabled) return null;
  return { ...toActor(user), mustChangePassword: user.mustChangePassword };
}
