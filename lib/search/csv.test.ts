import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { renderCatalogueCsv, type CatalogueRow } from "./csv";

/** The CSV without its byte-order mark, as rows of cells. */
const rows = (csv: string): string[][] => parse(csv.slice(1));

const row = (overrides: Partial<CatalogueRow> = {}): CatalogueRow => ({
  entryId: 7,
  title: "关于印发《示范区2026年部门预算》的通知",
  documentNo: "示发改〔2026〕12号",
  generatedOn: new Date("2026-03-01T00:00:00Z"),
  validity: "VALID",
  topic: { name: "预算" },
  genre: { name: "通知" },
  entry: { indexNo: "119901010000000031/2026-00001", firstPublishedAt: new Date("2026-03-02T01:00:00Z"), unit: { name: "示范区发展和改革局" } },
  ...overrides,
});

describe("renderCatalogueCsv", () => {
  it("starts with a byte-order mark for Excel and has the catalogue columns, one row per entry", () => {
    const csv = renderCatalogueCsv([row()], "https://gk.example.gov.cn");
    expect(csv.startsWith("\ufeff索引号,标题,文号,发布机构,主题分类,体裁,生成日期,公开日期,有效性,网址\r\n")).toBe(true);
    const [, first] = rows(csv);
    expect(first).toEqual([
      "119901010000000031/2026-00001",
      "关于印发《示范区2026年部门预算》的通知",
      "示发改〔2026〕12号",
      "示范区发展和改革局",
      "预算",
      "通知",
      "2026-03-01",
      "2026-03-02",
      "有效",
      "https://gk.example.gov.cn/entries/7",
    ]);
  });

  it("quotes commas, quotes and line breaks, and defuses spreadsheet formulas", () => {
    const csv = renderCatalogueCsv([row({ title: '=HYPERLINK("http://x","点击"),\n第二行', documentNo: null })], "https://gk.example.gov.cn");
    const [, first] = rows(csv);
    expect(first?.[1]).toBe('\'=HYPERLINK("http://x","点击"),\n第二行');
    expect(first?.[2]).toBe("");
  });
});
