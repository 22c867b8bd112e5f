import { describe, expect, it } from "vitest";
import {
  canStart,
  checkMapping,
  isStaleRun,
  guessMapping,
  normalizeHeader,
  parseIndexSerial,
  parseLegacyDate,
  parseValidity,
  progressPercent,
  splitAttachmentNames,
  validateRow,
  type ColumnMapping,
  type ImportLookups,
} from "./model";

describe("guessMapping", () => {
  it.each([
    [["索引号", "标题", "发布机构", "文号", "生成日期", "公开日期", "主题分类", "体裁", "有效性", "关键词", "摘要", "正文", "附件文件名"], 13],
    [["信息索引号", "信息名称", "发文机关", "发文字号", "成文日期", "发布日期", "信息分类", "文种", "效力状态", "主题词", "内容概述", "内容", "附件"], 13],
  ])("maps the usual header names of old platforms: %j", (headers, mapped) => {
    expect(Object.keys(guessMapping(headers))).toHaveLength(mapped);
  });

  it("maps a typical export exactly", () => {
    expect(guessMapping(["序号", "索引号", "名称", "发布机构", "发布日期", "所属类别", "附件名称"])).toEqual({
      indexNo: 1,
      title: 2,
      unit: 3,
      publishedOn: 4,
      topic: 5,
      attachments: 6,
    });
  });

  it("takes headers with marks, notes and full-width characters", () => {
    expect(guessMapping(["标题*", "索引号（必填）", " 公开日期 ", "ＦＩＬＥ"])).toEqual({ title: 0, indexNo: 1, publishedOn: 2 });
    expect(normalizeHeader("索引号（必填）")).toBe("索引号");
  });

  it("prefers the longest alias on a contained match, and uses each column and field once", () => {
    // 信息发布日期 contains 发布日期 (公开日期); 附件名称列表 contains 附件名称, not 名称 (标题).
    expect(guessMapping(["信息发布日期", "附件名称列表"])).toEqual({ publishedOn: 0, attachments: 1 });
    expect(guessMapping(["标题", "标题"])).toEqual({ title: 0 });
  });

  it("leaves unknown headers unmapped", () => {
    expect(guessMapping(["序号", "浏览次数", ""])).toEqual({});
  });
});

describe("checkMapping", () => {
  const none = { unit: false, topic: false, genre: false };
  it("requires title, 索引号, a date, and unit/topic/genre unless defaulted", () => {
    expect(checkMapping({}, 3, none)).toEqual([
      "请为「标题」选择一列",
      "请为「索引号」选择一列",
      "请为「生成日期」或「公开日期」选择一列",
      "请为「发布机构」选择一列，或选择默认发布机构",
      "请为「主题分类」选择一列，或选择默认主题分类",
      "请为「体裁」选择一列，或选择默认体裁",
    ]);
    expect(checkMapping({ title: 0, indexNo: 1, publishedOn: 2 }, 3, { unit: true, topic: true, genre: true })).toEqual([]);
  });
  it("refuses columns that do not exist and a column used twice", () => {
    expect(checkMapping({ title: 0, indexNo: 0, publishedOn: 5 }, 3, { unit: true, topic: true, genre: true })).toEqual([
      "公开日期：没有这一列",
      "同一列不能对应两个字段",
    ]);
  });
});

describe("parsing cells", () => {
  it.each([
    ["2015-03-02", "2015-03-02", "00:00:00"],
    ["2015/3/2", "2015-03-02", "00:00:00"],
    ["2015.3.2", "2015-03-02", "00:00:00"],
    ["2015年3月2日", "2015-03-02", "00:00:00"],
    ["20150302", "2015-03-02", "00:00:00"],
    ["2015-03-02 9:05", "2015-03-02", "09:05:00"],
    ["２０１５－０３－０２", "2015-03-02", "00:00:00"],
  ])("date %s", (value, iso, time) => {
    expect(parseLegacyDate(value)).toEqual({ iso, time });
  });
  it.each(["2015-02-30", "2015-13-01", "15-3-2", "2015-03-02 25:00", "昨天", ""])("not a date: %s", (value) => {
    expect(parseLegacyDate(value)).toBeNull();
  });
  it("validity words", () => {
    expect([
      parseValidity(""),
      parseValidity("现行有效"),
      parseValidity("已修订"),
      parseValidity("失效"),
      parseValidity("废止"),
      parseValidity("待定"),
    ]).toEqual(["VALID", "VALID", "AMENDED", "REPEALED", "REPEALED", null]);
  });
  it("attachment names", () => {
    expect(splitAttachmentNames("a.pdf; b.docx；c.png|d.pdf\n")).toEqual(["a.pdf", "b.docx", "c.png", "d.pdf"]);
  });
  it("serials of 索引号 in the unit's own format only", () => {
    expect(parseIndexSerial("11990101X/2015-00012", "11990101X")).toEqual({ year: 2015, serial: 12 });
    expect(parseIndexSerial("11990101X-2015-00012", "11990101X")).toBeNull();
    expect(parseIndexSerial("OTHER/2015-00012", "11990101X")).toBeNull();
  });
  it("a run whose progress stopped moving may be started again", () => {
    const now = new Date("2026-01-01T12:00:00Z");
    const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
    expect([canStart("MAPPING", now, now), canStart("CHECKED", now, now), canStart("FAILED", now, now), canStart("DONE", minutesAgo(60), now)]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect([canStart("IMPORTING", minutesAgo(1), now), canStart("IMPORTING", minutesAgo(6), now), isStaleRun("CHECKING", minutesAgo(6), now)]).toEqual([
      false,
      true,
      true,
    ]);
  });
  it("progress never shows 100 before the end", () => {
    expect([progressPercent(0, 0, false), progressPercent(50, 100, false), progressPercent(100, 100, false), progressPercent(10, 100, true)]).toEqual([
      0, 50, 99, 100,
    ]);
  });
});

describe("validateRow", () => {
  const lookups: ImportLookups = {
    units: [
      { id: 1, name: "示范区发展和改革局", shortName: "区发改局", code: "11990101X", path: "/1/", disabled: false },
      { id: 2, name: "示范区旧单位", shortName: null, code: "OLD", path: "/2/", disabled: true },
    ],
    categories: [
      { id: 10, kind: "TOPIC", name: "综合政务", fullName: "综合政务", unitId: null },
      { id: 11, kind: "TOPIC", name: "其他", fullName: "综合政务\\其他", unitId: null },
      { id: 12, kind: "TOPIC", name: "其他", fullName: "财政\\其他", unitId: null },
      { id: 13, kind: "TOPIC", name: "本局专题", fullName: "本局专题", unitId: 99 },
      { id: 20, kind: "GENRE", name: "通知", fullName: "通知", unitId: null },
    ],
    defaultUnitId: null,
    defaultTopicId: null,
    defaultGenreId: null,
    now: new Date("2026-01-01T00:00:00Z"),
  };
  const mapping: ColumnMapping = { indexNo: 0, title: 1, unit: 2, publishedOn: 3, topic: 4, genre: 5, validity: 6, keywords: 7, body: 8, attachments: 9 };
  const row = (over: Partial<Record<number, string>> = {}) => {
    const cells = [
      "11990101X/2015-00001",
      "关于2015年部门预算公开的通知",
      "区发改局",
      "2015年3月2日",
      "综合政务",
      "通知",
      "有效",
      "预算，公开",
      "第一段\n第二段",
      "",
    ];
    for (const [i, v] of Object.entries(over)) cells[Number(i)] = v!;
    return cells;
  };

  it("turns a good row into the entry input, with its original 索引号 and date in China time", () => {
    const result = validateRow(row(), mapping, lookups, new Set());
    expect(result).toMatchObject({
      ok: true,
      row: {
        unitId: 1,
        indexNo: "11990101X/2015-00001",
        publishedAt: new Date("2015-03-01T16:00:00Z"),
        input: {
          title: "关于2015年部门预算公开的通知",
          generatedOn: "2015-03-02",
          topicId: 10,
          genreId: 20,
          keywords: ["预算", "公开"],
          validity: "VALID",
          methods: ["政府网站"],
        },
      },
    });
  });

  it("reports every problem of a row with its field", () => {
    const result = validateRow(row({ 0: "", 1: "x", 3: "2015-02-30", 5: "公告", 6: "待定" }), mapping, lookups, new Set());
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.field).sort()).toEqual(["genre", "indexNo", "publishedOn", "title", "validity"]);
    // Categories are matched within the unit: an unknown unit is the only error, not followed by misleading ones.
    expect(validateRow(row({ 2: "不存在的局" }), mapping, lookups, new Set())).toEqual({
      ok: false,
      errors: [{ field: "unit", message: "找不到发布机构「不存在的局」（按单位全称、简称或代码匹配，且须在您管理的单位范围内）" }],
    });
  });

  it("finds units by code, name or short name; refuses disabled ones and categories of other units", () => {
    expect(validateRow(row({ 2: "11990101x" }), mapping, lookups, new Set()).ok).toBe(true);
    expect(validateRow(row({ 2: "示范区发展和改革局" }), mapping, lookups, new Set()).ok).toBe(true);
    expect(validateRow(row({ 2: "OLD" }), mapping, lookups, new Set())).toMatchObject({
      ok: false,
      errors: [{ field: "unit", message: "单位「示范区旧单位」已停用" }],
    });
    expect(validateRow(row({ 4: "本局专题" }), mapping, lookups, new Set())).toMatchObject({ ok: false, errors: [{ field: "topic" }] });
  });

  it("needs the full path for an ambiguous category name", () => {
    expect(validateRow(row({ 4: "其他" }), mapping, lookups, new Set())).toMatchObject({
      ok: false,
      errors: [{ field: "topic", message: "主题分类「其他」不唯一，请写完整路径，如 综合政务\\其他" }],
    });
    expect(validateRow(row({ 4: "财政/其他" }), mapping, lookups, new Set())).toMatchObject({ ok: true, row: { input: { topicId: 12 } } });
  });

  it("refuses a 索引号 seen earlier in the file, dates in the future and generation after publication", () => {
    const seen = new Set<string>();
    expect(validateRow(row(), mapping, lookups, seen).ok).toBe(true);
    expect(validateRow(row(), mapping, lookups, seen)).toMatchObject({
      ok: false,
      errors: [{ field: "indexNo", message: "索引号 11990101X/2015-00001 在文件中重复" }],
    });
    expect(validateRow(row({ 0: "B/1", 3: "2030-01-01" }), mapping, lookups, seen)).toMatchObject({ ok: false, errors: [{ field: "publishedOn" }] });
    const withGenerated = { ...mapping, generatedOn: 10 };
    expect(validateRow([...row({ 0: "B/2" }), "2015-04-01"], withGenerated, lookups, seen)).toMatchObject({
      ok: false,
      errors: [{ field: "generatedOn", message: "生成日期晚于公开日期" }],
    });
  });

  it("uses the defaults for empty unit, topic and genre cells", () => {
    const defaults = { ...lookups, defaultUnitId: 1, defaultTopicId: 11, defaultGenreId: 20 };
    expect(validateRow(row({ 2: "", 4: "", 5: "" }), mapping, defaults, new Set())).toMatchObject({
      ok: true,
      row: { unitId: 1, input: { topicId: 11, genreId: 20 } },
    });
    expect(validateRow(row({ 2: "", 4: "", 5: "" }), mapping, lookups, new Set())).toMatchObject({
      ok: false,
      errors: [{ field: "unit" }, { field: "topic" }, { field: "genre" }],
    });
  });

  it("checks attachments against the ZIP", () => {
    expect(validateRow(row({ 9: "a.pdf" }), mapping, lookups, new Set())).toMatchObject({
      ok: false,
      errors: [{ field: "attachments", message: "该行列出了附件，但没有上传附件压缩包" }],
    });
    const withZip = { ...lookups, resolveAttachment: (name: string) => (name === "a.pdf" ? "docs/a.pdf" : null) };
    expect(validateRow(row({ 9: "a.pdf" }), mapping, withZip, new Set())).toMatchObject({ ok: true, row: { attachments: ["docs/a.pdf"] } });
    expect(validateRow(row({ 9: "a.pdf;b.pdf" }), mapping, withZip, new Set())).toMatchObject({
      ok: false,
      errors: [{ message: "压缩包中没有附件「b.pdf」" }],
    });
  });

  it("applies the editor's rules (entryInputSchema) to the text fields", () => {
    const withSummary = { ...mapping, summary: 10 };
    expect(validateRow([...row(), "概".repeat(501)], withSummary, lookups, new Set())).toMatchObject({
      ok: false,
      errors: [{ field: "summary", message: "内容概述不能超过 500 个字" }],
    });
  });
});
