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
  checkAnnualReport,
  documentKindOfTopic,
  matchesEntryDrill,
  matchesRequestDrill,
  rollUpReports,
  type DrillFilter,
  type EntryFact,
} from "./annual";

type EntryRow = {
  id: number;
  unitId: number;
  indexNo: string | null;
  title: string;
  firstPublishedAt: Date;
  article20Item: string | null;
  topicName: string;
  repealedAt: Date | null;
};

/** A fact of table 二 with what a drill-down list shows of its entry. */
export type ListedEntryFact = EntryFact & { id: number; unitId: number; indexNo: string | null; title: string };

/**
 * Table 二's catalogue facts for a unit subtree: entries filed under 第二十条第（一）项 as they stand now
 * (their newest public revision), published on their first publication day and repealed on the day
 * the first revision marked 已废止 went public. Withdrawn entries were never validly public and do
 * not count. Dates are China dates, as the report's years are.
 */
export async function loadEntryFacts(unitPath: string): Promise<ListedEntryFact[]> {
  const rows = await db.$queryRaw<EntryRow[]>`
    SELECT e.id, e."unitId", e."indexNo", r.title, e."firstPublishedAt", r."article20Item", t.name AS "topicName",
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
    unitId: row.unitId,
    indexNo: row.indexNo,
    title: row.title,
    article20Item: row.article20Item,
    kind: documentKindOfTopic(row.topicName),
    publishedOn: toChinaDate(row.firstPublishedAt),
    repealedOn: row.repealedAt ? toChinaDate(row.repealedAt) : null,
  }));
}

/** 本单位: the unit's own records and figures; 汇总: every unit of its subtree, added up (rollUpReports). */
export type ReportScope = "unit" | "subtree";

/** The live facts of a unit subtree: table 二's entries and table 三's applications, each with its unit. */
async function loadSubtreeFacts(unitPath: string) {
  const [entries, requests] = await Promise.all([loadEntryFacts(unitPath), loadRequestRows(unitPath)]);
  return { entries, requests };
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

/** Entries a unit first published in `year` (all columns; for the 总体情况 draft). */
export async function countPublishedInYear(unitId: number, year: number): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "SearchDocument" d WHERE d.year = ${year} AND NOT d.withdrawn AND d."unitId" = ${unitId}`;
  return row?.n ?? 0;
}

/**
 * A unit's report for `year`, from live data plus what staff entered, with its stored record. 本单位 counts the
 * unit's own records with its own figures. 汇总 builds every unit of the subtree the same way and adds them up:
 * an entered figure missing in any unit is missing in the sum, and `incomplete` names those units.
 */
export async function loadUnitAnnualReport(unit: { id: number; path: string }, year: number, scope: ReportScope = "unit") {
  const [facts, record] = await Promise.all([loadSubtreeFacts(unit.path), findAnnualReportRecord(unit.id, year)]);
  const reportOf = (unitId: number, figures: unknown) =>
    buildAnnualReport({
      year,
      entries: facts.entries.filter((e) => e.unitId === unitId),
      requests: facts.requests.filter((r) => r.unitId === unitId),
      entered: figures as Partial<EnteredFigures>,
    });
  if (scope === "unit") return { record, report: reportOf(unit.id, record.figures), incomplete: [] };
  const [units, records] = await Promise.all([
    db.unit.findMany({ where: { path: { startsWith: unit.path } }, select: { id: true, name: true }, orderBy: [{ path: "asc" }] }),
    db.annualReport.findMany({ where: { year, unit: { path: { startsWith: unit.path } } }, select: { unitId: true, figures: true } }),
  ]);
  const figures = new Map(records.map((r) => [r.unitId, r.figures]));
  const reports = units.map((u) => ({ unit: u, report: reportOf(u.id, figures.get(u.id) ?? {}) }));
  const incomplete = reports.filter(({ report }) => checkAnnualReport(report).some((p) => p.kind !== "imbalance")).map(({ unit: u }) => u);
  return { record, report: rollUpReports(reports.map((r) => r.report)), incomplete };
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

/** The records behind one computed cell of a unit's report (its own, or its subtree's) for `drill.year`, oldest first. */
export async function loadDrilledRecords(unit: { id: number; path: string }, scope: ReportScope, drill: DrillFilter) {
  const facts = await loadSubtreeFacts(unit.path);
  const inScope = (record: { unitId: number }) => scope === "subtree" || record.unitId === unit.id;
  if (drill.kind === "entries") return { kind: "entries" as const, entries: facts.entries.filter((e) => inScope(e) && matchesEntryDrill(e, drill)) };
  const requests = facts.requests.filter((r) => inScope(r) && matchesRequestDrill(r, drill));
  return { kind: "requests" as const, requests: requests.sort((a, b) => (a.receivedOn ?? "").localeCompare(b.receivedOn ?? "") || a.id - b.id) };
}
