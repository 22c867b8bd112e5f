import { describe, expect, it } from "vitest";
import { cellsOf, describeFilters, exportFilename, exportFormatSchema } from "./model";
import { AUDIT_EXPORT_COLUMNS, ENTRY_EXPORT_COLUMNS, requestExportColumns, type RequestExportRow } from "./rows";

const request: RequestExportRow = {
  trackingCode: "2026-AB12-CD34",
  state: "ANSWERED",
  channel: "ONLINE",
  applicantType: "NATURAL_PERSON",
  applicantName: "赵市民",
  description: "道路维修工程的招标文件",
  // 23:30 UTC is already the next day in Beijing.
  submittedAt: new Date("2026-11-02T23:30:00Z"),
  receivedOn: new Date("2026-11-03T00:00:00Z"),
  dueOn: new Date("2026-12-01T00:00:00Z"),
  outcome: "GRANTED",
  answeredOn: new Date("2026-11-20T00:00:00Z"),
  unit: { name: "示范区发展和改革局" },
  handler: { displayName: "张伟" },
  applicant: {
    contactPerson: null,
    idType: "RESIDENT_ID",
    idNumber: "11010519491231002X",
    phone: "13800138000",
    email: "zhao@example.cn",
    address: "示范区人民路1号",
    postalCode: "100000",
  },
};

const table = <T>(columns: { header: string; cell: (r: T) => unknown }[], row: T) => Object.fromEntries(columns.map((c) => [c.header, c.cell(row)]));

describe("export rows", () => {
  it("an entry in Chinese columns, dates in China time, labels for codes", () => {
    const row = {
      number: 2,
      state: "PUBLISHED" as const,
      title: "示范区2026年部门预算公开",
      documentNo: null,
      generatedOn: new Date("2026-02-10T00:00:00Z"),
      updatedAt: new Date("2026-03-01T17:05:09Z"),
      entry: { indexNo: "T-1/2026-00001", firstPublishedAt: new Date("2026-02-28T16:30:00Z"), unit: { name: "测试局" } },
      topic: { name: "预算" },
      genre: { name: "通知" },
    };
    expect(table(ENTRY_EXPORT_COLUMNS, row)).toEqual({
      索引号: "T-1/2026-00001",
      标题: "示范区2026年部门预算公开",
      文号: null,
      发布机构: "测试局",
      主题分类: "预算",
      体裁: "通知",
      状态: "已发布",
      版本: 2,
      生成日期: "2026-02-10",
      公开日期: "2026-03-01",
      更新时间: "2026/3/2 01:05:09",
    });
  });

  it("an application with the applicant's personal data for a reader who may see it", () => {
    const columns = requestExportColumns(true);
    expect(table(columns, request)).toMatchObject({
      查询码: "2026-AB12-CD34",
      受理机关: "示范区发展和改革局",
      申请方式: "网上申请",
      状态: "已答复",
      申请人类型: "自然人",
      申请人: "赵市民",
      证件类型: "居民身份证",
      证件号码: "11010519491231002X",
      联系电话: "13800138000",
      通信地址: "示范区人民路1号",
      提交时间: "2026/11/3 07:30:00",
      收到日期: "2026-11-03",
      答复期限: "2026-12-01",
      答复日期: "2026-11-20",
      经办人: "张伟",
    });
  });

  it("without the right to read personal data the columns are absent; a row without it has them empty", () => {
    const headers = requestExportColumns(false).map((c) => c.header);
    expect(headers).not.toContain("证件号码");
    expect(headers).not.toContain("联系电话");
    expect(headers).toContain("申请人");
    const cells = cellsOf(requestExportColumns(false), request);
    expect(cells).not.toContain("11010519491231002X");
    expect(cells).not.toContain("13800138000");

    const withheld = table(requestExportColumns(true), { ...request, applicant: null });
    expect([withheld["证件类型"], withheld["证件号码"], withheld["联系电话"], withheld["电子邮箱"], withheld["通信地址"]]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it("an audit row with its object and reason", () => {
    const row = {
      createdAt: new Date("2026-11-23T05:05:09Z"),
      actorName: "王建国",
      action: "site.update",
      entityType: "SiteSettings",
      entityId: "1",
      summary: "修改网站设置",
      reason: null,
    };
    expect(cellsOf(AUDIT_EXPORT_COLUMNS, row)).toEqual(["2026/11/23 13:05:09", "王建国", "site.update", "SiteSettings 1", "修改网站设置", null]);
  });

  it("file names carry the list and the date in China time; unknown formats are CSV; filters read as one line", () => {
    expect(exportFilename("信息发布-全部信息", "entries-all", new Date("2026-11-23T16:30:00Z"), "xlsx")).toEqual({
      filename: "信息发布-全部信息-20261124.xlsx",
      ascii: "entries-all-20261124.xlsx",
    });
    expect(exportFormatSchema.parse("xlsx")).toBe("xlsx");
    expect(exportFormatSchema.parse("pdf")).toBe("csv");
    expect(exportFormatSchema.parse(undefined)).toBe("csv");
    expect(describeFilters({ view: "all", state: "PUBLISHED", q: "预算", unitId: undefined })).toBe("view=all, state=PUBLISHED, q=预算");
    expect(describeFilters({})).toBe("无");
  });
});
