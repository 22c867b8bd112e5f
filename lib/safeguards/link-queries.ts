import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { pageWindow } from "@/lib/pagination";
import { listActiveUnits } from "@/lib/units/queries";
import { failedLinks, type LinkCounts } from "./links";

export const BROKEN_LINKS_PAGE_SIZE = 50;

/** The latest finished run of the link check, or null when none has finished yet. */
export function findLatestLinkCheckRun() {
  return db.linkCheckRun.findFirst({
    where: { finishedAt: { not: null } },
    orderBy: { startedAt: "desc" },
    select: { id: true, startedAt: true, finishedAt: true, external: true, entriesChecked: true, linksChecked: true },
  });
}

/**
 * Per unit of `units`, the counts of the latest link check, or null for a unit no finished run has covered
 * (none has finished since the unit was created): it shows 未检查, not 0.
 */
export async function countLinksByUnit(units: readonly { id: number }[]): Promise<Map<number, LinkCounts | null>> {
  const result = new Map<number, LinkCounts | null>();
  if (units.length === 0) return result;
  const ids = units.map((u) => u.id);
  const [run, created, grouped] = await Promise.all([
    findLatestLinkCheckRun(),
    db.unit.findMany({ where: { id: { in: ids } }, select: { id: true, createdAt: true } }),
    db.linkCheck.groupBy({ by: ["unitId", "status"], where: { unitId: { in: ids } }, _count: { _all: true } }),
  ]);
  for (const unit of created) {
    result.set(unit.id, run && run.startedAt >= unit.createdAt ? { broken: 0, empty: 0, unchecked: 0, ok: 0 } : null);
  }
  const KEY = { OK: "ok", BROKEN: "broken", EMPTY: "empty", UNCHECKED: "unchecked" } as const;
  for (const row of grouped) {
    const counts = result.get(row.unitId);
    if (counts) counts[KEY[row.status]] += row._count._all;
  }
  return result;
}

/** 链接检查失败 per unit for the monthly 通报: 错链 + 空链 of the latest check, null when never checked. */
export async function countFailedLinksByUnit(units: readonly { id: number }[]): Promise<Map<number, number | null>> {
  const counts = await countLinksByUnit(units);
  return new Map([...counts].map(([unitId, c]) => [unitId, c && failedLinks(c)]));
}

/**
 * The link-check overview for the units the actor manages (`units.manage`): the latest run, per unit the
 * counts, and one page of the 错链/空链 with their entry and link text, by unit then entry.
 */
export async function loadLinkCheckOverview(actor: Actor, page: number) {
  const units = await listActiveUnits(actor, "units.manage");
  const ids = units.map((u) => u.id);
  const where = { unitId: { in: ids }, status: { in: ["BROKEN", "EMPTY"] } } satisfies Prisma.LinkCheckWhereInput;
  const [run, counts, total] = await Promise.all([findLatestLinkCheckRun(), countLinksByUnit(units), db.linkCheck.count({ where })]);
  const window = pageWindow(total, page, BROKEN_LINKS_PAGE_SIZE);
  const failures = await db.linkCheck.findMany({
    where,
    orderBy: [{ unitId: "asc" }, { entryId: "asc" }, { position: "asc" }],
    skip: window.skip,
    take: BROKEN_LINKS_PAGE_SIZE,
    select: {
      id: true,
      entryId: true,
      unitId: true,
      url: true,
      text: true,
      status: true,
      detail: true,
      entry: { select: { revisions: { where: { state: "PUBLISHED" }, take: 1, select: { title: true } } } },
    },
  });
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  return {
    run,
    units: units.map((u) => ({ id: u.id, name: u.name, counts: counts.get(u.id) ?? null })),
    failures: failures.map(({ entry, ...f }) => ({
      ...f,
      unitName: unitName.get(f.unitId) ?? "",
      entryTitle: entry.revisions[0]?.title ?? `条目 ${f.entryId}`,
    })),
    total,
    page: window.page,
    pageCount: window.pageCount,
  };
}
