import "server-only";
import { hasRole, scopesFor, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { addDays, toChinaDate, type IsoDate } from "@/lib/requests/dates";
import { assessFreshness } from "./freshness";

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
      updateIntervalDays: true,
      unit: { select: { name: true } },
      _count: { select: { topicRevisions: true, genreRevisions: true } },
    },
  });
  return { rows, units, allowSystemWide: hasRole(actor, "SYSTEM_ADMIN") };
}

export const FRESHNESS_LIST_LIMIT = 20;

type ColumnRow = { unitId: number; unitName: string; topicId: number; topicName: string; interval: number; lastPublishedAt: Date | null };

/**
 * Every blank or stale catalogue column of the active units under `scopes` as it stood at the end of the
 * China day `asOf` (publications after it do not count). A column counts its subtopics; a unit's own
 * topics apply to it and the units below it.
 */
async function assessColumns(scopes: string[], asOf: IsoDate) {
  if (!scopes.length) return [];
  const until = new Date(`${addDays(asOf, 1)}T00:00:00+08:00`);
  const rows = await db.$queryRaw<ColumnRow[]>`
    WITH columns AS (
      SELECT c.id, c.name, c."updateIntervalDays" AS interval, o.path AS "ownerPath",
        ARRAY(SELECT k.id FROM "Category" k WHERE k.id = c.id OR k."parentId" = c.id) AS family
      FROM "Category" c LEFT JOIN "Unit" o ON o.id = c."unitId"
      WHERE c.kind = 'TOPIC' AND c."updateIntervalDays" IS NOT NULL)
    SELECT u.id AS "unitId", u.name AS "unitName", c.id AS "topicId", c.name AS "topicName", c.interval,
      (SELECT max(newest.at) FROM unnest(c.family) AS t(id), LATERAL (
        SELECT d."publishedAt" AS at FROM "SearchDocument" d
        WHERE d."unitId" = u.id AND d."topicId" = t.id AND NOT d."withdrawn" AND d."publishedAt" < ${until}
        ORDER BY d."publishedAt" DESC LIMIT 1) newest) AS "lastPublishedAt"
    FROM "Unit" u JOIN columns c ON c."ownerPath" IS NULL OR starts_with(u.path, c."ownerPath")
    WHERE NOT u.disabled AND u.path LIKE ANY(${scopes.map((s) => `${s}%`)}::text[])
    ORDER BY u.path, c.id`;
  return rows.flatMap((row) => {
    const freshness = assessFreshness(row.lastPublishedAt && toChinaDate(row.lastPublishedAt), row.interval, asOf);
    return freshness.status === "FRESH" ? [] : [{ ...row, freshness }];
  });
}

/**
 * The catalogue columns with an update interval that units in the actor's scope let go stale or never
 * used, the blank ones first, then the longest overdue; at most FRESHNESS_LIST_LIMIT, with the total.
 */
export async function listStaleColumns(actor: Actor, today: IsoDate) {
  const assessed = await assessColumns(scopesFor(actor, "admin.access"), today);
  // Blank columns first (never published), then the longest overdue.
  const overdue = (r: (typeof assessed)[number]) => (r.freshness.status === "STALE" ? r.freshness.daysOverdue : Number.MAX_SAFE_INTEGER);
  assessed.sort((a, b) => overdue(b) - overdue(a));
  return { items: assessed.slice(0, FRESHNESS_LIST_LIMIT), total: assessed.length };
}

/** How many blank or stale columns each unit the actor manages had at the end of `asOf`, by unit id (for the monthly 通报). */
export async function countStaleColumnsByUnit(actor: Actor, asOf: IsoDate): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  for (const row of await assessColumns(scopesFor(actor, "units.manage"), asOf)) counts.set(row.unitId, (counts.get(row.unitId) ?? 0) + 1);
  return counts;
}
