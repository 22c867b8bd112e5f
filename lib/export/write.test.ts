import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { ExportColumn } from "./model";
import { exportStream, inBatches } from "./write";

const csvRows = (csv: string): string[][] => parse(csv, { bom: true });

interface Row {
  id: number;
  title: string;
}
const COLUMNS: ExportColumn<Row>[] = [
  { header: "编号", cell: (r) => r.id },
  { header: "标题", cell: (r) => r.title },
];
const ROWS: Row[] = Array.from({ length: 1203 }, (_, i) => ({ id: i + 1, title: i === 0 ? '=HYPERLINK("http://x")' : `第${i + 1}条，含“引号”` }));

/** A fake cursor query over ROWS that records which cursors it was asked for. */
function cursorQuery() {
  const calls: (number | undefined)[] = [];
  const fetch = (after: number | undefined, size: number) => {
    calls.push(after);
    const start = after === undefined ? 0 : ROWS.findIndex((r) => r.id === after) + 1;
    return Promise.resolve(ROWS.slice(start, start + size));
  };
  return { calls, fetch };
}

const bytesOf = async (stream: ReadableStream<Uint8Array>) => Buffer.from(await new Response(stream).arrayBuffer());

describe("export writers", () => {
  it("reads every row by cursor, one batch at a time, and stops after a short batch", async () => {
    const { calls, fetch } = cursorQuery();
    const sizes: number[] = [];
    for await (const batch of inBatches(500, fetch)) sizes.push(batch.length);
    expect(sizes).toEqual([500, 500, 203]);
    expect(calls).toEqual([undefined, 500, 1000]);
  });

  it("CSV: byte-order mark, Chinese header, CRLF, every row, formulas made text", async () => {
    const bytes = await bytesOf(exportStream("csv", { sheetName: "测试", columns: COLUMNS, batches: inBatches(500, cursorQuery().fetch) }));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8");
    expect(text).toContain("\r\n");
    const records = csvRows(text);
    expect(records[0]).toEqual(["编号", "标题"]);
    expect(records).toHaveLength(ROWS.length + 1);
    expect(records[1]).toEqual(["1", `'=HYPERLINK("http://x")`]);
    expect(records.at(-1)).toEqual(["1203", "第1203条，含“引号”"]);
  });

  it("XLSX: one sheet, bold frozen header, numbers as numbers and a formula-looking title as text", async () => {
    const bytes = await bytesOf(exportStream("xlsx", { sheetName: "测试", columns: COLUMNS, batches: inBatches(500, cursorQuery().fetch) }));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("测试")!;
    expect(sheet.rowCount).toBe(ROWS.length + 1);
    expect(sheet.getRow(1).values).toEqual([undefined, "编号", "标题"]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getCell("A2").value).toBe(1);
    expect(sheet.getCell("B2").value).toBe(`=HYPERLINK("http://x")`);
    expect(sheet.getCell("B2").formula).toBeUndefined();
    expect(sheet.getRow(ROWS.length + 1).values).toEqual([undefined, 1203, "第1203条，含“引号”"]);
  });
});
