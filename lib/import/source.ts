/*
 * Reads the rows of an uploaded catalogue file as a stream: CSV through csv-parse (UTF-8 with or
 * without BOM, or GB18030/GBK, which old Chinese platforms and Excel on Chinese Windows export), XLSX
 * through exceljs's streaming WorkbookReader (first worksheet). Only a read buffer of the file is in
 * memory at a time, so a file of 100k rows costs no more than one of 100 (XLSX keeps its shared
 * string table, which the format puts before the rows).
 */
import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { Transform, type Readable } from "node:stream";
import { parse } from "csv-parse";
import ExcelJS from "exceljs";

export type SourceFormat = "CSV" | "XLSX";
export type SourceEncoding = "utf-8" | "gb18030";
export const SOURCE_ENCODINGS: Record<SourceEncoding, string> = { "utf-8": "UTF-8", gb18030: "GB18030 / GBK" };

export interface SourceFile {
  path: string;
  format: SourceFormat;
  encoding: SourceEncoding;
}

/** One row of the file: its number as a spreadsheet shows it (the header is row 1) and its cells as text. */
export interface SourceRow {
  row: number;
  cells: string[];
}

/** The format from the file's first bytes (an XLSX file is a ZIP), not from its name. */
export async function detectFormat(path: string): Promise<SourceFormat> {
  const head = await readHead(path, 4);
  return head.length === 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04 ? "XLSX" : "CSV";
}

async function readHead(path: string, bytes: number): Promise<Buffer> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * UTF-8 when the file starts with a BOM or its first 64 KiB are valid UTF-8 (a multi-byte character
 * cut at the end of the sample is allowed), otherwise GB18030, a superset of GBK and GB2312.
 */
export async function detectEncoding(path: string): Promise<SourceEncoding> {
  const head = await readHead(path, 64 * 1024);
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return "utf-8";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true });
    return "utf-8";
  } catch {
    return "gb18030";
  }
}

export const fileSize = async (path: string) => (await stat(path)).size;

/** Decodes a byte stream with a TextDecoder (Node's supports gb18030), keeping characters split across chunks. */
function decoding(encoding: SourceEncoding): Transform {
  const decoder = new TextDecoder(encoding);
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _encoding, done) {
      done(null, decoder.decode(chunk, { stream: true }));
    },
    flush(done) {
      done(null, decoder.decode());
    },
  });
}

/** A cell of exceljs as the text a person sees: dates as yyyy-mm-dd (with the time if it has one), rich text joined. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    // exceljs gives the displayed date as a UTC instant.
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
  }
  if (typeof value !== "object") return String(value);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("formula" in value || "sharedFormula" in value) return cellText((value as ExcelJS.CellFormulaValue).result);
  if ("text" in value) return typeof value.text === "string" ? value.text : cellText(value.text);
  return ""; // an error cell
}

/**
 * The rows of the file, header first, read as a stream. `onBytes` is told the file bytes read so far
 * (for the progress bar).
 */
export async function* readSourceRows(source: SourceFile, onBytes?: (bytesRead: number) => void): AsyncGenerator<SourceRow> {
  let bytesRead = 0;
  const input: Readable = createReadStream(source.path, { highWaterMark: 256 * 1024 }).on("data", (chunk) => {
    bytesRead += chunk.length;
    onBytes?.(bytesRead);
  });
  try {
    if (source.format === "CSV") {
      const parser = parse({ bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
      const text = source.encoding === "utf-8" ? input : input.pipe(decoding(source.encoding));
      text.on("error", (error) => parser.destroy(error));
      let row = 0;
      for await (const record of text.pipe(parser) as AsyncIterable<string[]>) yield { row: ++row, cells: record };
    } else {
      const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, { worksheets: "emit", sharedStrings: "cache", hyperlinks: "ignore", styles: "cache" });
      for await (const worksheet of workbook) {
        for await (const row of worksheet) {
          const values = (row.values as ExcelJS.CellValue[]).slice(1);
          yield { row: row.number, cells: Array.from(values, cellText) };
        }
        break; // the first worksheet only
      }
    }
  } finally {
    input.destroy();
  }
}

/** The header row and the first `limit` data rows (for the mapping page); reads no further. */
export async function readSample(source: SourceFile, limit: number): Promise<{ headers: string[]; rows: SourceRow[] }> {
  let headers: string[] | null = null;
  const rows: SourceRow[] = [];
  for await (const row of readSourceRows(source)) {
    if (!headers) {
      headers = row.cells.map((c) => c.trim());
      continue;
    }
    if (isBlank(row)) continue;
    rows.push(row);
    if (rows.length >= limit) break;
  }
  return { headers: headers ?? [], rows };
}

export const isBlank = (row: SourceRow) => row.cells.every((c) => !c.trim());
