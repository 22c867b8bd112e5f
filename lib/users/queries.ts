import "server-only";
import { can, scopesFor, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { pageWindow } from "@/lib/pagination";
import type { Prisma } from "@/lib/db/generated/client";

export const USERS_PAGE_SIZE = 20;

/** Users whose own unit lies in the actor's managed subtrees, filtered and paginated. */
export async function listUsers(actor: Actor, { q, page }: { q?: string; page: number }) {
  const scopes = scopesFor(actor, "users.manage");
  if (scopes.length === 0) return { users: [], total: 0, page: 1, pageCount: 1 };
  const where: Prisma.UserWhereInput = {
    unit: { OR: scopes.map((prefix) => ({ path: { startsWith: prefix } })) },
    ...(q ? { OR: [{ username: { contains: q, mode: "insensitive" } }, { displayName: { contains: q } }] } : {}),
  };
  const total = await db.user.count({ where });
  const window = pageWindow(total, page, USERS_PAGE_SIZE);
  const users = await db.user.findMany({
    where,
    orderBy: [{ disabled: "asc" }, { username: "asc" }],
    skip: window.skip,
    take: window.take,
    select: {
      id: true,
      username: true,
      displayName: true,
      disabled: true,
      lastLoginAt: true,
      unit: { select: { name: true } },
      roles: { select: { role: true, unit: { select: { name: true } } } },
    },
  });
  return { users, total, page: window.page, pageCount: window.pageCount };
}

/** One user for the edit page, or null when absent or outside the actor's reach. */
export async function findUserForEdit(actor: Actor, userId: number) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      username: true,
      displayName: true,
      disabled: true,
      mustChangePassword: true,
      email: true,
      emailNotifications: true,
      lastLoginAt: true,
      createdAt: true,
      unitId: true,
      unit: { select: { name: true, path: true } },
      roles: { orderBy: { id: "asc" }, select: { id: true, role: true, unitId: true, unit: { select: { name: true, path: true } } } },
    },
  });
  if (!user || !can(actor, "users.manage", { unitPath: user.unit.path })) return null;
  return user;
}

/** A user's e-mail settings as form values. */
export async function findEmailSettings(userId: number): Promise<{ email: string; emailNotifications: string }> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, emailNotifications: true } });
  return { email: user.email ?? "", emailNotifications: String(user.emailNotifications) };
}
