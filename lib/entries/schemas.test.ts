import { describe, expect, it } from "vitest";
import { z } from "zod";
import { RETURN_REASONS, WITHDRAWAL_REASONS } from "@/lib/review/model";
import { ARTICLE_20_ITEMS, DISCLOSURE_METHODS } from "./model";
import { acknowledgeFindingSchema, approvalSchema, clearanceSchema, entryInputSchema, returnSchema, unpublishSchema } from "./schemas";

/** The messages for each field of a failed parse, as the form shows them. */
function fieldErrors(schema: z.ZodType, input: unknown): Record<string, string[] | undefined> {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
}

/** A Chinese message (the forms show these to staff as they are). */
const CHINESE = /[\u4e00-\u9fff]/;

// The minimal form a drafter can submit: everything else has a default.
const valid = {
  title: "关于印发《示范区义务教育学校招生入学办法》的通知",
  generatedOn: "2026-03-02",
  topicId: "3",
  genreId: "4",
  methods: "政府网站",
};
const entry = (patch: Record<string, unknown>) => entryInputSchema.parse({ ...valid, ...patch });
const entryErrors = (patch: Record<string, unknown>) => fieldErrors(entryInputSchema, { ...valid, ...patch });

describe("entryInputSchema", () => {
  it("accepts the minimal form and fills in the defaults", () => {
    expect(entryInputSchema.parse(valid)).toEqual({
      title: "关于印发《示范区义务教育学校招生入学办法》的通知",
      summary: "",
      documentNo: null,
      generatedOn: "2026-03-02",
      writtenOn: null,
      topicId: 3,
      genreId: 4,
      keywords: [],
      validity: "VALID",
      attribute: "PROACTIVE",
      methods: ["政府网站"],
      scope: "面向社会",
      article20Item: null,
      bodyHtml: "",
    });
  });

  it("accepts a complete form, trimming text", () => {
    expect(
      entryInputSchema.parse({
        title: "  关于某某的通知 ",
        summary: " 概述 ",
        documentNo: " 示教发〔2026〕3号 ",
        generatedOn: "2026-03-02",
        writtenOn: "2026-02-27",
        topicId: "3",
        genreId: "4",
        keywords: "教育，招生",
        validity: "AMENDED",
        attribute: "ON_REQUEST",
        methods: ["政府网站", "公告栏"],
        scope: " 面向本区 ",
        article20Item: "A20_11",
        bodyHtml: "<p>正文</p>",
      }),
    ).toEqual({
      title: "关于某某的通知",
      summary: "概述",
      documentNo: "示教发〔2026〕3号",
      generatedOn: "2026-03-02",
      writtenOn: "2026-02-27",
      topicId: 3,
      genreId: 4,
      keywords: ["教育", "招生"],
      validity: "AMENDED",
      attribute: "ON_REQUEST",
      methods: ["政府网站", "公告栏"],
      scope: "面向本区",
      article20Item: "A20_11",
      bodyHtml: "<p>正文</p>",
    });
  });

  describe("keywords", () => {
    it.each([
      ["full-width commas", "教育，招生，考试", ["教育", "招生", "考试"]],
      ["half-width commas", "教育,招生,考试", ["教育", "招生", "考试"]],
      ["enumeration commas", "教育、招生、考试", ["教育", "招生", "考试"]],
      ["semicolons", "教育;招生；考试", ["教育", "招生", "考试"]],
      ["spaces and tabs", "教育 招生\t考试\u3000学区", ["教育", "招生", "考试", "学区"]],
      ["mixed and repeated separators", " ，教育，、 招生;;考试, ", ["教育", "招生", "考试"]],
      ["duplicates, keeping the first position", "教育,招生，教育、考试 招生", ["教育", "招生", "考试"]],
      ["an empty string", "", []],
      ["separators only", " ，、; ", []],
      ["no value", undefined, []],
    ])("splits on %s", (_, keywords, expected) => {
      expect(entry({ keywords }).keywords).toEqual(expected);
    });

    it("allows 10 keywords of 20 characters", () => {
      const ten = Array.from({ length: 10 }, (_, i) => `${"词".repeat(19)}${i}`);
      expect(entry({ keywords: ten.join("，") }).keywords).toEqual(ten);
    });

    it("counts keywords after removing duplicates", () => {
      const ten = Array.from({ length: 10 }, (_, i) => `词${i}`);
      expect(entry({ keywords: [...ten, "词0", "词9"].join(",") }).keywords).toEqual(ten);
    });

    it("refuses an 11th keyword", () => {
      const eleven = Array.from({ length: 11 }, (_, i) => `词${i}`);
      expect(entryErrors({ keywords: eleven.join(",") }).keywords).toEqual(["关键词最多 10 个"]);
    });

    it("refuses a keyword of 21 characters", () => {
      expect(entryErrors({ keywords: `教育,${"词".repeat(21)}` }).keywords).toEqual(["每个关键词不超过 20 个字"]);
    });
  });

  describe("dates", () => {
    it.each(["2026-03-02", "2024-02-29", "2026-12-31", "2026-01-01", "2000-02-29"])("accepts %s", (date) => {
      expect(entry({ generatedOn: date, writtenOn: date })).toMatchObject({ generatedOn: date, writtenOn: date });
    });

    it.each(["2026/03/02", "2026-3-2", "20260302", "2026-03-02T00:00", "26-03-02", "二〇二六年三月二日", " 2026-03-02"])("refuses the format %j", (date) => {
      expect(entryErrors({ generatedOn: date }).generatedOn).toContain("生成日期格式应为 年-月-日");
      expect(entryErrors({ generatedOn: "2026-12-31", writtenOn: date }).writtenOn).toContain("成文日期格式应为 年-月-日");
    });

    it.each(["2026-02-30", "2026-02-29", "2025-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "2026-01-32"])(
      "refuses the non-existent date %s",
      (date) => {
        expect(entryErrors({ generatedOn: date }).generatedOn).toEqual(["生成日期不是有效日期"]);
        expect(entryErrors({ writtenOn: date }).writtenOn).toContain("成文日期不是有效日期");
      },
    );

    it("requires generatedOn", () => {
      expect(entryErrors({ generatedOn: undefined }).generatedOn).toEqual(["请填写生成日期"]);
    });

    it.each([
      ["the day before", "2026-03-01"],
      ["the same day", "2026-03-02"],
      ["years before", "2019-12-31"],
    ])("accepts a writtenOn on %s generatedOn", (_, writtenOn) => {
      expect(entry({ writtenOn }).writtenOn).toBe(writtenOn);
    });

    it.each(["2026-03-03", "2027-01-01"])("refuses a writtenOn (%s) after generatedOn", (writtenOn) => {
      expect(entryErrors({ writtenOn })).toEqual({ writtenOn: ["成文日期不能晚于生成日期"] });
    });
  });

  describe("empty strings become null", () => {
    it.each(["documentNo", "writtenOn", "article20Item"])("%s", (field) => {
      expect(entry({ [field]: "" })[field as "documentNo"]).toBeNull();
      expect(entry({ [field]: "   " })[field as "documentNo"]).toBeNull();
      expect(entry({ [field]: undefined })[field as "documentNo"]).toBeNull();
      expect(entry({ [field]: null })[field as "documentNo"]).toBeNull();
    });
  });

  describe("methods", () => {
    it.each(DISCLOSURE_METHODS.map((m) => [m]))("accepts %s alone, given as a single value", (method) => {
      expect(entry({ methods: method }).methods).toEqual([method]);
    });

    it("accepts all of them, given as an array", () => {
      expect(entry({ methods: [...DISCLOSURE_METHODS] }).methods).toEqual([...DISCLOSURE_METHODS]);
    });

    it.each([
      ["missing", undefined],
      ["an empty array", []],
    ])("requires at least one (%s)", (_, methods) => {
      expect(entryErrors({ methods }).methods).toEqual(["请至少选择一种公开方式"]);
    });

    it.each([["微博"], [["政府网站", "微信公众号"]], ["政府网站 "], [""]])("refuses a method outside the list: %j", (methods) => {
      expect(entryErrors({ methods }).methods).toEqual(["公开方式无效"]);
    });
  });

  describe("article20Item", () => {
    it("knows exactly the fifteen items of article 20", () => {
      expect(Object.keys(ARTICLE_20_ITEMS)).toEqual(Array.from({ length: 15 }, (_, i) => `A20_${String(i + 1).padStart(2, "0")}`));
    });

    it.each(Object.keys(ARTICLE_20_ITEMS))("accepts %s", (item) => {
      expect(entry({ article20Item: item }).article20Item).toBe(item);
    });

    it.each(["A20_00", "A20_16", "a20_01", "A20_1", " A20_01", ARTICLE_20_ITEMS.A20_01!, "（一）"])("refuses %j", (item) => {
      expect(entryErrors({ article20Item: item }).article20Item).toEqual(["条例第二十条事项无效"]);
    });

    // Regression (was a bug): the refine is `v in ARTICLE_20_ITEMS`, which also finds the properties every object inherits
    // from Object.prototype, so these pass validation and would be stored as the entry's 第二十条 item.
    // Fix: Object.hasOwn(ARTICLE_20_ITEMS, v) (or z.enum over the keys).
    it.each(["toString", "constructor", "__proto__", "hasOwnProperty", "valueOf"])("refuses the inherited property name %j", (item) => {
      expect(entryErrors({ article20Item: item }).article20Item).toEqual(["条例第二十条事项无效"]);
    });
  });

  describe("limits", () => {
    it.each([
      ["a 2-character title", { title: "通知" }],
      ["a 200-character title", { title: "通".repeat(200) }],
      ["a 500-character summary", { summary: "概".repeat(500) }],
      ["a 60-character documentNo", { documentNo: "文".repeat(60) }],
      ["a 50-character scope", { scope: "范".repeat(50) }],
      ["a body of 500 000 characters", { bodyHtml: "x".repeat(500_000) }],
    ])("accepts %s", (_, patch) => {
      expect(entryInputSchema.safeParse({ ...valid, ...patch }).success).toBe(true);
    });
  });

  it.each([
    ["title", { title: undefined }, "请填写标题"],
    ["title", { title: "通" }, "请填写标题（至少 2 个字）"],
    ["title", { title: "  通  " }, "请填写标题（至少 2 个字）"],
    ["title", { title: "通".repeat(201) }, "标题不能超过 200 个字"],
    ["summary", { summary: "概".repeat(501) }, "内容概述不能超过 500 个字"],
    ["documentNo", { documentNo: "文".repeat(61) }, "文号不能超过 60 个字"],
    ["topicId", { topicId: undefined }, "请选择主题分类"],
    ["topicId", { topicId: "" }, "请选择主题分类"],
    ["topicId", { topicId: "0" }, "请选择主题分类"],
    ["topicId", { topicId: "-3" }, "请选择主题分类"],
    ["topicId", { topicId: "abc" }, "请选择主题分类"],
    ["genreId", { genreId: undefined }, "请选择体裁"],
    ["genreId", { genreId: "" }, "请选择体裁"],
    ["genreId", { genreId: "x" }, "请选择体裁"],
    ["validity", { validity: "VOID" }, "请选择有效性"],
    ["attribute", { attribute: "SECRET" }, "请选择公开属性"],
    ["scope", { scope: "   " }, "请填写公开范围"],
    ["bodyHtml", { bodyHtml: "x".repeat(500_001) }, "正文过长（超过 50 万字符），请改为附件"],
  ])("refuses a bad %s with a Chinese message", (field, patch, message) => {
    expect(entryErrors(patch)).toEqual({ [field]: [message] });
  });

  // Regression (was a bug): `scope: z.string()…max(50)` has no message, so staff see zod's English default
  // "Too big: expected string to have <=50 characters". Every other field has a Chinese message.
  it("refuses a scope over 50 characters with a Chinese message", () => {
    const [message] = entryErrors({ scope: "范".repeat(51) }).scope ?? [];
    expect(message).toMatch(CHINESE);
    expect(message).toMatch(/公开范围/);
  });
});

describe("clearanceSchema", () => {
  it("accepts PUBLIC without a legal ground or note", () => {
    expect(clearanceSchema.parse({ conclusion: "PUBLIC", attribute: "PROACTIVE" })).toEqual({
      conclusion: "PUBLIC",
      legalGround: null,
      attribute: "PROACTIVE",
      note: "",
    });
  });

  it("accepts NOT_PUBLIC with a legal ground", () => {
    expect(clearanceSchema.parse({ conclusion: "NOT_PUBLIC", attribute: "NOT_PUBLIC", legalGround: "STATE_SECRET", note: "" })).toMatchObject({
      conclusion: "NOT_PUBLIC",
      legalGround: "STATE_SECRET",
    });
  });

  it.each([undefined, null, "", "   "])("refuses NOT_PUBLIC without a legal ground (%j)", (legalGround) => {
    expect(fieldErrors(clearanceSchema, { conclusion: "NOT_PUBLIC", attribute: "NOT_PUBLIC", legalGround })).toEqual({
      legalGround: ["不予公开须选择法定依据"],
    });
  });

  it("accepts PUBLIC_AFTER_MASKING with a note, trimmed", () => {
    expect(clearanceSchema.parse({ conclusion: "PUBLIC_AFTER_MASKING", attribute: "PROACTIVE", note: " 已删除第三段中的个人身份证号码 " })).toMatchObject({
      note: "已删除第三段中的个人身份证号码",
      legalGround: null,
    });
  });

  it.each([undefined, "", "   \n "])("refuses PUBLIC_AFTER_MASKING without a note (%j)", (note) => {
    expect(fieldErrors(clearanceSchema, { conclusion: "PUBLIC_AFTER_MASKING", attribute: "PROACTIVE", note })).toEqual({
      note: ["部分公开须说明区分处理的内容"],
    });
  });

  it.each([
    ["conclusion", { conclusion: undefined }, "请选择审查结论"],
    ["conclusion", { conclusion: "MAYBE" }, "请选择审查结论"],
    ["attribute", { attribute: undefined }, "请确认公开属性"],
    ["attribute", { attribute: "SECRET" }, "请确认公开属性"],
    ["note", { note: "意".repeat(2001) }, "审查意见不能超过 2000 字"],
  ])("refuses a bad %s", (field, patch, message) => {
    expect(fieldErrors(clearanceSchema, { conclusion: "PUBLIC", attribute: "PROACTIVE", ...patch })).toEqual({ [field]: [message] });
  });

  it("accepts a note of 2000 characters", () => {
    expect(clearanceSchema.safeParse({ conclusion: "PUBLIC", attribute: "PROACTIVE", note: "意".repeat(2000) }).success).toBe(true);
  });
});

describe("returnSchema", () => {
  it("has exactly the reasons the review model labels", () => {
    expect([...returnSchema.shape.reason.options].sort()).toEqual(Object.keys(RETURN_REASONS).sort());
  });

  it.each(Object.keys(RETURN_REASONS))("accepts reason %s with a trimmed note", (reason) => {
    expect(returnSchema.parse({ reason, note: " 标题中的文号有误 " })).toEqual({ reason, note: "标题中的文号有误" });
  });

  it.each([
    ["reason", { reason: undefined }, "请选择退回原因"],
    ["reason", { reason: "LAZY" }, "请选择退回原因"],
    ["note", { note: undefined }, "请填写退回意见"],
    ["note", { note: "" }, "请填写退回意见，告诉起草人需要修改什么"],
    ["note", { note: " 改 " }, "请填写退回意见，告诉起草人需要修改什么"],
  ])("refuses a bad %s", (field, patch, message) => {
    expect(fieldErrors(returnSchema, { reason: "METADATA", note: "标题有误", ...patch })).toEqual({ [field]: [message] });
  });

  it("accepts a note of 2000 characters", () => {
    expect(returnSchema.safeParse({ reason: "OTHER", note: "意".repeat(2000) }).success).toBe(true);
  });

  // Regression (was a bug): `.max(2000)` has no message, so the schema-level `error: "请填写退回意见"` is used: a reviewer who
  // wrote too much is told to write something.
  it("refuses a note over 2000 characters with a message about the length", () => {
    expect(fieldErrors(returnSchema, { reason: "OTHER", note: "意".repeat(2001) }).note?.[0]).toMatch(/2000/);
  });
});

describe("approvalSchema", () => {
  it.each([undefined, null, "", "  "])("treats %j as publish now", (publishAt) => {
    expect(approvalSchema.parse({ publishAt })).toEqual({ note: "", publishAt: null });
  });

  it.each(["2026-05-01T09:30", "2026-12-31T23:59", "2027-01-01T00:00"])("accepts the local date-time %s", (publishAt) => {
    expect(approvalSchema.parse({ note: " 同意 ", publishAt })).toEqual({ note: "同意", publishAt });
  });

  it.each(["2026-05-01 09:30", "2026-05-01T09:30:00", "2026-05-01T09:30Z", "2026-05-01T9:30", "2026/05/01T09:30", "2026-05-01", "09:30", "明天上午"])(
    "refuses the format %j",
    (publishAt) => {
      expect(fieldErrors(approvalSchema, { publishAt })).toEqual({ publishAt: ["定时发布时间格式无效"] });
    },
  );

  // Regression (was a bug): publishAt is checked by shape only. The service turns it into `new Date(`${publishAt}:00+08:00`)`;
  // for month 13, hour 25 or minute 60 that is an Invalid Date, `publishAt > now` is false and the revision
  // is PUBLISHED IMMEDIATELY instead of being scheduled. 2026-02-30 silently becomes 2026-03-02.
  it.each(["2026-13-01T10:00", "2026-00-10T10:00", "2026-02-30T10:00", "2026-04-31T10:00", "2026-05-01T25:00", "2026-05-01T10:60"])(
    "refuses the non-existent date-time %s",
    (publishAt) => {
      expect(approvalSchema.safeParse({ publishAt }).success).toBe(false);
    },
  );

  // Regression (was a bug): `note: …max(2000)` has no message, so the leader sees zod's English default.
  it("refuses a note over 2000 characters with a Chinese message", () => {
    expect(fieldErrors(approvalSchema, { note: "意".repeat(2001) }).note?.[0]).toMatch(CHINESE);
  });
});

describe("unpublishSchema", () => {
  it("has exactly the reasons the review model labels", () => {
    expect([...unpublishSchema.shape.reason.options].sort()).toEqual(Object.keys(WITHDRAWAL_REASONS).sort());
  });

  it.each(Object.keys(WITHDRAWAL_REASONS))("accepts reason %s with a trimmed note", (reason) => {
    expect(unpublishSchema.parse({ reason, note: " 已被新文件替代 " })).toEqual({ reason, note: "已被新文件替代" });
  });

  it.each([
    ["reason", { reason: undefined }, "请选择撤销原因"],
    ["reason", { reason: "BORED" }, "请选择撤销原因"],
    ["note", { note: undefined }, "请填写撤销说明"],
    ["note", { note: "" }, "请填写撤销说明"],
    ["note", { note: " 撤 " }, "请填写撤销说明"],
  ])("refuses a bad %s", (field, patch, message) => {
    expect(fieldErrors(unpublishSchema, { reason: "ERROR", note: "内容有误", ...patch })).toEqual({ [field]: [message] });
  });

  it("accepts a note of 2000 characters", () => {
    expect(unpublishSchema.safeParse({ reason: "OTHER", note: "意".repeat(2000) }).success).toBe(true);
  });

  // Regression (was a bug): as in returnSchema, `.max(2000)` falls back to the schema-level "请填写撤销说明".
  it("refuses a note over 2000 characters with a message about the length", () => {
    expect(fieldErrors(unpublishSchema, { reason: "OTHER", note: "意".repeat(2001) }).note?.[0]).toMatch(/2000/);
  });
});

describe("acknowledgeFindingSchema", () => {
  it("takes the bound version (a number or form text) and a trimmed note", () => {
    expect(acknowledgeFindingSchema.parse({ version: 3, note: " 单位公开的办公电话 " })).toEqual({ version: 3, note: "单位公开的办公电话" });
    expect(acknowledgeFindingSchema.parse({ version: "7", note: "无碍" })).toEqual({ version: 7, note: "无碍" });
  });

  it.each([
    [{ note: "" }, "note", "请说明为何无碍，例如：为公开的单位办公电话"],
    [{ note: "   " }, "note", "请说明为何无碍，例如：为公开的单位办公电话"],
    [{ note: undefined }, "note", "请说明为何无碍"],
    [{ note: "意".repeat(501) }, "note", "说明不能超过 500 字"],
    [{ version: 0 }, "version", "版本无效"],
    [{ version: "x" }, "version", "版本无效"],
    [{ version: 1.5 }, "version", "版本无效"],
  ])("refuses %j on %s", (patch, field, message) => {
    expect(fieldErrors(acknowledgeFindingSchema, { version: 1, note: "已核实", ...patch })).toEqual({ [field]: [message] });
  });
});
