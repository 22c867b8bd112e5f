/**
 * The monthly 通报 of a district's units (P5): per unit, what it published in the month and how promptly,
 * the applications it received, concluded and let run late, and its stale catalogue columns, with the
 * change against the previous month and the published counts of the last months for a small chart.
 *
 * Definitions (each unit's own records, not its subtree, so the rows add up to the district's 合计):
 * - 公开数量: entries first published in the month (China date of `firstPublishedAt`, the 公开日期), withdrawn
 *   ones excluded: a withdrawn entry was never validly public (as in the annual report).
 * - 公开时效: working days from the 生成日期 (`generatedOn` of the first published revision) to the 公开日期, counted
 *   like every statutory period (lib/requests/deadlines.ts): the 生成日期 itself excluded, day 1 the next working
 *   day, so an item published on the next working day took 1. 条例第二十六条 allows 20 working days.
 * - 收到申请: applications whose receipt date (`receivedOn`, 条例第三十一条) lies in the month.
 * - 办结: applications answered or closed in the month (the China date of the answer or closing).
 * - 逾期: applications concluded in the month after their due date, plus those still open at the end of the
 *   month whose due date had passed by then (`dueOn` < last day of the month). Each counts once; an open one
 *   counts again in every later month until it is concluded, because it is still overdue then. While the
 *   clock is stopped (补正, consultation) there is no due date and nothing is overdue.
 *
 * Pure: no I/O and no clock. Dates are China `IsoDate`s; the working calendar comes from lib/requests/calendar.ts.
 */
import { stringify } from "csv-stringify/sync";
import type { WorkingCalendar } from "@/lib/requests/calendar";
import { addDays, type IsoDate } from "@/lib/requests/dates";
import { CSV_OPTIONS } from "@/lib/search/csv";

/** 条例第二十六条: proactive information is published within 20 working days of being formed or changed. */
export const PUBLICATION_WORKING_DAYS = 20;

/** How many months the per-unit chart shows, the reported month last. */
export const CHART_MONTHS = 6;

/** A calendar month "YYYY-MM". */
export type YearMonth = string;

const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isYearMonth(value: string): boolean {
  return YEAR_MONTH.test(value);
}

/** The month `count` months after `month` (before it when negative). */
export function shiftMonth(month: YearMonth, count: number): YearMonth {
  const match = YEAR_MONTH.exec(month);
  if (!match) throw new RangeError(`Not a YYYY-MM month: ${JSON.stringify(month)}`);
  const index = Number(match[1]) * 12 + Number(match[2]) - 1 + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** The first and last day of `month`. */
export function monthBounds(month: YearMonth): { first: IsoDate; last: IsoDate } {
  return { first: `${month}-01`, last: addDays(`${shiftMonth(month, 1)}-01`, -1) };
}

/** The month of a date. */
export const monthOf = (date: IsoDate): YearMonth => date.slice(0, 7);

/** "2026年10月" */
export function formatYearMonth(month: YearMonth): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}

/** One entry's first publication. */
export interface PublicationFact {
  /** 生成日期 of the first published revision. */
  generatedOn: IsoDate;
  /** 公开日期: the China date of the first publication. */
  publishedOn: IsoDate;
}

/** One application, as lib/requests/statistics.ts sees it. */
export interface ApplicationFact {
  receivedOn: IsoDate | null;
  /** The day it was answered or closed, if it was. */
  concludedOn: IsoDate | null;
  /** The due date as last computed; null while the clock is stopped. */
  dueOn: IsoDate | null;
}

export interface UnitMonthFacts {
  unitId: number;
  unitName: string;
  /** First publications of at least the chart's months; others are ignored. */
  publications: readonly PublicationFact[];
  /** Applications received by the end of the month; others are ignored. */
  applications: readonly ApplicationFact[];
  /** Catalogue columns blank or stale at the end of the month (lib/categories/freshness.ts). */
  staleColumns: number;
  /**
   * 链接检查失败: 错链 + 空链 in the unit's published entries at the latest link check (lib/safeguards/link-check.ts),
   * whatever the month: the check keeps no history. Null (the default) when no check has covered the unit.
   */
  failedLinks?: number | null;
}

export interface Timeliness {
  /** Average working days, one decimal; null when nothing was published (not 0). */
  averageDays: number | null;
  maxDays: number | null;
  /** Publications that took more than PUBLICATION_WORKING_DAYS. */
  overLimit: number;
}

export interface MonthlyCounts extends Timeliness {
  published: number;
  received: number;
  concluded: number;
  overdue: number;
}

export interface MonthlyRow extends MonthlyCounts {
  unitId: number;
  unitName: string;
  staleColumns: number;
  /** 错链 + 空链 at the latest link check, not as of the month; null when never checked (shown as 未检查). */
  failedLinks: number | null;
  /** The previous month's counts, for the month-over-month change. */
  previous: { published: number; received: number };
  /** Published counts of the last CHART_MONTHS months, oldest first, the reported month last. */
  history: { month: YearMonth; published: number }[];
}

export interface MonthlyReport {
  month: YearMonth;
  rows: MonthlyRow[];
  /** The 合计 row: sums, and the timeliness of all the district's publications together (not an average of averages). */
  total: Omit<MonthlyRow, "unitId" | "unitName">;
}

/** Working days from the 生成日期 to the 公开日期 (the 生成日期 excluded); 0 for a date published before it was formed. */
export function publicationWorkingDays(fact: PublicationFact, calendar: WorkingCalendar): number {
  return Math.max(0, calendar.workingDaysBetween(fact.generatedOn, fact.publishedOn));
}

function assessTimeliness(days: readonly number[]): Timeliness {
  if (days.length === 0) return { averageDays: null, maxDays: null, overLimit: 0 };
  const sum = days.reduce((a, b) => a + b, 0);
  return {
    averageDays: Math.round((sum / days.length) * 10) / 10,
    maxDays: Math.max(...days),
    overLimit: days.filter((d) => d > PUBLICATION_WORKING_DAYS).length,
  };
}

const within = (date: IsoDate | null, bounds: { first: IsoDate; last: IsoDate }): date is IsoDate =>
  date !== null && date >= bounds.first && date <= bounds.last;

/** Whether an application counts as 逾期 in the month (see the module comment). */
export function isOverdueInMonth(application: ApplicationFact, month: YearMonth): boolean {
  const bounds = monthBounds(month);
  const { receivedOn, concludedOn, dueOn } = application;
  if (receivedOn === null || receivedOn > bounds.last || dueOn === null) return false;
  if (concludedOn !== null && concludedOn < bounds.first) return false;
  if (within(concludedOn, bounds)) return concludedOn > dueOn;
  return dueOn < bounds.last;
}

function countApplications(applications: readonly ApplicationFact[], month: YearMonth) {
  const bounds = monthBounds(month);
  return {
    received: applications.filter((a) => within(a.receivedOn, bounds)).length,
    concluded: applications.filter((a) => a.receivedOn !== null && within(a.concludedOn, bounds)).length,
    overdue: applications.filter((a) => isOverdueInMonth(a, month)).length,
  };
}

function countMonth(publications: readonly PublicationFact[], applications: readonly ApplicationFact[], month: YearMonth, calendar: WorkingCalendar) {
  const inMonth = publications.filter((p) => monthOf(p.publishedOn) === month);
  return {
    published: inMonth.length,
    ...assessTimeliness(inMonth.map((p) => publicationWorkingDays(p, calendar))),
    ...countApplications(applications, month),
  };
}

function historyOf(publications: readonly PublicationFact[], month: YearMonth) {
  return Array.from({ length: CHART_MONTHS }, (_, i) => {
    const m = shiftMonth(month, i - CHART_MONTHS + 1);
    return { month: m, published: publications.filter((p) => monthOf(p.publishedOn) === m).length };
  });
}

function buildRow(publications: readonly PublicationFact[], applications: readonly ApplicationFact[], month: YearMonth, calendar: WorkingCalendar) {
  const current = countMonth(publications, applications, month, calendar);
  const before = shiftMonth(month, -1);
  const previous = {
    published: publications.filter((p) => monthOf(p.publishedOn) === before).length,
    received: countApplications(applications, before).received,
  };
  return { ...current, previous, history: historyOf(publications, month) };
}

/** The 通报 for `month`: one row per unit, in the order given (the unit tree's), and the 合计 row. */
export function buildMonthlyReport(units: readonly UnitMonthFacts[], month: YearMonth, calendar: WorkingCalendar): MonthlyReport {
  const rows = units.map((unit) => ({
    unitId: unit.unitId,
    unitName: unit.unitName,
    staleColumns: unit.staleColumns,
    failedLinks: unit.failedLinks ?? null,
    ...buildRow(unit.publications, unit.applications, month, calendar),
  }));
  const total = {
    staleColumns: units.reduce((sum, unit) => sum + unit.staleColumns, 0),
    // The units checked so far; 未检查 only when none was.
    failedLinks: units.some((unit) => unit.failedLinks != null) ? units.reduce((sum, unit) => sum + (unit.failedLinks ?? 0), 0) : null,
    ...buildRow(
      units.flatMap((unit) => unit.publications),
      units.flatMap((unit) => unit.applications),
      month,
      calendar,
    ),
  };
  return { month, rows, total };
}

/** The month-over-month change as shown: ↑3, ↓2 or 持平. */
export function formatChange(current: number, previous: number): string {
  const change = current - previous;
  return change > 0 ? `↑${change}` : change < 0 ? `↓${-change}` : "持平";
}

/** The same change in words, for screen readers and the CSV: 较上月增加 3, 较上月减少 2, 与上月持平. */
export function describeChange(current: number, previous: number): string {
  const change = current - previous;
  return change > 0 ? `较上月增加 ${change}` : change < 0 ? `较上月减少 ${-change}` : "与上月持平";
}

export const MONTHLY_SORT_KEYS = [
  "unit",
  "published",
  "change",
  "averageDays",
  "maxDays",
  "overLimit",
  "received",
  "concluded",
  "overdue",
  "staleColumns",
] as const;
export type MonthlySortKey = (typeof MONTHLY_SORT_KEYS)[number];
export type SortDirection = "asc" | "desc";

export const MONTHLY_SORT_LABELS: Record<MonthlySortKey, string> = {
  unit: "单位",
  published: "公开数量",
  change: "较上月",
  averageDays: "平均用时（工作日）",
  maxDays: "最长用时（工作日）",
  overLimit: "超过20个工作日",
  received: "收到申请",
  concluded: "办结",
  overdue: "逾期",
  staleColumns: "未及时更新栏目",
};

/** The value a column sorts by; null (no publication) sorts last in either direction. */
function sortValue(row: MonthlyRow, key: Exclude<MonthlySortKey, "unit">): number | null {
  return key === "change" ? row.published - row.previous.published : row[key];
}

/**
 * The rows sorted by a column. `unit` is the order given (the unit tree's), reversed for `desc`; other
 * columns sort by number, ties keep the tree order, and a unit without publications has no average or
 * maximum and comes last whichever the direction.
 */
export function sortMonthlyRows(rows: readonly MonthlyRow[], key: MonthlySortKey, direction: SortDirection): MonthlyRow[] {
  const indexed = rows.map((row, index) => ({ row, index }));
  const sign = direction === "asc" ? 1 : -1;
  indexed.sort((a, b) => {
    if (key === "unit") return sign * (a.index - b.index);
    const [x, y] = [sortValue(a.row, key), sortValue(b.row, key)];
    if (x === null || y === null) return x === y ? a.index - b.index : x === null ? 1 : -1;
    return x === y ? a.index - b.index : sign * (x - y);
  });
  return indexed.map(({ row }) => row);
}

/** Shown for 链接检查失败 of a unit no link check has covered yet: there is no number to show. */
export const LINKS_NOT_CHECKED = "未检查";

/** The 链接检查失败 cell: the count, or 未检查. */
export const formatFailedLinks = (failedLinks: number | null): number | string => failedLinks ?? LINKS_NOT_CHECKED;

const CSV_HEADER = [
  "单位",
  "公开数量",
  "上月公开数量",
  "较上月",
  "平均用时（工作日）",
  "最长用时（工作日）",
  "超过20个工作日",
  "收到申请",
  "上月收到申请",
  "办结",
  "逾期",
  "链接检查失败",
  "未及时更新栏目",
];

/**
 * The 通报 table as CSV, rows in the order given and the 合计 row last. UTF-8 with a byte-order mark and CRLF
 * line ends for Excel, formulas neutralised, like lib/search/csv.ts. A missing average or maximum is an
 * empty cell, and the change is a signed number.
 */
export function monthlyReportCsv(report: MonthlyReport, rows: readonly MonthlyRow[] = report.rows): string {
  const line = (name: string, row: Omit<MonthlyRow, "unitId" | "unitName">) => [
    name,
    row.published,
    row.previous.published,
    row.published - row.previous.published,
    row.averageDays ?? "",
    row.maxDays ?? "",
    row.overLimit,
    row.received,
    row.previous.received,
    row.concluded,
    row.overdue,
    formatFailedLinks(row.failedLinks),
    row.staleColumns,
  ];
  return stringify(
    [[`${formatYearMonth(report.month)}政府信息公开工作月度通报`], CSV_HEADER, ...rows.map((r) => line(r.unitName, r)), line("合计", report.total)],
    { ...CSV_OPTIONS, bom: true },
  );
}
