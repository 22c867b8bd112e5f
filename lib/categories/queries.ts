import "server-only";
import { hasRole, scopesFor, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";

/** The category trees an admin manages: system-wide ones plus those of units in their scope. */
export async function listManagedCategories(actor: Actor) {
  const scopes = scopesFor(actor, "units.manage");
  const units = scopes.length
    ? await db.unit.findMany({ where: { OR: scopes.map((p) => ({ path: { startsWith: p } })) }, orderBy: { path: "asc" }, select: { id: true, name: true } })
    : [];
  const rows = await db.category.findMany({
    where: { OR: [{ unitId: null }, { unitId: { in: units.map((u) => u.id) } }] },
    orderBy: [{ kind: "asc" }, { sortOrder: "asc" }, { id: "asc" }],
    select: {
      id: true,
      kind: true,
      name: true,
      parentId: true,
      unit: { select: { name: true } },
      _count: { select: { topicRevisions: true, genreRevisions: true } },
    },
  });
  return { rows, units, allowSystemWide: hasRole(actor, "SYSTEM_ADMIN") };
}
