import "server-only";
import { db } from "@/lib/db/client";
import { flattenTree } from "./model";

/** Active units for the public site, as a tree. */
export async function listPublicUnits() {
  const units = await db.unit.findMany({ where: { disabled: false }, select: { id: true, name: true, kind: true, parentId: true, sortOrder: true } });
  return flattenTree(units);
}
