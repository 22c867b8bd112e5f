import { createReadStream, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { findPublicEntry } from "@/lib/entries/public-queries";
import { verifyPublicContent } from "@/lib/safeguards/integrity-check";
import { findExactEntry, searchEntries } from "@/lib/search/queries";
import { createTestActor, createTestUnit } from "@/lib/testing/factories";
import { setUpTestDatabase } from "@/lib/testing/database";
import { encodeGb18030 } from "@/lib/testing/gb18030";
import { errorReportCsv } from "./queries";
import { createImportJob, saveImportMapping, startImport } from "./service";

setUpTestDatabase();

const dir = mkdtempSync(path.join(tmpdir(), "gongkai-import-"));
const pdf = (text: string) => Buffer.from(`%PDF-1.4\n1 0 obj << /Title (${text}) >> endobj\ntrailer << >>\n%%EOF\n`);
const csvLine = (cells: string[]) => cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",");
const HEADER = ["索引号", "标题", "发布机构", "发布日期", "主题分类", "体裁", "有效性", "关键词", "正文", "附件"];

let unit: Awaited<ReturnType<typeof createTestUnit>>;
let admin: Actor;
let topic: { id: number; name: string };
let run = 0;

beforeAll(async () => {
  unit = await createTestUnit(undefined, "示范区档案局");
  admin = await createTestActor(unit, ["UNIT_ADMIN"]);
  const parent = await db.category.create({ data: { kind: "TOPIC", name: "综合政务" } });
  topic = await db.category.create({ data: { kind: "TOPIC", name: "档案管理", parentId: parent.id } });
  await db.category.create({ data: { kind: "GENRE", name: "通知" } });
});

/** A unique 索引号 prefix per test, so the tests do not collide with each other's imports. */
const prefix = () => `${unit.code}/20${10 + ++run}`;

function write(name: string, content: string | Buffer) {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

async function importFile(file: string, options: { zip?: string; dryRun?: boolean; actor?: Actor } = {}) {
  const { jobId } = await createImportJob({
    actor: options.actor ?? admin,
    file: { name: path.basename(file), stream: createReadStream(file) },
    archive: options.zip ? { name: path.basename(options.zip), stream: createReadStream(options.zip) } : null,
    input: { encoding: "auto", defaultUnitId: null },
  });
  const { finished } = await startImport({ actor: options.actor ?? admin, jobId, dryRun: options.dryRun ?? false });
  return { jobId, summary: await finished };
}

async function reportOf(jobId: number, headers: string[]) {
  let text = "";
  for await (const chunk of errorReportCsv(jobId, headers)) text += chunk;
  return text;
}

describe("legacy catalogue import", () => {
  it("imports the good rows of a few hundred, lists the bad ones, and the result is public, searchable and verified", async () => {
    const p = prefix();
    await db.entry.create({ data: { unitId: unit.id, indexNo: `${p}-taken` } });
    const rows = Array.from({ length: 300 }, (_, i) => [
      `${p}-${String(i + 1).padStart(5, "0")}`,
      `关于档案开放目录的通知（第${i + 1}号）`,
      unit.name,
      `2019年3月${(i % 28) + 1}日`,
      "综合政务\\档案管理",
      "通知",
      i % 10 === 0 ? "已废止" : "有效",
      "档案，开放",
      `档案开放第${i + 1}批。\n请查阅。`,
      i === 5 ? "docs/目录.pdf" : "",
    ]);
    rows[10]![3] = "2019-02-30"; // not a date
    rows[20]![2] = "不存在的局"; // unknown unit
    rows[30]![0] = rows[29]![0]!; // duplicate within the file
    rows[40]![0] = `${p}-taken`; // already in the catalogue
    rows[50]![9] = "缺失.pdf"; // not in the ZIP
    rows[60]![9] = "伪装.pdf"; // a text file named .pdf
    const csv = "\uFEFF" + [HEADER, ...rows].map(csvLine).join("\r\n") + "\r\n";
    const zip = new JSZip();
    zip.file("docs/目录.pdf", pdf("目录"));
    zip.file("伪装.pdf", "not a pdf");
    const zipFile = write("attachments.zip", await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    const file = write("catalogue.csv", csv);

    // The dry run validates everything and writes nothing but the errors.
    const check = await importFile(file, { zip: zipFile, dryRun: true });
    expect(check.summary).toMatchObject({ state: "CHECKED", imported: 294, failed: 6 });
    expect(await db.entry.count({ where: { importJobId: check.jobId } })).toBe(0);

    const { jobId, summary } = await importFile(file, { zip: zipFile });
    expect(summary).toEqual({ state: "DONE", imported: 294, failed: 6 });
    const errors = await db.importRowError.findMany({ where: { jobId }, orderBy: { row: "asc" }, select: { row: true, field: true, message: true } });
    expect(errors).toEqual([
      { row: 12, field: "publishedOn", message: "公开日期「2019-02-30」不是有效日期（如 2015-03-02 或 2015年3月2日）" },
      { row: 22, field: "unit", message: expect.stringContaining("找不到发布机构「不存在的局」") as unknown },
      { row: 32, field: "indexNo", message: `索引号 ${rows[29]![0]} 在文件中重复` },
      { row: 42, field: "indexNo", message: `索引号 ${p}-taken 已存在，不会覆盖已有信息` },
      { row: 52, field: "attachments", message: "压缩包中没有附件「缺失.pdf」" },
      { row: 62, field: "attachments", message: expect.stringContaining("附件「伪装.pdf」：不支持该文件类型") as unknown },
    ]);
    const report = await reportOf(jobId, HEADER);
    expect(report.startsWith("\uFEFF行号,字段,错误,索引号,标题")).toBe(true);
    expect(report).toContain("22,发布机构,");
    expect(report).toContain("不存在的局");

    // Original 索引号 and dates, published, marked as imported.
    const first = await db.entry.findUniqueOrThrow({
      where: { indexNo: `${p}-00001` },
      include: { revisions: { include: { reviews: true } } },
    });
    expect(first).toMatchObject({ importJobId: jobId, firstPublishedAt: new Date("2019-02-28T16:00:00Z") });
    expect(first.revisions).toMatchObject([
      { state: "PUBLISHED", validity: "REPEALED", topicId: topic.id, reviews: [{ step: "IMPORT", decision: "IMPORTED" }] },
    ]);
    const withFile = await db.entry.findUniqueOrThrow({ where: { indexNo: `${p}-00006` }, select: { revisions: { select: { attachments: true } } } });
    expect(withFile.revisions[0]!.attachments).toMatchObject([{ filename: "目录.pdf", mimeType: "application/pdf" }]);

    // Audit: one row per imported entry with its content hash, and the batch's counts.
    expect(await db.auditEvent.count({ where: { action: "entry.import", details: { path: ["importJobId"], equals: jobId } } })).toBe(294);
    expect(await db.auditEvent.findFirst({ where: { action: "import.finish", entityId: String(jobId) }, select: { details: true } })).toEqual({
      details: { rows: 300, imported: 294, failed: 6 },
    });

    // Public page, exact 索引号 look-up, word search; the tamper check and the audit chain pass.
    expect(await findPublicEntry(first.id)).toMatchObject({ intact: true, indexNo: `${p}-00001` });
    expect(await findExactEntry(`${p}-00002`)).not.toBeNull();
    const found = await searchEntries({ q: "档案开放第7批", sort: "relevance", page: 1 });
    expect(found.results.map((r) => r.indexNo)).toContain(`${p}-00007`);
    const verified = await verifyPublicContent();
    expect(verified.problems).toEqual([]);
    expect(verified.auditChain?.problems).toEqual([]);
    expect(verified.checkedRevisions).toBeGreaterThanOrEqual(294);

    // Importing the same file again overwrites nothing: every row is a duplicate.
    const again = await importFile(file, { zip: zipFile });
    expect(again.summary).toMatchObject({ state: "DONE", imported: 0, failed: 300 });
    expect(await db.importRowError.count({ where: { jobId: again.jobId, message: { contains: "已存在，不会覆盖已有信息" } } })).toBe(295);
  });

  it("a batch that fails in the database lands without its failing row, retried row by row; nothing half-written", async () => {
    const p = prefix();
    await db.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION refuse_boom() RETURNS trigger AS $$
      BEGIN IF NEW.title LIKE '%BOOM%' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`CREATE TRIGGER refuse_boom BEFORE INSERT ON "EntryRevision" FOR EACH ROW EXECUTE FUNCTION refuse_boom()`);
    try {
      const rows = Array.from({ length: 620 }, (_, i) => [
        `${p}-${i + 1}`,
        i === 3 ? "BOOM 标题" : `批次测试${i + 1}`,
        unit.code,
        "2020-05-06",
        "档案管理",
        "通知",
        "",
        "",
        "",
        "",
      ]);
      const file = write("batch.csv", [HEADER, ...rows].map(csvLine).join("\n"));
      const { jobId, summary } = await importFile(file);
      expect(summary).toEqual({ state: "DONE", imported: 619, failed: 1 });
      expect(await db.importRowError.findMany({ where: { jobId }, select: { row: true, field: true, message: true } })).toEqual([
        { row: 5, field: "row", message: "写入数据库失败，该行未导入" },
      ]);
      const entries = await db.entry.findMany({
        where: { importJobId: jobId },
        select: { id: true, search: { select: { entryId: true } }, revisions: { select: { id: true } } },
      });
      expect(entries).toHaveLength(619);
      expect(entries.every((e) => e.search && e.revisions.length === 1)).toBe(true);
      expect(await db.auditEvent.count({ where: { action: "entry.import", details: { path: ["importJobId"], equals: jobId } } })).toBe(619);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_boom ON "EntryRevision"`);
    }
  });

  it("reads GB18030 CSV and XLSX files, and moves the unit's 索引号 sequence past imported numbers", async () => {
    const gbk = encodeGb18030(
      [HEADER, [`${unit.code}/2026-00007`, "旧平台导出的通知", unit.name, "2026-01-05", "档案管理", "通知", "有效", "", "正文", ""]].map(csvLine).join("\r\n"),
    );
    const { jobId } = await importFile(write("gbk.csv", gbk));
    expect(await db.importJob.findUniqueOrThrow({ where: { id: jobId }, select: { encoding: true, imported: true } })).toEqual({
      encoding: "gb18030",
      imported: 1,
    });
    expect(await db.indexSequence.findUnique({ where: { unitId_year: { unitId: unit.id, year: 2026 } }, select: { last: true } })).toEqual({ last: 7 });

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("目录");
    sheet.addRow(["信息名称", "索引号", "发文机关", "成文日期", "公开日期", "主题分类", "文种"]);
    sheet.addRow(["表格导出的通知", `${prefix()}-x1`, unit.code, new Date("2021-06-01T00:00:00Z"), new Date("2021-06-03T00:00:00Z"), "档案管理", "通知"]);
    const xlsx = write("catalogue.xlsx", Buffer.from(await workbook.xlsx.writeBuffer()));
    const result = await importFile(xlsx);
    expect(result.summary).toMatchObject({ state: "DONE", imported: 1, failed: 0 });
    const revision = await db.entryRevision.findFirstOrThrow({ where: { entry: { importJobId: result.jobId } } });
    expect(revision).toMatchObject({ title: "表格导出的通知", writtenOn: new Date("2021-06-01T00:00:00Z"), generatedOn: new Date("2021-06-03T00:00:00Z") });
  });

  it("refuses clerks, unsafe archives and zip bombs; a mapping is checked before the import starts", async () => {
    const clerk = await createTestActor(unit, ["CLERK"]);
    const file = write(
      "small.csv",
      [HEADER, [`${prefix()}-1`, "标题一二", unit.name, "2020-01-01", "档案管理", "通知", "", "", "", "炸弹.pdf"]].map(csvLine).join("\n"),
    );
    await expect(importFile(file, { actor: clerk })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const traversal = new JSZip();
    traversal.file("../../etc/passwd.pdf", pdf("x"));
    const unsafeZip = write("unsafe.zip", await traversal.generateAsync({ type: "nodebuffer" }));
    await expect(importFile(file, { zip: unsafeZip })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { archive: [expect.stringContaining("不安全的文件名") as unknown] },
    });

    const bomb = new JSZip();
    bomb.file("炸弹.pdf", Buffer.concat([pdf("bomb"), Buffer.alloc(8 * 1024 * 1024)]));
    const bombZip = write("bomb.zip", await bomb.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    const { jobId, summary } = await importFile(file, { zip: bombZip });
    expect(summary).toMatchObject({ imported: 0, failed: 1 });
    expect(await db.importRowError.findFirst({ where: { jobId }, select: { message: true } })).toEqual({
      message: "附件「炸弹.pdf」的压缩比异常（疑似压缩炸弹），已拒绝",
    });

    const { jobId: unmapped } = await createImportJob({
      actor: admin,
      file: { name: "x.csv", stream: Readable.from(["标题,备注\n一个标题,无\n"]) },
      input: { encoding: "auto", defaultUnitId: null },
    });
    await expect(startImport({ actor: admin, jobId: unmapped, dryRun: false })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringContaining("请为「索引号」选择一列") as unknown,
    });
    await saveImportMapping({
      actor: admin,
      jobId: unmapped,
      input: { mapping: { title: 0, indexNo: 1 }, encoding: "utf-8", defaultUnitId: unit.id, defaultTopicId: topic.id, defaultGenreId: null },
    });
    await expect(startImport({ actor: admin, jobId: unmapped, dryRun: false })).rejects.toMatchObject({ message: expect.stringContaining("体裁") as unknown });
    await expect(startImport({ actor: clerk, jobId: unmapped, dryRun: false })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
