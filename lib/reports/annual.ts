/**
 * Tables 二, 三 and 四 of the statutory annual report on government information disclosure (政府信息公开工作年度报告)
 * in the format of 国办公开办函〔2021〕30号 (domain.md §5): built from plain facts, checked, added up over the
 * units of a subtree, and written as CSV.
 *
 * Every cell says where its number comes from. A computed cell counts catalogue entries or applications and
 * carries a `DrillFilter` naming the records it counts, so a page can link to them. An entered cell holds what
 * staff typed in (the catalogue does not hold licensing, penalty or enforcement decisions, fees collected, or
 * appeals); a number not yet entered stays null, a gap the checks report, never a zero.
 *
 * Pure: no I/O, no clock. A loader turns the entries and requests of a unit subtree into facts and calls this.
 */
import { stringify } from "csv-stringify/sync";
import { CSV_OPTIONS } from "@/lib/search/csv";
import type { IsoDate } from "@/lib/requests/dates";
import {
  APPLICANT_TYPE_LABELS,
  APPLICANT_TYPES,
  isOrganisation,
  ORGANISATION_COLUMNS_HEADING,
  OUTCOME_GROUPS,
  OUTCOME_INFO,
  REQUEST_OUTCOMES,
  type ApplicantType,
  type RequestOutcome,
} from "@/lib/requests/model";
import { placeInYear, tabulateRequests, type RequestRow, type TableThree } from "@/lib/requests/statistics";

// ---------------------------------------------------------------------------------------------------------
// Cells
// ---------------------------------------------------------------------------------------------------------

/** 条例第二十条第（一）项 (ARTICLE_20_ITEMS in lib/entries/model.ts): the only item table 二 counts from the catalogue. */
export const ARTICLE_20_ITEM_ONE = "A20_01";

/** 规章 and 行政规范性文件, the two rows of 第二十条第（一）项. */
export const DOCUMENT_KINDS = ["RULE", "NORMATIVE"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The columns of 第二十条第（一）项: 本年制发, 本年废止, 现行有效. */
export const DOCUMENT_EVENTS = ["published", "repealed", "valid"] as const;
export type DocumentEvent = (typeof DOCUMENT_EVENTS)[number];

/** Entries filed under 第二十条第（一）项 with the given topic, published or repealed in `year`, or valid on 31 December. */
export interface EntryDrill {
  kind: "entries";
  article20Item: typeof ARTICLE_20_ITEM_ONE;
  topic: DocumentKind;
  event: DocumentEvent;
  year: number;
}

/** Applications of one applicant type (null: all of them) in one row of table 三, as `tabulateRequests` counts them. */
export interface RequestDrill {
  kind: "requests";
  applicantType: ApplicantType | null;
  row: TableThreeRowKey;
  year: number;
}

export type DrillFilter = EntryDrill | RequestDrill;

export interface ComputedCell {
  value: number;
  source: "computed";
  drill?: DrillFilter;
}

/** A number staff entered; null until they do. */
export interface EnteredCell {
  value: number | null;
  source: "entered";
}

export type ReportCell = ComputedCell | EnteredCell;

/** Any table's cells, by row key and column key. */
type Grid = Record<string, Record<string, ReportCell>>;

const entered = (value: number | null | undefined): EnteredCell => ({ value: value ?? null, source: "entered" });

function cellAt(grid: Grid, row: string, column: string): ReportCell {
  const cell = grid[row]?.[column];
  if (!cell) throw new RangeError(`No cell at ${row}/${column}`);
  return cell;
}

/** A grid of the same shape with every cell replaced. */
function mapGrid<G extends Grid>(grid: G, cellFor: (row: string, column: string) => ReportCell): G {
  const rows = Object.entries(grid).map(([row, columns]) => [row, Object.fromEntries(Object.keys(columns).map((column) => [column, cellFor(row, column)]))]);
  return Object.fromEntries(rows) as G;
}

function byKey<K extends string, V>(keys: readonly K[], valueFor: (key: K) => V): Record<K, V> {
  return Object.fromEntries(keys.map((key) => [key, valueFor(key)])) as Record<K, V>;
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

export const ANNUAL_TABLE_TITLES = {
  two: "二、主动公开政府信息情况",
  three: "三、收到和处理政府信息公开申请情况",
  four: "四、政府信息公开行政复议、行政诉讼情况",
} as const;
export type AnnualTableId = keyof typeof ANNUAL_TABLE_TITLES;

// ---------------------------------------------------------------------------------------------------------
// Table 二: 主动公开政府信息情况
// ---------------------------------------------------------------------------------------------------------

/** 行政许可 (第二十条第（五）项), 行政处罚 and 行政强制 (第（六）项): decisions taken this year, entered by staff. */
export const DECISION_KINDS = ["LICENSING", "PENALTY", "COERCION"] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export type TableTwoRowKey = DocumentKind | DecisionKind | "FEES";
export type TableTwoColumnKey = DocumentEvent | "decisions" | "amount";

export type TableTwoCells = Record<DocumentKind, Record<DocumentEvent, ComputedCell>> &
  Record<DecisionKind, { decisions: EnteredCell }> & { FEES: { amount: EnteredCell } };

export interface AnnualTableTwo {
  id: "two";
  year: number;
  cells: TableTwoCells;
}

export const TABLE_TWO_ROW_LABELS: Record<TableTwoRowKey, string> = {
  RULE: "规章",
  NORMATIVE: "行政规范性文件",
  LICENSING: "行政许可",
  PENALTY: "行政处罚",
  COERCION: "行政强制",
  FEES: "行政事业性收费",
};

export const TABLE_TWO_COLUMN_LABELS: Record<TableTwoColumnKey, string> = {
  published: "本年制发件数",
  repealed: "本年废止件数",
  valid: "现行有效件数",
  decisions: "本年处理决定数量",
  amount: "本年收费金额（单位：万元）",
};

/** The four sub-tables of table 二 in report order, each under its caption with a 信息内容 column first. */
export const TABLE_TWO_SECTIONS: readonly { caption: string; rows: readonly TableTwoRowKey[]; columns: readonly TableTwoColumnKey[] }[] = [
  { caption: "第二十条第（一）项", rows: DOCUMENT_KINDS, columns: DOCUMENT_EVENTS },
  { caption: "第二十条第（五）项", rows: ["LICENSING"], columns: ["decisions"] },
  { caption: "第二十条第（六）项", rows: ["PENALTY", "COERCION"], columns: ["decisions"] },
  { caption: "第二十条第（八）项", rows: ["FEES"], columns: ["amount"] },
];

export const TABLE_TWO_CONTENT_HEADING = "信息内容";

/** The 主题分类 names (prisma/seed/categories.ts) that make an entry a 规章 or a 行政规范性文件. */
export const TOPIC_DOCUMENT_KINDS: Readonly<Record<string, DocumentKind>> = { 规章: "RULE", 行政规范性文件: "NORMATIVE" };

/** The table-二 kind of an entry filed under the topic `topicName`, or null for any other topic. */
export function documentKindOfTopic(topicName: string): DocumentKind | null {
  return TOPIC_DOCUMENT_KINDS[topicName] ?? null;
}

/** What table 二 needs to know of a catalogue entry; dates are China dates. */
export interface EntryFact {
  article20Item: string | null;
  kind: DocumentKind | null;
  publishedOn: IsoDate;
  repealedOn: IsoDate | null;
}

/** Numbers of table 二 the catalogue does not hold. `feeAmount` is in 万元, at most four decimals. */
export interface TableTwoInput {
  decisions?: Partial<Record<DecisionKind, number | null>>;
  feeAmount?: number | null;
}

/**
 * Whether `entry` is one of the records `drill` counts. 制发 = published in the year; 废止 = repealed in the
 * year; 现行有效 = published by 31 December and not repealed by then (a repeal dated 31 December ends validity
 * that day). Only entries filed under 第二十条第（一）项 with a 规章 or 行政规范性文件 topic count.
 */
export function matchesEntryDrill(entry: EntryFact, drill: EntryDrill): boolean {
  if (entry.article20Item !== drill.article20Item || entry.kind !== drill.topic) return false;
  const start = `${drill.year}-01-01`;
  const end = `${drill.year}-12-31`;
  const within = (date: IsoDate | null) => date !== null && date >= start && date <= end;
  switch (drill.event) {
    case "published":
      return within(entry.publishedOn);
    case "repealed":
      return within(entry.repealedOn);
    case "valid":
      return entry.publishedOn <= end && (entry.repealedOn === null || entry.repealedOn > end);
  }
}

/** Whether application `row` is one of those `drill` counts in table 三 (the same placement `tabulateRequests` uses). */
export function matchesRequestDrill(row: RequestRow, drill: RequestDrill): boolean {
  if (drill.applicantType !== null && row.applicantType !== drill.applicantType) return false;
  const place = placeInYear(row, drill.year);
  if (!place) return false;
  return drill.row === place.entered || drill.row === place.left || (drill.row === "concluded" && place.left !== "carriedForward");
}

function countEntries(entries: readonly EntryFact[], drill: EntryDrill): ComputedCell {
  return { value: entries.filter((entry) => matchesEntryDrill(entry, drill)).length, source: "computed", drill };
}

/** Table 二 of `year`: 第（一）项 counted from the catalogue, 第（五）（六）（八）项 as entered. */
export function buildTableTwo(entries: readonly EntryFact[], input: TableTwoInput, year: number): AnnualTableTwo {
  const documents = (topic: DocumentKind) =>
    byKey(DOCUMENT_EVENTS, (event) => countEntries(entries, { kind: "entries", article20Item: ARTICLE_20_ITEM_ONE, topic, event, year }));
  const decisions = (kind: DecisionKind) => ({ decisions: entered(input.decisions?.[kind]) });
  const cells: TableTwoCells = {
    RULE: documents("RULE"),
    NORMATIVE: documents("NORMATIVE"),
    LICENSING: decisions("LICENSING"),
    PENALTY: decisions("PENALTY"),
    COERCION: decisions("COERCION"),
    FEES: { amount: entered(input.feeAmount) },
  };
  return { id: "two", year, cells };
}

// ---------------------------------------------------------------------------------------------------------
// Table 三: 收到和处理政府信息公开申请情况
// ---------------------------------------------------------------------------------------------------------

export type TableThreeRowKey = "newThisYear" | "carriedOver" | RequestOutcome | "concluded" | "carriedForward";
export type TableThreeColumnKey = ApplicantType | "total";

/** The seven number columns: the six applicant types in report order, then 总计. */
export const TABLE_THREE_COLUMNS: readonly TableThreeColumnKey[] = [...APPLICANT_TYPES, "total"];

export interface AnnualTableThree {
  id: "three";
  year: number;
  cells: Record<TableThreeRowKey, Record<TableThreeColumnKey, ComputedCell>>;
}

/** Top-left caption of table 三: the balance every column must satisfy. */
export const TABLE_THREE_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
export const TABLE_THREE_APPLICANTS_HEADING = "申请人情况";
export const TOTAL_LABEL = "总计";

const RESULTS_HEADING = "三、本年度办理结果";

/**
 * One number row of table 三 with its three label levels, as the official table nests them: section, result
 * group （一）…（七）, item within the group ("" where a level does not apply).
 */
export interface TableThreeLine {
  row: TableThreeRowKey;
  labels: readonly [string, string, string];
}

export const TABLE_THREE_LINES: readonly TableThreeLine[] = [
  { row: "newThisYear", labels: ["一、本年新收政府信息公开申请数量", "", ""] },
  { row: "carriedOver", labels: ["二、上年结转政府信息公开申请数量", "", ""] },
  ...OUTCOME_GROUPS.flatMap((group) =>
    group.outcomes.map((outcome): TableThreeLine => {
      const item = group.outcomes.length > 1 ? OUTCOME_INFO[outcome].reportLabel : "";
      return { row: outcome, labels: [RESULTS_HEADING, group.reportLabel, item] };
    }),
  ),
  { row: "concluded", labels: [RESULTS_HEADING, `（七）${TOTAL_LABEL}`, ""] },
  { row: "carriedForward", labels: ["四、结转下年度继续办理", "", ""] },
];

export const TABLE_THREE_ROWS: readonly TableThreeRowKey[] = TABLE_THREE_LINES.map((line) => line.row);

const isOutcomeRow = (row: TableThreeRowKey): row is RequestOutcome => (REQUEST_OUTCOMES as readonly string[]).includes(row);

function requestCell(stats: TableThree, row: TableThreeRowKey, column: TableThreeColumnKey, year: number): ComputedCell {
  const counts = isOutcomeRow(row) ? stats.outcomes[row] : stats[row];
  const applicantType = column === "total" ? null : column;
  return { value: counts[column], source: "computed", drill: { kind: "requests", applicantType, row, year } };
}

/** Table 三 of `year` in the official layout, from the counts `tabulateRequests(rows, year)` made. */
export function buildTableThree(stats: TableThree, year: number): AnnualTableThree {
  const cells = byKey(TABLE_THREE_ROWS, (row) => byKey(TABLE_THREE_COLUMNS, (column) => requestCell(stats, row, column, year)));
  return { id: "three", year, cells };
}

// ---------------------------------------------------------------------------------------------------------
// Table 四: 政府信息公开行政复议、行政诉讼情况
// ---------------------------------------------------------------------------------------------------------

/** 行政复议; 行政诉讼 split into 未经复议直接起诉 and 复议后起诉. */
export const APPEAL_GROUPS = ["REVIEW", "SUIT_DIRECT", "SUIT_AFTER_REVIEW"] as const;
export type AppealGroup = (typeof APPEAL_GROUPS)[number];

/** The four results whose sum is the 总计 of each group. */
export const APPEAL_PARTS = ["upheld", "corrected", "other", "pending"] as const;
export const APPEAL_RESULTS = [...APPEAL_PARTS, "total"] as const;
export type AppealResult = (typeof APPEAL_RESULTS)[number];

export interface AnnualTableFour {
  id: "four";
  year: number;
  cells: Record<AppealGroup, Record<AppealResult, EnteredCell>>;
}

export const APPEAL_GROUP_LABELS: Record<AppealGroup, string> = { REVIEW: "行政复议", SUIT_DIRECT: "未经复议直接起诉", SUIT_AFTER_REVIEW: "复议后起诉" };
export const LITIGATION_HEADING = "行政诉讼";
export const APPEAL_RESULT_LABELS: Record<AppealResult, string> = {
  upheld: "结果维持",
  corrected: "结果纠正",
  other: "其他结果",
  pending: "尚未审结",
  total: TOTAL_LABEL,
};

export type TableFourInput = Partial<Record<AppealGroup, Partial<Record<AppealResult, number | null>>>>;

/** Table 四 of `year`: all 15 numbers are entered (the 总计 too; the checks compare it with its parts). */
export function buildTableFour(input: TableFourInput, year: number): AnnualTableFour {
  const cells = byKey(APPEAL_GROUPS, (group) => byKey(APPEAL_RESULTS, (result) => entered(input[group]?.[result])));
  return { id: "four", year, cells };
}

// ---------------------------------------------------------------------------------------------------------
// The report
// ---------------------------------------------------------------------------------------------------------

export type AnnualTable = AnnualTableTwo | AnnualTableThree | AnnualTableFour;

export interface AnnualReport {
  year: number;
  two: AnnualTableTwo;
  three: AnnualTableThree;
  four: AnnualTableFour;
}

export interface AnnualReportInput {
  year: number;
  entries: readonly EntryFact[];
  requests: readonly RequestRow[];
  entered: { two?: TableTwoInput; four?: TableFourInput };
}

/** Tables 二, 三 and 四 of one unit (or one subtree, if the facts cover it) for `year`. */
export function buildAnnualReport({ year, entries, requests, entered: input }: AnnualReportInput): AnnualReport {
  return {
    year,
    two: buildTableTwo(entries, input.two ?? {}, year),
    three: buildTableThree(tabulateRequests(requests, year), year),
    four: buildTableFour(input.four ?? {}, year),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Roll-up
// ---------------------------------------------------------------------------------------------------------

/** Entered amounts are whole counts or 万元 with four decimals: rounding keeps 0.1 + 0.2 at 0.3. */
const roundToFourDecimals = (value: number) => Math.round(value * 10_000) / 10_000;

function addCells(a: ReportCell, b: ReportCell): ReportCell {
  if (a.source === "computed" && b.source === "computed") return { ...a, value: a.value + b.value };
  if (a.source === "entered" && b.source === "entered") {
    // A gap in any unit leaves the total unknown.
    return entered(a.value === null || b.value === null ? null : roundToFourDecimals(a.value + b.value));
  }
  throw new RangeError("Cannot add a computed cell to an entered one");
}

function sumGrids<G extends Grid>(first: G, rest: readonly G[]): G {
  return rest.reduce((total, grid) => mapGrid(total, (row, column) => addCells(cellAt(total, row, column), cellAt(grid, row, column))), first);
}

/**
 * The report of several units added cell by cell, e.g. the district report over a unit subtree. Computed cells
 * stay computed and keep their drill filter (it names no unit: the page scopes it to the subtree); entered cells
 * add entered values, and a gap in any unit is a gap in the sum. Throws RangeError on no reports or mixed years.
 */
export function rollUpReports(reports: readonly AnnualReport[]): AnnualReport {
  const [first, ...rest] = reports;
  if (!first) throw new RangeError("rollUpReports needs at least one report");
  if (rest.some((report) => report.year !== first.year)) throw new RangeError("rollUpReports needs reports of one year");
  return {
    year: first.year,
    two: {
      ...first.two,
      cells: sumGrids(
        first.two.cells,
        rest.map((report) => report.two.cells),
      ),
    },
    three: {
      ...first.three,
      cells: sumGrids(
        first.three.cells,
        rest.map((report) => report.three.cells),
      ),
    },
    four: {
      ...first.four,
      cells: sumGrids(
        first.four.cells,
        rest.map((report) => report.four.cells),
      ),
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------------------

export interface CellRef {
  row: string;
  column: string;
}

/** gap: an entered number is missing; invalid: it is not a permitted number; imbalance: a 勾稽关系 fails. */
export type ProblemKind = "gap" | "invalid" | "imbalance";

export interface ReportProblem {
  table: AnnualTableId;
  kind: ProblemKind;
  /** The cells involved; for an imbalance the total that disagrees comes first. */
  cells: CellRef[];
  message: string;
}

const problem = (table: AnnualTableId, kind: ProblemKind, cells: CellRef[], message: string): ReportProblem => ({ table, kind, cells, message });

const isFeeCell = (table: AnnualTableId, row: string) => table === "two" && row === "FEES";
const isCount = (value: number) => Number.isInteger(value) && value >= 0;
const isFeeAmount = (value: number) => Number.isFinite(value) && value >= 0 && roundToFourDecimals(value) === value;

function enteredCellLabel(table: AnnualTableId, row: string, column: string): string {
  if (table === "two") return `${TABLE_TWO_ROW_LABELS[row as TableTwoRowKey]}「${TABLE_TWO_COLUMN_LABELS[column as TableTwoColumnKey]}」`;
  return `${appealGroupLabel(row as AppealGroup)}「${APPEAL_RESULT_LABELS[column as AppealResult]}」`;
}

const appealGroupLabel = (group: AppealGroup) => (group === "REVIEW" ? APPEAL_GROUP_LABELS[group] : `${LITIGATION_HEADING}（${APPEAL_GROUP_LABELS[group]}）`);

/** Gaps and impermissible values among the entered cells of table 二 or 四. */
function checkEnteredCells(table: AnnualTableTwo | AnnualTableFour): ReportProblem[] {
  const grid: Grid = table.cells;
  return Object.entries(grid).flatMap(([row, columns]) =>
    Object.entries(columns).flatMap(([column, cell]): ReportProblem[] => {
      if (cell.source !== "entered") return [];
      const label = enteredCellLabel(table.id, row, column);
      const at = [{ row, column }];
      if (cell.value === null) return [problem(table.id, "gap", at, `${label}尚未填写`)];
      if (isFeeCell(table.id, row)) return isFeeAmount(cell.value) ? [] : [problem(table.id, "invalid", at, `${label}应为非负数，最多保留四位小数`)];
      return isCount(cell.value) ? [] : [problem(table.id, "invalid", at, `${label}应为非负整数`)];
    }),
  );
}

export function tableThreeColumnLabel(column: TableThreeColumnKey): string {
  if (column === "total") return TOTAL_LABEL;
  const label = APPLICANT_TYPE_LABELS[column];
  return isOrganisation(column) ? `${ORGANISATION_COLUMNS_HEADING}（${label}）` : label;
}

export function tableThreeRowLabel(row: TableThreeRowKey): string {
  const line = TABLE_THREE_LINES.find((candidate) => candidate.row === row);
  return line ? line.labels.filter((label) => label !== "").join(" ") : row;
}

/** Per column: 一 + 二 = （七） + 四 (the table's own caption). */
function checkThreeBalance(table: AnnualTableThree, column: TableThreeColumnKey): ReportProblem[] {
  const value = (row: TableThreeRowKey) => table.cells[row][column].value;
  const [received, concluded] = [value("newThisYear") + value("carriedOver"), value("concluded") + value("carriedForward")];
  if (received === concluded) return [];
  const cells = (["concluded", "carriedForward", "newThisYear", "carriedOver"] as const).map((row) => ({ row, column }));
  const message = `${tableThreeColumnLabel(column)}列：第一项加第二项之和（${received}）应等于第三项（七）总计加第四项之和（${concluded}）`;
  return [problem("three", "imbalance", cells, message)];
}

/** Per column: （七）总计 = the sum of the result rows （一）–（六）. */
function checkThreeConcluded(table: AnnualTableThree, column: TableThreeColumnKey): ReportProblem[] {
  const total = table.cells.concluded[column].value;
  const parts = sum(REQUEST_OUTCOMES.map((outcome) => table.cells[outcome][column].value));
  if (total === parts) return [];
  const cells = (["concluded", ...REQUEST_OUTCOMES] as const).map((row) => ({ row, column }));
  return [problem("three", "imbalance", cells, `${tableThreeColumnLabel(column)}列：（七）总计（${total}）应等于（一）至（六）各项之和（${parts}）`)];
}

/** Per row: 总计 = the sum of the six applicant columns. */
function checkThreeRowTotal(table: AnnualTableThree, row: TableThreeRowKey): ReportProblem[] {
  const total = table.cells[row].total.value;
  const parts = sum(APPLICANT_TYPES.map((type) => table.cells[row][type].value));
  if (total === parts) return [];
  const cells = TABLE_THREE_COLUMNS.map((column) => ({ row, column }));
  return [problem("three", "imbalance", cells, `${tableThreeRowLabel(row)}：总计（${total}）应等于各类申请人之和（${parts}）`)];
}

/** Per group of table 四: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
function checkFourTotal(table: AnnualTableFour, group: AppealGroup): ReportProblem[] {
  const row = table.cells[group];
  const parts = APPEAL_PARTS.map((part) => row[part].value);
  const total = row.total.value;
  // Gaps and invalid numbers are reported on their own; the sum is checked once all five are counts.
  if (total === null || !isCount(total) || !parts.every((value): value is number => value !== null && isCount(value))) return [];
  const partsSum = sum(parts);
  if (total === partsSum) return [];
  const cells = (["total", ...APPEAL_PARTS] as const).map((column) => ({ row: group, column }));
  return [problem("four", "imbalance", cells, `${appealGroupLabel(group)}：总计（${total}）应等于结果维持、结果纠正、其他结果、尚未审结之和（${partsSum}）`)];
}

/**
 * Everything that stops the report from being submitted: gaps and impermissible entered numbers (counts are
 * whole numbers ≥ 0; the fee amount is ≥ 0 with at most four decimals, in 万元), and the 勾稽关系 of tables 三
 * and 四 (domain.md §5). An empty list means the tables are complete and consistent.
 */
export function checkAnnualReport(report: AnnualReport): ReportProblem[] {
  return [
    ...checkEnteredCells(report.two),
    ...TABLE_THREE_COLUMNS.flatMap((column) => [...checkThreeBalance(report.three, column), ...checkThreeConcluded(report.three, column)]),
    ...TABLE_THREE_ROWS.flatMap((row) => checkThreeRowTotal(report.three, row)),
    ...checkEnteredCells(report.four),
    ...APPEAL_GROUPS.flatMap((group) => checkFourTotal(report.four, group)),
  ];
}

// ---------------------------------------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------------------------------------

type CsvRow = (string | number)[];

/** A gap is an empty cell, never 0. */
const csvValue = (cell: ReportCell): string | number => cell.value ?? "";

/** A merged heading: its text in the first cell, blanks in the cells it spans. */
const spanning = (label: string, width: number): string[] => [label, ...Array<string>(width - 1).fill("")];

function tableTwoCsvRows(table: AnnualTableTwo): CsvRow[] {
  const grid: Grid = table.cells;
  return TABLE_TWO_SECTIONS.flatMap((section) => [
    [section.caption],
    [TABLE_TWO_CONTENT_HEADING, ...section.columns.map((column) => TABLE_TWO_COLUMN_LABELS[column])],
    ...section.rows.map((row) => [TABLE_TWO_ROW_LABELS[row], ...section.columns.map((column) => csvValue(cellAt(grid, row, column)))]),
  ]);
}

/** The three header rows of table 三: note and 申请人情况; 自然人, 法人或其他组织, 总计; the five organisation types. */
function tableThreeCsvHeader(): CsvRow[] {
  const organisations = APPLICANT_TYPES.filter(isOrganisation);
  const individuals = APPLICANT_TYPES.filter((type) => !isOrganisation(type));
  return [
    [...spanning(TABLE_THREE_NOTE, 3), ...spanning(TABLE_THREE_APPLICANTS_HEADING, TABLE_THREE_COLUMNS.length)],
    ["", "", "", ...individuals.map((type) => APPLICANT_TYPE_LABELS[type]), ...spanning(ORGANISATION_COLUMNS_HEADING, organisations.length), TOTAL_LABEL],
    ["", "", "", ...individuals.map(() => ""), ...organisations.map((type) => APPLICANT_TYPE_LABELS[type]), ""],
  ];
}

function tableThreeCsvRows(table: AnnualTableThree): CsvRow[] {
  const body = TABLE_THREE_LINES.map((line) => [...line.labels, ...TABLE_THREE_COLUMNS.map((column) => csvValue(table.cells[line.row][column]))]);
  return [...tableThreeCsvHeader(), ...body];
}

function tableFourCsvRows(table: AnnualTableFour): CsvRow[] {
  const width = APPEAL_RESULTS.length;
  const resultLabels = APPEAL_RESULTS.map((result) => APPEAL_RESULT_LABELS[result]);
  const suits = APPEAL_GROUPS.filter((group) => group !== "REVIEW");
  return [
    [...spanning(APPEAL_GROUP_LABELS.REVIEW, width), ...spanning(LITIGATION_HEADING, width * suits.length)],
    [...resultLabels, ...suits.flatMap((group) => spanning(APPEAL_GROUP_LABELS[group], width))],
    [...spanning("", width), ...suits.flatMap(() => resultLabels)],
    APPEAL_GROUPS.flatMap((group) => APPEAL_RESULTS.map((result) => csvValue(table.cells[group][result]))),
  ];
}

/**
 * One table as CSV in the official layout: the section title, the official header rows (a merged heading is
 * written once, in its first cell), then the numbers; an entered number still missing is an empty cell.
 * UTF-8 with a byte-order mark and CRLF line ends, for Excel, like lib/search/csv.ts.
 */
export function annualTableCsv(table: AnnualTable): string {
  const rows = table.id === "two" ? tableTwoCsvRows(table) : table.id === "three" ? tableThreeCsvRows(table) : tableFourCsvRows(table);
  return stringify([[ANNUAL_TABLE_TITLES[table.id]], ...rows], { ...CSV_OPTIONS, bom: true });
}
