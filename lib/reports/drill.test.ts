import { describe, expect, it } from "vitest";
import type { DrillFilter } from "./annual";
import { drillLabel, drillParam, parseDrillParam } from "./drill";

const entries: DrillFilter = { kind: "entries", article20Item: "A20_01", topic: "NORMATIVE", event: "repealed", year: 2025 };
const granted: DrillFilter = { kind: "requests", applicantType: "NATURAL_PERSON", row: "GRANTED", year: 2025 };
const allConcluded: DrillFilter = { kind: "requests", applicantType: null, row: "concluded", year: 2025 };

describe("drill parameter", () => {
  it.each([entries, granted, allConcluded])("reads back what it wrote: %o", (drill) => {
    expect(parseDrillParam(drillParam(drill), 2025)).toEqual(drill);
  });

  it("is short and readable in a link", () => {
    expect([drillParam(entries), drillParam(granted), drillParam(allConcluded)]).toEqual([
      "entries.NORMATIVE.repealed",
      "requests.NATURAL_PERSON.GRANTED",
      "requests.all.concluded",
    ]);
  });

  it.each([
    "",
    "entries",
    "entries.RULE",
    "entries.RULE.later",
    "entries.OTHER.valid",
    "requests.NOBODY.GRANTED",
    "requests.all.GRANTED.x",
    "requests.all.toString",
  ])("rejects %j", (param) => {
    expect(parseDrillParam(param, 2025)).toBeNull();
  });
});

describe("drillLabel", () => {
  it("names the table, row and column", () => {
    expect(drillLabel(entries)).toBe("表二 第二十条第（一）项 行政规范性文件「本年废止件数」");
    expect(drillLabel(granted)).toBe("表三 三、本年度办理结果 （一）予以公开「自然人」");
    expect(drillLabel(allConcluded)).toBe("表三 三、本年度办理结果 （七）总计「总计」");
  });
});
