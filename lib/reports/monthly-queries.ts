import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { countStaleColumnsByUnit } from "@/lib/categories/queries";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { addDays, toChinaDate, yearOf, type IsoDate } from "@/lib/requests/dates";
import { dateValue } from "@/lib/requests/due-dates";
import { isoOf, loadCalendar } from "@/lib/requests/queries";
import { countFailedLinksByUnit } from "@/lib/safeguards/link-queries";
import { listActiveUnits } from "@/lib/units/queries";
import { buildMonthlyReport, CHART_MONTHS, monthBounds, shiftMonth, type ApplicationFact, type PublicationFact, type YearMonth } from "./monthly";

/** The instant a China day begins. */
const chinaDayStart = (date: IsoDate) => new Date(`${date}T00:00:00+08:00`);

/**
 * First publications of `unitIds` from `from` to `to` (China dates), withdrawn entries left out, each
 * with the 生成日期 of the revision that went public first (what the 20-working-day rule is about).
 */
async function loadPublications(unitIds: number[], from: IsoDate, to: IsoDate) {
  const where = {
    unitId: { in: unitIds },
    withdrawnAt: null,
    firstPublishedAt: { gte: chinaDayStart(from), lt: chinaDayStart(addDays(to, 1)) },
  } satisfies Prisma.EntryWhereInput;
  const entries = await db.entry.findMany({
    where,
    select: {
      unitId: true,
      firstPublishedAt: true,
      revisions: { where: { publishedAt: { not: null } }, orderBy: { number: "asc" }, take: 1, select: { generatedOn: true } },
    },
  });
  // Every published entry has a revision that went public; the guard only satisfies the types.
  return entries.flatMap(({ unitId, firstPublishedAt, revisions: [first] }) =>
    firstPublishedAt && first ? [{ unitId, fact: { generatedOn: isoOf(first.generatedOn), publishedOn: toChinaDate(firstPublishedAt) } }] : [],
  );
}

/**
 * Applications of `unitIds` that can count from `from` to `to`: received by `to` and not concluded
 * before `from` (the pure module decides the rest; an answered-then-closed one may come along and is ignored there).
 */
async function loadApplications(unitIds: number[], from: IsoDate, to: IsoDate) {
  const where = {
    unitId: { in: unitIds },
    receivedOn: { not: null, lte: dateValue(to) },
    OR: [{ answeredOn: null, closedAt: null }, { answeredOn: { gte: dateValue(from) } }, { closedAt: { gte: chinaDayStart(from) } }],
  } satisfies Prisma.DisclosureRequestWhereInput;
  const rows = await db.disclosureRequest.findMany({ where, select: { unitId: true, receivedOn: true, answeredOn: true, closedAt: true, dueOn: true } });
  return rows.map((r) => ({
    unitId: r.unitId,
    fact: {
      receivedOn: r.receivedOn && isoOf(r.receivedOn),
      concludedOn: r.answeredOn ? isoOf(r.answeredOn) : r.closedAt ? toChinaDate(r.closedAt) : null,
      dueOn: r.dueOn && isoOf(r.dueOn),
    } satisfies ApplicationFact,
  }));
}

function groupByUnit<T>(rows: { unitId: number; fact: T }[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const { unitId, fact } of rows) groups.set(unitId, [...(groups.get(unitId) ?? []), fact]);
  return groups;
}

/**
 * The monthly 通报 of the active units the actor manages (`units.manage`), each counted on its own
 * records, not its subtree's, so the rows add up to the 合计. Stale columns are those of the month's last
 * day, or of `today` while the month is still running. 链接检查失败 is the latest link check's, whatever the
 * month (the check keeps no history). Null when the actor manages no active unit.
 */
export async function loadMonthlyReport(actor: Actor, month: YearMonth, today: IsoDate) {
  const units = await listActiveUnits(actor, "units.manage");
  if (units.length === 0) return null;
  const ids = units.map((u) => u.id);
  const { last } = monthBounds(month);
  const chartFrom = monthBounds(shiftMonth(month, 1 - CHART_MONTHS)).first;
  const applicationsFrom = monthBounds(shiftMonth(month, -1)).first;
  const asOf = last < today ? last : today;
  const [publications, applications, stale, calendar, failedLinks] = await Promise.all([
    loadPublications(ids, chartFrom, last),
    loadApplications(ids, applicationsFrom, last),
    countStaleColumnsByUnit(actor, asOf),
    loadCalendar(),
    countFailedLinksByUnit(units),
  ]);
  const publicationsOf = groupByUnit<PublicationFact>(publications);
  const applicationsOf = groupByUnit<ApplicationFact>(applications);
  const report = buildMonthlyReport(
    units.map((u) => ({
      unitId: u.id,
      unitName: u.name,
      publications: publicationsOf.get(u.id) ?? [],
      applications: applicationsOf.get(u.id) ?? [],
      staleColumns: stale.get(u.id) ?? 0,
      failedLinks: failedLinks.get(u.id) ?? null,
    })),
    month,
    calendar,
  );
  // Without the year's holiday arrangement, holidays count as working days and the timeliness looks worse than it was.
  const uncoveredYears = [...new Set([applicationsFrom, last].map(yearOf))].filter((y) => !calendar.isYearCovered(y));
  return { report, asOf, uncoveredYears };
}
