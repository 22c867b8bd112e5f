import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { listAudit } from "@/lib/audit/queries";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { listEntries, readEntryListQuery } from "@/lib/entries/queries";
import { entryInputSchema } from "@/lib/entries/schemas";
import { createDraft, submitRevision } from "@/lib/entries/service";
import { submitApplication } from "@/lib/requests/intake";
import { listRequests, readRequestListQuery } from "@/lib/requests/queries";
import { applicationSchema } from "@/lib/requests/schemas";
import { setUpTestDatabase } from "@/lib/testing/database";
import { createTestActor, createTestCategories, createTestUnit } from "@/lib/testing/factories";
import { exportAudit, exportEntries, exportRequests, type ExportFile } from "./service";

setUpTestDatabase();

const csvRecords = async (file: ExportFile | null): Promise<string[][]> => parse(await new Response(file!.body).text(), { bom: true });

async function xlsxRows(file: ExportFile | null): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await new Response(file!.body).arrayBuffer());
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

async function world() {
  const district = await createTestUnit();
  const unit = await createTestUnit(district);
  const neighbour = await createTestUnit(district);
  const categories = await createTestCategories();
  const clerk = await createTestActor(unit, ["CLERK"]);
  const neighbourClerk = await createTestActor(neighbour, ["CLERK"]);
  const entry = (actor: Actor, unitId: number, title: string) =>
    createDraft({
      actor,
      unitId,
      input: entryInputSchema.parse({ title, generatedOn: "2026-02-10", methods: ["政府网站"], bodyHtml: "<p>正文</p>", ...categories }),
    });
  return { district, unit, neighbour, clerk, neighbourClerk, entry };
}

describe("exports of the admin lists", () => {
  it("the entry export has exactly the list's rows for the same filters, across batches, never another unit's", async () => {
    const { unit, neighbour, clerk, neighbourClerk, entry } = await world();
    for (let i = 1; i <= 7; i++) await entry(clerk, unit.id, `预算公开第${i}号`);
    const submitted = await entry(clerk, unit.id, "=预算公开（已提交）");
    await submitRevision({ actor: clerk, revisionId: submitted.revisionId });
    await entry(clerk, unit.id, "采购公告");
    await entry(neighbourClerk, neighbour.id, "预算公开（邻单位）");

    const params = { view: "all", q: "预算", page: "3", format: "csv" };
    const list = await listEntries(clerk, readEntryListQuery(clerk, { ...params, page: "1" })!);
    expect(list.total).toBe(8);
    const records = await csvRecords(await exportEntries({ actor: clerk, params, batchSize: 3 }));
    expect(records[0]).toEqual(["索引号", "标题", "文号", "发布机构", "主题分类", "体裁", "状态", "版本", "生成日期", "公开日期", "更新时间"]);
    // All matching rows (not page 3), in the list's order, the formula-looking title made text.
    expect(records.slice(1).map((r) => r[1])).toEqual(list.rows.map((r) => (r.title.startsWith("=") ? `'${r.title}` : r.title)));
    expect(records.flat()).not.toContain("预算公开（邻单位）");

    const xlsx = await xlsxRows(await exportEntries({ actor: clerk, params: { view: "all", state: "SUBMITTED", format: "xlsx" }, batchSize: 2 }));
    expect(xlsx).toHaveLength(2);
    expect(xlsx[1]).toEqual(expect.arrayContaining(["=预算公开（已提交）", unit.name, "待保密审查", 1]));

    const audit = await db.auditEvent.findMany({ where: { action: "entries.export", actorId: clerk.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.details)).toEqual([
      { list: "entries", format: "csv", filters: { view: "all", q: "预算" }, rows: 8 },
      { list: "entries", format: "xlsx", filters: { view: "all", state: "SUBMITTED" }, rows: 1 },
    ]);
    expect(audit[0]).toMatchObject({ unitId: unit.id, entityType: "Export", summary: "导出「信息发布-全部信息」为 CSV，共 8 条；筛选：view=all, q=预算" });
  });

  it("a queue the actor does not have falls back to theirs, like the page; without an entry role the export is refused", async () => {
    const { unit, clerk, entry } = await world();
    const reviewer = await createTestActor(unit, ["REVIEWER"]);
    const admin = await createTestActor(unit, ["UNIT_ADMIN"]);
    const draft = await entry(clerk, unit.id, "待审查的信息");
    await submitRevision({ actor: clerk, revisionId: draft.revisionId });
    // A reviewer asking for "mine" gets their first queue, 待我审查.
    const records = await csvRecords(await exportEntries({ actor: reviewer, params: { view: "mine" } }));
    expect(records.slice(1).map((r) => r[1])).toEqual(["待审查的信息"]);
    expect(await exportEntries({ actor: admin, params: { view: "all" } })).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "entries.export", actorId: admin.id } })).toBe(0);
  });

  it("the applications export follows the list's filters and units, with the applicant's personal data for its handlers", async () => {
    const { unit, neighbour, clerk } = await world();
    const leader = await createTestActor(unit, ["LEADER"]);
    const reviewer = await createTestActor(unit, ["REVIEWER"]);
    const apply = (unitId: number, applicantName: string) =>
      submitApplication(
        applicationSchema.parse({
          unitId,
          applicantType: "NATURAL_PERSON",
          applicantName,
          idType: "RESIDENT_ID",
          idNumber: "11010519491231002X",
          phone: "13800138000",
          description: "示范区道路维修工程的招标文件和中标结果",
          infoForm: "ELECTRONIC",
          delivery: "ONLINE",
        }),
      );
    const own = [await apply(unit.id, "赵市民"), await apply(unit.id, "钱市民"), await apply(unit.id, "孙市民")];
    await apply(neighbour.id, "李邻居");

    const list = await listRequests(clerk, readRequestListQuery(clerk, { q: "市民", page: "1" })!);
    const records = await csvRecords(await exportRequests({ actor: clerk, params: { q: "市民" }, batchSize: 2 }));
    const header = records[0]!;
    expect(header).toEqual(expect.arrayContaining(["查询码", "申请人", "证件号码", "联系电话"]));
    const rows = records.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
    expect(rows.map((r) => r["查询码"])).toEqual(list.items.map((r) => r.trackingCode));
    expect(rows.map((r) => r["查询码"]).sort()).toEqual(own.map((r) => r.trackingCode).sort());
    expect(rows.every((r) => r["证件号码"] === "11010519491231002X" && r["状态"] === "待登记")).toBe(true);
    expect(records.flat()).not.toContain("李邻居");

    // The leader who approves the unit's answers may read the data too (as on the application's page).
    const leaderRows = await xlsxRows(await exportRequests({ actor: leader, params: { q: own[0]!.trackingCode, format: "xlsx" } }));
    expect(leaderRows).toHaveLength(2);
    expect(leaderRows[1]).toEqual(expect.arrayContaining([own[0]!.trackingCode, "赵市民", "11010519491231002X", "13800138000"]));

    // Roles without the list get nothing, not even the columns.
    expect(await exportRequests({ actor: reviewer, params: {} })).toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "requests.export", actorId: clerk.id } });
    expect(audit.details).toEqual({ list: "requests", format: "csv", filters: { q: "市民" }, rows: 3 });
  });

  it("the audit export lists the log as the page filters it, within the reader's units, up to the export itself", async () => {
    const { unit, neighbour, clerk, neighbourClerk, entry } = await world();
    const unitAdmin = await createTestActor(unit, ["UNIT_ADMIN"]);
    await entry(clerk, unit.id, "审计导出测试");
    await entry(neighbourClerk, neighbour.id, "邻单位的草稿");
    await db.$transaction(async (tx) => {
      for (let i = 0; i < 5; i++)
        await recordAudit(tx, { actor: clerk, action: "test.mark", entityType: "Test", entityId: i, unitId: unit.id, summary: `审计导出标记${i}` });
    });

    const page = await listAudit(unitAdmin, { q: "审计导出", page: 1 });
    const records = await csvRecords(await exportAudit({ actor: unitAdmin, params: { q: "审计导出" }, batchSize: 2 }));
    expect(records[0]).toEqual(["时间", "操作人", "操作", "对象", "内容", "理由"]);
    expect(records.slice(1).map((r) => r[4])).toEqual(page.events.map((e) => e.summary));
    expect(records).toHaveLength(7);

    const all = await csvRecords(await exportAudit({ actor: unitAdmin, params: {} }));
    expect(all.flat().some((cell) => cell.includes("邻单位的草稿"))).toBe(false);
    // The first export's own audit row is in the second, the second's is not.
    expect(all.slice(1).filter((r) => r[2] === "audit.export")).toHaveLength(1);

    expect(await exportAudit({ actor: clerk, params: {} })).toBeNull();
  });
});
