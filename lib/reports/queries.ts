import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { listActiveUnits } from "@/lib/units/queries";
import { db } from "@/lib/db/client";
import { loadRequestRows } from "@/lib/requests/queries";
import { toChinaDate } from "@/lib/requests/dates";
import type { EnteredFigures } from "./figures";
import {
  ARTICLE_20_ITEM_ONE,
  buildAnnualReport,
  documentKindOfTopic,
  matchesEntryDrill,
  matchesRequestDrill,
  type AnnualReportInput,
  type DrillFilter,
  type EntryFact,
} from "./annual";

type EntryRow = {
  id: number;
  indexNo: string | null;
  title: string;
  firstPublishedAt: Date;
  article20Item: string | null;
  topicName: string;
  repealedAt: Date | null;
};

/** A fact of table 二 with what a drill-down list shows of its entry. */
export type ListedEntryFact = EntryFact & { id: number; indexNo: string | null; title: string };

/**
 * Table 二's catalogue facts for a unit subtree: entries filed under 第二十条第（一）项 as they stand now
 * (their newest public revision), published on their first publication day and repealed on the day
 * the first revision marked 已废止 went public. Withdrawn entries were never validly public and do
 * not count. Dates are China dates, as the report's years are.
 */
export async function loadEntryFacts(unitPath: string): Promise<ListedEntryFact[]> {
  const rows = await db.$queryRaw<EntryRow[]>`
    SELECT e.id, e."indexNo", r.title, e."firstPublishedAt", r."article20Item", t.name AS "topicName",
      (SELECT min(x."publishedAt") FROM "EntryRevision" x
        WHERE x."entryId" = e.id AND x.validity = 'REPEALED' AND x."publishedAt" IS NOT NULL) AS "repealedAt"
    FROM "Entry" e
    JOIN "Unit" u ON u.id = e."unitId"
    JOIN LATERAL (SELECT * FROM "EntryRevision" x WHERE x."entryId" = e.id AND x.state = 'PUBLISHED' ORDER BY x.number DESC LIMIT 1) r ON true
    JOIN "Category" t ON t.id = r."topicId"
    WHERE starts_with(u.path, ${unitPath}) AND e."firstPublishedAt" IS NOT NULL AND e."withdrawnAt" IS NULL
      AND r."article20Item" = ${ARTICLE_20_ITEM_ONE}
    ORDER BY e."firstPublishedAt", e.id`;
  return rows.map((row) => ({
    id: row.id,
    indexNo: row.indexNo,
    title: row.title,
    article20Item: row.article20Item,
    kind: documentKindOfTopic(row.topicName),
    publishedOn: toChinaDate(row.firstPublishedAt),
    repealedOn: row.repealedAt ? toChinaDate(row.repealedAt) : null,
  }));
}

/** The annual report of a unit subtree for `year`, from live data plus the figures staff entered. */
export async function loadAnnualReport(unitPath: string, year: number, entered: AnnualReportInput["entered"] = {}) {
  const [entries, requests] = await Promise.all([loadEntryFacts(unitPath), loadRequestRows(unitPath)]);
  return buildAnnualReport({ year, entries, requests, entered });
}

/**
 * The units whose annual report the actor compiles (unit and system administrators: their subtrees),
 * and the one asked for, or the top one when none (or one outside the scope) is asked for.
 */
export async function reportUnits(actor: Actor, unitId?: number) {
  const units = await listActiveUnits(actor, "reports.compile");
  return { units, unit: units.find((u) => u.id === unitId) ?? units[0] ?? null };
}

/** What staff entered for the report so far (version 0: nothing saved yet). */
export async function findAnnualReportRecord(unitId: number, year: number) {
  const record = await db.annualReport.findUnique({ where: { unitId_year: { unitId, year } } });
  return record ?? { figures: {}, overview: "", problems: "", otherMatters: "", version: 0, entryId: null };
}

/** Entries a unit subtree first published in `year` (all columns; for the 总体情况 draft). */
export async function countPublishedInYear(unitPath: string, year: number): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "SearchDocument" d JOIN "Unit" u ON u.id = d."unitId"
    WHERE d.year = ${year} AND NOT d.withdrawn AND starts_with(u.path, ${unitPath})`;
  return row?.n ?? 0;
}

/** A unit's report for `year` (live data plus what staff entered), with the stored record. */
export async function loadUnitAnnualReport(unit: { id: number; path: string }, year: number) {
  const record = await findAnnualReportRecord(unit.id, year);
  return { record, report: await loadAnnualReport(unit.path, year, record.figures as Partial<EnteredFigures>) };
}

/** Where the report's catalogue entry stands: its newest revision's state, and whether a version is public. */
export async function findReportEntryStatus(entryId: number) {
  const entry = await db.entry.findUnique({
    where: { id: entryId },
    select: { id: true, firstPublishedAt: true, withdrawnAt: true, revisions: { orderBy: { number: "desc" }, take: 1, select: { state: true, number: true } } },
  });
  const latest = entry?.revisions[0];
  return entry && latest
    ? { entryId: entry.id, state: latest.state, number: latest.number, public: Boolean(entry.firstPublishedAt && !entry.withdrawnAt) }
    : null;
}

/** The records behind one computed cell of a unit subtree's report for `drill.year`, oldest first. */
export async function loadDrilledRecords(unitPath: string, drill: DrillFilter) {
  if (drill.kind === "entries")
    return { kind: "entries" as const, entries: (await loadEntryFacts(unitPath)).filter((entry) => matchesEntryDrill(entry, drill)) };
  const requests = (await loadRequestRows(unitPath)).filter((row) => matchesRequestDrill(row, drill));
  return { kind: "requests" as const, requests: requests.sort((a, b) => (a.receivedOn ?? "").localeCompare(b.receivedOn ?? "") || a.id - b.id) };
}
