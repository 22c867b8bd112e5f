import { describe, expect, it } from "vitest";
import { createWorkingCalendar, type CalendarOverride } from "@/lib/requests/calendar";
import { addDays } from "@/lib/requests/dates";
import {
  buildMonthlyReport,
  describeChange,
  formatChange,
  formatYearMonth,
  isOverdueInMonth,
  isYearMonth,
  monthBounds,
  monthlyReportCsv,
  publicationWorkingDays,
  shiftMonth,
  sortMonthlyRows,
  type ApplicationFact,
  type UnitMonthFacts,
} from "./monthly";

// 国庆节 2026: 1–7 October off (Thursday to Wednesday), Saturday 10 October worked instead.
const overrides: CalendarOverride[] = [
  ...Array.from({ length: 7 }, (_, i): CalendarOverride => ({ date: addDays("2026-10-01", i), kind: "HOLIDAY", name: "国庆节" })),
  { date: "2026-10-10", kind: "MAKEUP_WORKDAY", name: "国庆节" },
];
const calendar = createWorkingCalendar(overrides);

const app = (receivedOn: string | null, concludedOn: string | null, dueOn: string | null): ApplicationFact => ({ receivedOn, concludedOn, dueOn });

const unitA: UnitMonthFacts = {
  unitId: 1,
  unitName: "甲局",
  staleColumns: 1,
  publications: [
    { generatedOn: "2026-04-01", publishedOn: "2026-04-02" }, // before the chart's six months
    { generatedOn: "2026-05-06", publishedOn: "2026-05-07" },
    { generatedOn: "2026-09-01", publishedOn: "2026-09-02" },
    // 30 Sep → 9 Oct: 1–7 Oct are 国庆节, so 8 Oct is day 1 and 9 Oct day 2.
    { generatedOn: "2026-09-30", publishedOn: "2026-10-09" },
    // Friday 9 Oct → Monday 12 Oct: the make-up Saturday counts (1), Sunday not, Monday is day 2.
    { generatedOn: "2026-10-09", publishedOn: "2026-10-12" },
    // 1 Sep → 8 Oct: 21 working days from 2 to 30 Sep, then 8 Oct: 22, over the limit of 20.
    { generatedOn: "2026-09-01", publishedOn: "2026-10-08" },
    { generatedOn: "2026-10-30", publishedOn: "2026-11-02" }, // the next month
  ],
  applications: [],
};

const unitB: UnitMonthFacts = {
  unitId: 2,
  unitName: "乙局",
  staleColumns: 2,
  publications: [
    { generatedOn: "2026-09-14", publishedOn: "2026-09-15" },
    { generatedOn: "2026-09-14", publishedOn: "2026-09-16" },
  ],
  applications: [
    app("2026-10-09", null, "2026-11-06"), // received, still in time
    app("2026-09-01", "2026-10-15", "2026-09-29"), // answered in October, late: overdue
    app("2026-09-10", null, "2026-10-20"), // open at the end of October, past due: overdue
    app("2026-09-15", "2026-11-02", "2026-10-30"), // open on 31 October, due the day before: overdue
    app("2026-09-20", "2026-09-25", "2026-10-23"), // concluded in September: not in October's figures
    app("2026-10-20", "2026-10-22", "2026-11-17"), // received and answered in October, in time
    app(null, null, null), // online application not yet registered
    app("2026-10-30", null, null), // received, clock stopped (补正 awaited): nothing is due
    app("2026-09-28", null, "2026-10-31"), // due on the last day of the month: not yet overdue
  ],
};

const unitC: UnitMonthFacts = { unitId: 3, unitName: "丙局", staleColumns: 0, publications: [], applications: [] };

describe("months", () => {
  it("shifts across years and bounds months, leap February included", () => {
    expect(shiftMonth("2026-01", -1)).toBe("2025-12");
    expect(shiftMonth("2026-11", 2)).toBe("2027-01");
    expect(shiftMonth("2026-10", -5)).toBe("2026-05");
    expect(monthBounds("2028-02")).toEqual({ first: "2028-02-01", last: "2028-02-29" });
    expect(monthBounds("2026-12")).toEqual({ first: "2026-12-01", last: "2026-12-31" });
    expect(formatYearMonth("2026-03")).toBe("2026年3月");
    expect(isYearMonth("2026-10")).toBe(true);
    expect(isYearMonth("2026-13")).toBe(false);
    expect(isYearMonth("2026-1")).toBe(false);
  });
});

describe("publicationWorkingDays", () => {
  it("excludes the 生成日期, skips the holiday and counts the make-up Saturday", () => {
    expect(publicationWorkingDays({ generatedOn: "2026-09-30", publishedOn: "2026-10-09" }, calendar)).toBe(2);
    expect(publicationWorkingDays({ generatedOn: "2026-10-09", publishedOn: "2026-10-12" }, calendar)).toBe(2);
    expect(publicationWorkingDays({ generatedOn: "2026-10-09", publishedOn: "2026-10-09" }, calendar)).toBe(0);
    // A 生成日期 after the 公开日期 is a data error; it does not make the average look better than 0.
    expect(publicationWorkingDays({ generatedOn: "2026-10-20", publishedOn: "2026-10-09" }, calendar)).toBe(0);
  });
});

describe("isOverdueInMonth", () => {
  it.each([
    ["answered on the due date", app("2026-10-08", "2026-11-05", "2026-11-05"), "2026-11", false],
    ["answered the day after the due date", app("2026-10-08", "2026-11-06", "2026-11-05"), "2026-11", true],
    ["answered late in an earlier month", app("2026-09-01", "2026-10-15", "2026-09-29"), "2026-11", false],
    ["open and past due for months", app("2026-06-01", null, "2026-06-29"), "2026-10", true],
    ["received after the month", app("2026-11-02", null, "2026-10-01"), "2026-10", false],
    ["clock stopped", app("2026-09-01", null, null), "2026-10", false],
  ])("%s", (_, application, month, expected) => {
    expect(isOverdueInMonth(application, month)).toBe(expected);
  });
});

describe("buildMonthlyReport", () => {
  const report = buildMonthlyReport([unitA, unitB, unitC], "2026-10", calendar);
  const [a, b, c] = report.rows;

  it("counts a unit's publications, their timeliness in working days and the change against September", () => {
    expect(a).toMatchObject({
      unitName: "甲局",
      published: 3,
      averageDays: 8.7, // (2 + 2 + 22) / 3
      maxDays: 22,
      overLimit: 1,
      previous: { published: 1, received: 0 },
      staleColumns: 1,
    });
    expect(a?.history).toEqual([
      { month: "2026-05", published: 1 },
      { month: "2026-06", published: 0 },
      { month: "2026-07", published: 0 },
      { month: "2026-08", published: 0 },
      { month: "2026-09", published: 1 },
      { month: "2026-10", published: 3 },
    ]);
  });

  it("shows no average or maximum, not 0, for a unit that published nothing", () => {
    expect(b).toMatchObject({ published: 0, averageDays: null, maxDays: null, overLimit: 0, previous: { published: 2 } });
    expect(c).toMatchObject({ published: 0, averageDays: null, maxDays: null, received: 0, concluded: 0, overdue: 0 });
  });

  it("counts applications received, concluded and overdue in the month", () => {
    expect(b).toMatchObject({ received: 3, concluded: 2, overdue: 3, previous: { received: 5 } });
  });

  it("adds the units up in the 合计 row, with the timeliness of all publications together", () => {
    expect(report.total).toMatchObject({
      published: 3,
      averageDays: 8.7,
      maxDays: 22,
      overLimit: 1,
      received: 3,
      concluded: 2,
      overdue: 3,
      staleColumns: 3,
      previous: { published: 3, received: 5 },
    });
    expect(report.total.history.at(-2)).toEqual({ month: "2026-09", published: 3 });
  });

  it("shows the month-over-month change", () => {
    expect(formatChange(a!.published, a!.previous.published)).toBe("↑2");
    expect(formatChange(b!.published, b!.previous.published)).toBe("↓2");
    expect(formatChange(c!.published, c!.previous.published)).toBe("持平");
    expect(describeChange(3, 1)).toBe("较上月增加 2");
    expect(describeChange(0, 2)).toBe("较上月减少 2");
    expect(describeChange(0, 0)).toBe("与上月持平");
  });

  describe("sortMonthlyRows", () => {
    const names = (key: Parameters<typeof sortMonthlyRows>[1], direction: "asc" | "desc") =>
      sortMonthlyRows(report.rows, key, direction).map((r) => r.unitName);

    it("keeps the unit tree's order for 单位, reversed when descending", () => {
      expect(names("unit", "asc")).toEqual(["甲局", "乙局", "丙局"]);
      expect(names("unit", "desc")).toEqual(["丙局", "乙局", "甲局"]);
    });

    it("sorts by a count; ties keep the tree order", () => {
      expect(names("published", "desc")).toEqual(["甲局", "乙局", "丙局"]);
      expect(names("published", "asc")).toEqual(["乙局", "丙局", "甲局"]);
      expect(names("overdue", "desc")).toEqual(["乙局", "甲局", "丙局"]);
      expect(names("staleColumns", "asc")).toEqual(["丙局", "甲局", "乙局"]);
    });

    it("sorts by the change against last month", () => {
      expect(names("change", "asc")).toEqual(["乙局", "丙局", "甲局"]);
    });

    it("puts units without an average last in either direction", () => {
      expect(names("averageDays", "asc")).toEqual(["甲局", "乙局", "丙局"]);
      expect(names("averageDays", "desc")).toEqual(["甲局", "乙局", "丙局"]);
    });

    it("does not change the rows it is given", () => {
      sortMonthlyRows(report.rows, "published", "asc");
      expect(report.rows.map((r) => r.unitName)).toEqual(["甲局", "乙局", "丙局"]);
    });
  });
});

describe("monthlyReportCsv", () => {
  it("writes the title, the header, the rows in the given order and the 合计 row, for Excel", () => {
    const report = buildMonthlyReport([unitA, unitB, { ...unitC, unitName: "=HYPERLINK(1)" }], "2026-10", calendar);
    const csv = monthlyReportCsv(report, sortMonthlyRows(report.rows, "published", "asc"));
    expect(csv.startsWith("\uFEFF2026年10月政府信息公开工作月度通报\r\n")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[1]).toBe(
      "单位,公开数量,上月公开数量,较上月,平均用时（工作日）,最长用时（工作日）,超过20个工作日,收到申请,上月收到申请,办结,逾期,链接检查失败,未及时更新栏目",
    );
    expect(lines.slice(2, 6)).toEqual([
      "乙局,0,2,-2,,,0,3,5,2,3,未检查,2",
      "'=HYPERLINK(1),0,0,0,,,0,0,0,0,0,未检查,0",
      "甲局,3,1,2,8.7,22,1,0,0,0,0,未检查,1",
      "合计,3,3,0,8.7,22,1,3,5,2,3,未检查,3",
    ]);
  });

  it("writes the latest link check's 错链 + 空链 per unit, 未检查 for a unit never checked, and sums the checked ones", () => {
    const report = buildMonthlyReport([{ ...unitA, failedLinks: 4 }, { ...unitB, failedLinks: 0 }, unitC], "2026-10", calendar);
    expect(report.rows.map((r) => r.failedLinks)).toEqual([4, 0, null]);
    expect(report.total.failedLinks).toBe(4);
    const cells = monthlyReportCsv(report)
      .slice(1)
      .split("\r\n")
      .slice(2, 6)
      .map((line) => line.split(",")[11]);
    expect(cells).toEqual(["4", "0", "未检查", "4"]);
  });
});
