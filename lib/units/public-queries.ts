import "server-only";
import { publicCached } from "@/lib/cache/public-cache";
import { db } from "@/lib/db/client";
import { flattenTree } from "./model";

/** Active units for the public site, as a tree. */
async function loadPublicUnits() {
  const units = await db.unit.findMany({ where: { disabled: false }, select: { id: true, name: true, kind: true, parentId: true, sortOrder: true } });
  return flattenTree(units);
}

export const listPublicUnits = publicCached(loadPublicUnits, { ttlMs: 60_000, maxEntries: 1 });
