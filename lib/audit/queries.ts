import "server-only";
import { hasRole, scopesFor, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { pageWindow } from "@/lib/pagination";
import type { Prisma } from "@/lib/db/generated/client";
import type { AuditListFilters, AuditListQuery } from "./schemas";

export const AUDIT_PAGE_SIZE = 50;

/**
 * Audit rows the actor may read: those of units in their audit scope; system administrators also
 * see rows with no unit (failed logins of unknown names, system actions).
 */
async function auditScope(actor: Actor): Promise<Prisma.AuditEventWhereInput | null> {
  const scopes = scopesFor(actor, "audit.read");
  if (scopes.length === 0) return null;
  const units = await db.unit.findMany({ where: { OR: scopes.map((prefix) => ({ path: { startsWith: prefix } })) }, select: { id: true } });
  const inUnits: Prisma.AuditEventWhereInput = { unitId: { in: units.map((u) => u.id) } };
  return hasRole(actor, "SYSTEM_ADMIN") ? { OR: [inUnits, { unitId: null }] } : inUnits;
}

const auditSelect = {
  id: true,
  createdAt: true,
  actorName: true,
  action: true,
  entityType: true,
  entityId: true,
  summary: true,
  reason: true,
} satisfies Prisma.AuditEventSelect;

export async function listRecentAudit(actor: Actor, take: number) {
  const scope = await auditScope(actor);
  if (!scope) return [];
  return db.auditEvent.findMany({ where: scope, orderBy: { id: "desc" }, take, select: auditSelect });
}

/**
 * The audit rows the list shows for `filters` (text in the summary or the actor's name, or an action
 * prefix), within the actor's audit scope; null when they have none. Shared by the page and the export.
 */
export async function auditListWhere(actor: Actor, { q }: AuditListFilters): Promise<Prisma.AuditEventWhereInput | null> {
  const scope = await auditScope(actor);
  if (!scope) return null;
  return q ? { AND: [scope, { OR: [{ summary: { contains: q } }, { actorName: { contains: q } }, { action: { startsWith: q } }] }] } : scope;
}

/** One page of the audit log, newest first. */
export async function listAudit(actor: Actor, { page, ...filters }: AuditListQuery) {
  const where = await auditListWhere(actor, filters);
  if (!where) return { events: [], total: 0, page: 1, pageCount: 1 };
  const total = await db.auditEvent.count({ where });
  const window = pageWindow(total, page, AUDIT_PAGE_SIZE);
  const events = await db.auditEvent.findMany({
    where,
    orderBy: { id: "desc" },
    skip: window.skip,
    take: window.take,
    select: auditSelect,
  });
  return { events, total, page: window.page, pageCount: window.pageCount };
}
