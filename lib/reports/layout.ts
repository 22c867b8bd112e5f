/**
 * The annual report's tables as rows of header and number cells in the official layout: one description that
 * the admin page (React, with drill-down links and flagged cells) and the published report (plain HTML, in
 * lib/reports/publication.ts) both render, so the two cannot drift apart. Pure.
 */
import { APPLICANT_TYPE_LABELS } from "@/lib/requests/model";
import {
  ANNUAL_TABLE_TITLES,
  APPEAL_GROUP_LABELS,
  APPEAL_GROUPS,
  APPEAL_RESULT_LABELS,
  APPEAL_RESULTS,
  LITIGATION_HEADING,
  TABLE_THREE_APPLICANTS_HEADING,
  TABLE_THREE_COLUMNS,
  TABLE_THREE_LINES,
  TABLE_THREE_NOTE,
  TABLE_TWO_COLUMN_LABELS,
  TABLE_TWO_CONTENT_HEADING,
  TABLE_TWO_ROW_LABELS,
  TABLE_TWO_SECTIONS,
  TOTAL_LABEL,
  type AnnualReport,
  type AnnualTableId,
  type CellRef,
  type ReportCell,
} from "./annual";

export interface HeaderCell {
  kind: "header";
  text: string;
  scope: "col" | "colgroup" | "row";
  colSpan?: number;
  rowSpan?: number;
}

/** A number of the report, with where it sits (for flags and links). */
export interface NumberCell {
  kind: "number";
  cell: ReportCell;
  at: CellRef;
}

export interface LayoutTable {
  caption: string;
  head: HeaderCell[][];
  body: (HeaderCell | NumberCell)[][];
}

export interface LayoutSection {
  id: AnnualTableId;
  title: string;
  tables: LayoutTable[];
}

const header = (text: string, scope: HeaderCell["scope"], span: { colSpan?: number; rowSpan?: number } = {}): HeaderCell => ({
  kind: "header",
  text,
  scope,
  ...span,
});
const number = (cell: ReportCell, row: string, column: string): NumberCell => ({ kind: "number", cell, at: { row, column } });

function tableTwo(report: AnnualReport): LayoutTable[] {
  // Table 二's rows have different columns; looked up by the keys TABLE_TWO_SECTIONS lists.
  const cells = report.two.cells as unknown as Record<string, Record<string, ReportCell>>;
  return TABLE_TWO_SECTIONS.map((section) => ({
    caption: section.caption,
    head: [[header(TABLE_TWO_CONTENT_HEADING, "col"), ...section.columns.map((column) => header(TABLE_TWO_COLUMN_LABELS[column], "col"))]],
    body: section.rows.map((row) => [header(TABLE_TWO_ROW_LABELS[row], "row"), ...section.columns.map((column) => number(cells[row]![column]!, row, column))]),
  }));
}

function tableThree(report: AnnualReport): LayoutTable {
  return {
    caption: TABLE_THREE_NOTE,
    head: [
      [header("项目", "col", { rowSpan: 2 }), header(TABLE_THREE_APPLICANTS_HEADING, "colgroup", { colSpan: TABLE_THREE_COLUMNS.length })],
      TABLE_THREE_COLUMNS.map((column) => header(column === "total" ? TOTAL_LABEL : APPLICANT_TYPE_LABELS[column], "col")),
    ],
    body: TABLE_THREE_LINES.map((line) => [
      header(line.labels.filter(Boolean).join(" "), "row"),
      ...TABLE_THREE_COLUMNS.map((column) => number(report.three.cells[line.row][column], line.row, column)),
    ]),
  };
}

function tableFour(report: AnnualReport): LayoutTable {
  const width = APPEAL_RESULTS.length;
  return {
    caption: "",
    head: [
      [header(APPEAL_GROUP_LABELS.REVIEW, "colgroup", { colSpan: width, rowSpan: 2 }), header(LITIGATION_HEADING, "colgroup", { colSpan: width * 2 })],
      [header(APPEAL_GROUP_LABELS.SUIT_DIRECT, "colgroup", { colSpan: width }), header(APPEAL_GROUP_LABELS.SUIT_AFTER_REVIEW, "colgroup", { colSpan: width })],
      APPEAL_GROUPS.flatMap(() => APPEAL_RESULTS.map((result) => header(APPEAL_RESULT_LABELS[result], "col"))),
    ],
    body: [APPEAL_GROUPS.flatMap((group) => APPEAL_RESULTS.map((result) => number(report.four.cells[group][result], group, result)))],
  };
}

/** Tables 二, 三 and 四 in report order, each under its title. */
export function annualReportLayout(report: AnnualReport): LayoutSection[] {
  return [
    { id: "two", title: ANNUAL_TABLE_TITLES.two, tables: tableTwo(report) },
    { id: "three", title: ANNUAL_TABLE_TITLES.three, tables: [tableThree(report)] },
    { id: "four", title: ANNUAL_TABLE_TITLES.four, tables: [tableFour(report)] },
  ];
}
