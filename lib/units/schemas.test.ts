import { describe, expect, it } from "vitest";
import { z } from "zod";
import { idSchema, unitSchema } from "./schemas";

const valid = {
  name: "示范区教育局",
  shortName: "区教育局",
  code: "D2143569-X",
  kind: "DEPARTMENT",
  parentId: "1",
  sortOrder: "10",
};

/** The messages for each field of a failed parse, as the form shows them. */
function fieldErrors(input: unknown): Record<string, string[] | undefined> {
  const result = unitSchema.safeParse(input);
  expect(result.success).toBe(false);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
}

describe("unitSchema", () => {
  it("accepts a complete form and converts its strings", () => {
    expect(unitSchema.parse(valid)).toEqual({
      name: "示范区教育局",
      shortName: "区教育局",
      code: "D2143569-X",
      kind: "DEPARTMENT",
      parentId: 1,
      sortOrder: 10,
    });
  });

  it("trims text, upper-cases the code before checking it, and treats blanks as absent", () => {
    const parsed = unitSchema.parse({
      ...valid,
      name: "  示范区教育局 ",
      shortName: "   ",
      code: " d2143569-x ",
      parentId: "",
      sortOrder: undefined,
    });
    expect(parsed).toMatchObject({
      name: "示范区教育局",
      shortName: null,
      code: "D2143569-X",
      sortOrder: 0,
    });
    expect(parsed.parentId).toBeUndefined();
  });

  it.each([
    ["parentId null", { parentId: null }, { parentId: undefined }],
    ["shortName null", { shortName: null }, { shortName: null }],
    ["shortName missing", { shortName: undefined }, { shortName: undefined }],
    ["sortOrder at the upper bound", { sortOrder: "9999" }, { sortOrder: 9999 }],
    ["sortOrder zero", { sortOrder: "0" }, { sortOrder: 0 }],
    ["a 100-character name", { name: "局".repeat(100) }, { name: "局".repeat(100) }],
    ["a 20-character short name", { shortName: "办".repeat(20) }, { shortName: "办".repeat(20) }],
    ["a local code", { code: "zf-001" }, { code: "ZF-001" }],
    ["a USCC", { code: "914403001922038216" }, { code: "914403001922038216" }],
  ])("accepts %s", (_, patch, expected) => {
    const parsed = unitSchema.parse({ ...valid, ...patch });
    for (const [key, value] of Object.entries(expected)) expect(parsed[key as keyof typeof parsed]).toEqual(value);
  });

  it.each([
    ["name", { name: "局" }, "请填写单位全称（至少 2 个字）"],
    ["name", { name: "  局  " }, "请填写单位全称（至少 2 个字）"],
    ["name", { name: "局".repeat(101) }, "单位名称不能超过 100 个字"],
    ["shortName", { shortName: "办".repeat(21) }, "简称不能超过 20 个字"],
    ["code", { code: "A" }, "单位代码只能包含大写字母、数字和连字符，长度 2–32 位"],
    ["code", { code: "ZF 001" }, "单位代码只能包含大写字母、数字和连字符，长度 2–32 位"],
    ["code", { code: "914403001922038217" }, "统一社会信用代码校验位不正确，请核对"],
    ["code", { code: "D2143569-1" }, "组织机构代码校验位不正确，请核对"],
    ["kind", { kind: "CITY" }, "请选择单位类型"],
    ["kind", { kind: undefined }, "请选择单位类型"],
    ["sortOrder", { sortOrder: "abc" }, "排序号须为整数"],
    ["sortOrder", { sortOrder: "1.5" }, "排序号须为整数"],
    ["sortOrder", { sortOrder: "-1" }, "排序号不能小于 0"],
    ["sortOrder", { sortOrder: "10000" }, "排序号不能大于 9999"],
  ])("reports %s for %j", (field, patch, message) => {
    const errors = fieldErrors({ ...valid, ...patch });
    expect(errors[field]).toEqual([message]);
    // Only the bad field is reported.
    expect(Object.keys(errors)).toEqual([field]);
  });

  it.each([["0"], ["-3"], ["abc"], ["1.5"]])("rejects the parent id %j", (parentId) => {
    expect(fieldErrors({ ...valid, parentId }).parentId).toHaveLength(1);
  });

  it("reports every bad field at once", () => {
    const errors = fieldErrors({
      name: "",
      code: "",
      kind: "",
      sortOrder: "x",
    });
    expect(Object.keys(errors).sort()).toEqual(["code", "kind", "name", "sortOrder"]);
  });
});

describe("idSchema", () => {
  it.each([
    ["7", 7],
    [7, 7],
  ])("accepts %j", (input, expected) => {
    expect(idSchema.parse(input)).toBe(expected);
  });

  it.each([["0"], ["-1"], ["1.5"], ["abc"], [""], [undefined]])("rejects %j", (input) => {
    expect(idSchema.safeParse(input).success).toBe(false);
  });
});
