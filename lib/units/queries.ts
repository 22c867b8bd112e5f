import "server-only";
import { can, scopesFor, type Actor, type Capability } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { flattenTree } from "./model";

const unitListSelect = {
  id: true,
  name: true,
  shortName: true,
  code: true,
  kind: true,
  parentId: true,
  path: true,
  sortOrder: true,
  disabled: true,
  _count: { select: { users: true, children: true } },
} satisfies Prisma.UnitSelect;

function withinScopes(scopes: string[]): Prisma.UnitWhereInput {
  return { OR: scopes.map((prefix) => ({ path: { startsWith: prefix } })) };
}

/** Units where the actor holds `capability`, as a flattened tree for lists and selects. */
export async function listUnitTree(actor: Actor, capability: Capability = "units.manage") {
  const scopes = scopesFor(actor, capability);
  if (scopes.length === 0) return [];
  const units = await db.unit.findMany({ where: withinScopes(scopes), select: unitListSelect });
  return flattenTree(units);
}

/** A unit the actor manages, with what its edit page shows; null when absent or out of scope (404). */
export async function findUnitForEdit(actor: Actor, unitId: number) {
  const unit = await db.unit.findUnique({ where: { id: unitId }, select: { ...unitListSelect, parent: { select: { id: true, name: true } } } });
  if (!unit || !can(actor, "units.manage", { unitPath: unit.path })) return null;
  return unit;
}

/** Total number of units, for the dashboard. */
export function countUnits(actor: Actor) {
  const scopes = scopesFor(actor, "units.manage");
  return scopes.length ? db.unit.count({ where: withinScopes(scopes) }) : Promise.resolve(0);
}

/** Active units where the actor holds `capability`, in tree order, for a choice of unit in a form. */
export async function listActiveUnits(actor: Actor, capability: Capability) {
  const scopes = scopesFor(actor, capability);
  if (scopes.length === 0) return [];
  return db.unit.findMany({ where: { disabled: false, ...withinScopes(scopes) }, orderBy: { path: "asc" }, select: { id: true, name: true, path: true } });
}
