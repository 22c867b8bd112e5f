/**
 * Drill-down from a computed cell of the annual report to the records it counts: the filter written into a
 * link and read back (`entries.RULE.published`, `requests.NATURAL_PERSON.GRANTED`, `requests.all.concluded`),
 * and the cell's name for the page. Pure.
 */
import { APPLICANT_TYPES, type ApplicantType } from "@/lib/requests/model";
import {
  ARTICLE_20_ITEM_ONE,
  DOCUMENT_EVENTS,
  DOCUMENT_KINDS,
  TABLE_THREE_ROWS,
  TABLE_TWO_COLUMN_LABELS,
  TABLE_TWO_ROW_LABELS,
  tableThreeColumnLabel,
  tableThreeRowLabel,
  type DocumentEvent,
  type DocumentKind,
  type DrillFilter,
  type TableThreeRowKey,
} from "./annual";

const ALL_APPLICANTS = "all";

export function drillParam(drill: DrillFilter): string {
  return drill.kind === "entries" ? `entries.${drill.topic}.${drill.event}` : `requests.${drill.applicantType ?? ALL_APPLICANTS}.${drill.row}`;
}

const isOneOf = <T extends string>(values: readonly T[], value: string | undefined): value is T => (values as readonly string[]).includes(value ?? "");

/** The filter `drillParam` wrote, for the report of `year`; null for anything else. */
export function parseDrillParam(param: string, year: number): DrillFilter | null {
  const [kind, first, second, ...rest] = param.split(".");
  if (rest.length) return null;
  if (kind === "entries" && isOneOf<DocumentKind>(DOCUMENT_KINDS, first) && isOneOf<DocumentEvent>(DOCUMENT_EVENTS, second))
    return { kind, article20Item: ARTICLE_20_ITEM_ONE, topic: first, event: second, year };
  if (
    kind === "requests" &&
    (first === ALL_APPLICANTS || isOneOf<ApplicantType>(APPLICANT_TYPES, first)) &&
    isOneOf<TableThreeRowKey>(TABLE_THREE_ROWS, second)
  )
    return { kind, applicantType: first === ALL_APPLICANTS ? null : first, row: second, year };
  return null;
}

/** The cell's name as a reader of the report finds it: table, row and column. */
export function drillLabel(drill: DrillFilter): string {
  if (drill.kind === "entries") return `表二 第二十条第（一）项 ${TABLE_TWO_ROW_LABELS[drill.topic]}「${TABLE_TWO_COLUMN_LABELS[drill.event]}」`;
  return `表三 ${tableThreeRowLabel(drill.row)}「${tableThreeColumnLabel(drill.applicantType ?? "total")}」`;
}
