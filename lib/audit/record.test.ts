import { describe, expect, it } from "vitest";
import { describeChanges } from "./record";

describe("describeChanges", () => {
  type Unit = {
    name: string;
    shortName: string | null;
    sortOrder: number;
    disabled: boolean;
    code: string;
  };
  const before: Unit = {
    name: "示范区教育局",
    shortName: null,
    sortOrder: 10,
    disabled: false,
    code: "ZF-001",
  };

  it("lists only the fields that changed, labelled, in the order of the update", () => {
    expect(describeChanges(before, { sortOrder: 20, name: "示范区教育体育局", code: "ZF-001" }, { name: "名称", sortOrder: "排序" })).toEqual([
      "排序: 10 → 20",
      "名称: 示范区教育局 → 示范区教育体育局",
    ]);
  });

  it("falls back to the field name when there is no label", () => {
    expect(describeChanges(before, { code: "ZF-002" }, { name: "名称" })).toEqual(["code: ZF-001 → ZF-002"]);
  });

  it("shows a missing value as （空） on either side", () => {
    expect(describeChanges(before, { shortName: "区教育局" }, { shortName: "简称" })).toEqual(["简称: （空） → 区教育局"]);
    expect(describeChanges<Unit>({ ...before, shortName: "区教育局" }, { shortName: null }, { shortName: "简称" })).toEqual(["简称: 区教育局 → （空）"]);
  });

  it("shows false and 0 as values, not as empty", () => {
    expect(describeChanges(before, { disabled: true, sortOrder: 0 })).toEqual(["disabled: false → true", "sortOrder: 10 → 0"]);
  });

  it("ignores fields the update leaves undefined", () => {
    expect(describeChanges(before, { name: undefined, shortName: undefined })).toEqual([]);
  });

  it("returns nothing when nothing changed", () => {
    expect(describeChanges(before, { ...before })).toEqual([]);
    expect(describeChanges(before, {})).toEqual([]);
  });
});
