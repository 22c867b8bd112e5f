/**
 * Streaming writers for the exports: rows arrive in batches from a cursor and leave as bytes, so a
 * list of 100,000 rows never sits in memory at once. CSV goes through csv-stringify with the site's
 * CSV rules (lib/search/csv.ts: byte-order mark, CRLF, formula-looking cells made text); XLSX through
 * exceljs's streaming WorkbookWriter, which commits each row as it is written.
 */
import { once } from "node:events";
import { PassThrough, Readable } from "node:stream";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { CSV_OPTIONS } from "@/lib/search/csv";
import { cellsOf, type ExportColumn, type ExportFormat } from "./model";

export const EXPORT_BATCH_SIZE = 500;

/**
 * The rows of a query in batches of `size` (EXPORT_BATCH_SIZE when undefined), by cursor: `fetch(after,
 * size)` returns up to `size` rows following the row with id `after` (from the start when undefined) in
 * the list's order.
 */
export async function* inBatches<T extends { id: I }, I>(size: number | undefined, fetch: (after: I | undefined, size: number) => Promise<T[]>) {
  size ??= EXPORT_BATCH_SIZE;
  let after: I | undefined;
  for (;;) {
    const rows = await fetch(after, size);
    if (rows.length) yield rows;
    if (rows.length < size) return;
    after = rows.at(-1)!.id;
  }
}

/** Prisma's arguments for "the rows after the one with id `after`" (all rows when undefined). */
export const rowsAfter = <I>(after: I | undefined): { cursor?: { id: I }; skip?: number } => (after === undefined ? {} : { cursor: { id: after }, skip: 1 });

async function* csvChunks<T>(columns: readonly ExportColumn<T>[], batches: AsyncIterable<T[]>): AsyncGenerator<Buffer> {
  yield Buffer.from(stringify([columns.map((c) => c.header)], { ...CSV_OPTIONS, bom: true }));
  for await (const rows of batches)
    yield Buffer.from(
      stringify(
        rows.map((row) => cellsOf(columns, row)),
        CSV_OPTIONS,
      ),
    );
}

/**
 * XLSX into `out`: one sheet with a bold, frozen header row. Cells are written as text or numbers,
 * never as formulas, so a title starting with "=" stays a title. Waits for `out` to drain after each
 * batch, so a slow download holds back the database reads instead of filling memory.
 */
async function writeXlsx<T>(out: PassThrough, sheetName: string, columns: readonly ExportColumn<T>[], batches: AsyncIterable<T[]>) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({ key: String(i), header: c.header, width: c.width ?? 14 }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for await (const rows of batches) {
    for (const row of rows) sheet.addRow(cellsOf(columns, row)).commit();
    if (out.writableNeedDrain) await once(out, "drain");
  }
  sheet.commit();
  await workbook.commit();
}

/** The export as a web stream for a Response body. */
export function exportStream<T>(
  format: ExportFormat,
  { sheetName, columns, batches }: { sheetName: string; columns: readonly ExportColumn<T>[]; batches: AsyncIterable<T[]> },
): ReadableStream<Uint8Array> {
  if (format === "csv") return Readable.toWeb(Readable.from(csvChunks(columns, batches))) as ReadableStream<Uint8Array>;
  const out = new PassThrough();
  writeXlsx(out, sheetName, columns, batches).catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
