/**
 * Exports of the admin lists (entries, applications, audit log) as CSV or XLSX: the formats, the
 * columns as data, and the file name. Pure; the writers are in write.ts, the queries in service.ts.
 */
import { z } from "zod";
import { formatDate } from "@/lib/format";

export const EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** `?format=` of an export link; anything else is CSV. */
export const exportFormatSchema = z.enum(EXPORT_FORMATS).catch("csv");

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export type Cell = string | number | null;

/** One column of an export: its Chinese header, the cell of a row, and a width in characters for XLSX. */
export interface ExportColumn<T> {
  header: string;
  cell: (row: T) => Cell;
  width?: number;
}

export const cellsOf = <T>(columns: readonly ExportColumn<T>[], row: T): Cell[] => columns.map((c) => c.cell(row));

/**
 * "信息发布-全部信息-20261123.xlsx": the list, the date of the export in China time. `ascii` is the
 * fallback name for clients that ignore RFC 5987 `filename*` ("entries-20261123.xlsx").
 */
export function exportFilename(title: string, asciiTitle: string, now: Date, format: ExportFormat): { filename: string; ascii: string } {
  const day = formatDate(now).replaceAll("-", "");
  return { filename: `${title}-${day}.${format}`, ascii: `${asciiTitle}-${day}.${format}` };
}

/** The filters of an export as one line for its audit row, e.g. "state=PUBLISHED, q=预算" ("无" when none). */
export function describeFilters(filters: Record<string, unknown>): string {
  const set = Object.entries(filters).filter(([, v]) => v !== undefined && v !== null && v !== "");
  return set.length ? set.map(([k, v]) => `${k}=${String(v)}`).join(", ") : "无";
}
