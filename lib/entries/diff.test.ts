import { describe, expect, it } from "vitest";
import { diffContent } from "./diff";
import type { EntryContent } from "./model";

const base: EntryContent = {
  title: "示范区2026年部门预算",
  summary: "",
  documentNo: "示财〔2026〕3号",
  generatedOn: "2026-02-10",
  writtenOn: null,
  unitId: 1,
  topicId: 10,
  genreId: 20,
  keywords: ["预算"],
  validity: "VALID",
  attribute: "PROACTIVE",
  methods: ["政府网站"],
  scope: "面向社会",
  article20Item: null,
  bodyHtml: "<p>本年度一般公共预算收入为100万元。</p>",
  attachmentHashes: [],
};
const names = { topic: (id: number) => (id === 10 ? "财政资金\\预算" : "财政资金\\决算"), genre: () => "通知" };

describe("diffContent", () => {
  it("finds nothing between equal revisions", () => {
    expect(diffContent(base, { ...base }, names)).toEqual({ fields: [], body: null });
  });

  it("lists changed metadata with readable old and new values", () => {
    const { fields } = diffContent(base, { ...base, title: "示范区2026年部门决算", topicId: 11, validity: "REPEALED", writtenOn: "2026-02-01" }, names);
    expect(fields).toEqual([
      { label: "标题", before: "示范区2026年部门预算", after: "示范区2026年部门决算" },
      { label: "成文日期", before: "", after: "2026-02-01" },
      { label: "主题分类", before: "财政资金\\预算", after: "财政资金\\决算" },
      { label: "有效性", before: "有效", after: "已废止" },
    ]);
  });

  it("marks inserted and deleted characters in the body text, ignoring markup-only changes", () => {
    const { body } = diffContent(base, { ...base, bodyHtml: "<p>本年度一般公共预算收入为120万元。</p>" }, names);
    const removed = body!
      .filter((p) => p.removed)
      .map((p) => p.value)
      .join("");
    const added = body!
      .filter((p) => p.added)
      .map((p) => p.value)
      .join("");
    expect(removed).toBe("0");
    expect(added).toBe("2");
    expect(
      body!
        .filter((p) => !p.added)
        .map((p) => p.value)
        .join(""),
    ).toBe("本年度一般公共预算收入为100万元。");
    expect(diffContent(base, { ...base, bodyHtml: "<p><strong>本年度一般公共预算收入为100万元。</strong></p>" }, names).body).toBeNull();
  });
});
