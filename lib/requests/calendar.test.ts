import { describe, expect, it } from "vitest";
import { createWorkingCalendar, validateOverrides, type CalendarOverride } from "./calendar";
import { addDays } from "./dates";
import { OFFICIAL_OVERRIDES } from "./holidays";

const calendar = createWorkingCalendar(OFFICIAL_OVERRIDES);

describe("addWorkingDays: domain.md §8 test cases (2026)", () => {
  it.each([
    ["2026-09-30", 7, "2026-10-15"],
    ["2026-09-30", 20, "2026-11-03"],
    ["2026-09-30", 40, "2026-12-01"],
    ["2026-02-13", 20, "2026-03-19"],
    ["2026-04-30", 20, "2026-06-01"],
  ])("received %s, +%i working days = %s", (receivedOn, n, expected) => {
    expect(calendar.addWorkingDays(receivedOn, n)).toBe(expected);
  });
});

describe("isWorkingDay and describeDay", () => {
  it.each([
    ["2026-11-23", true, "WORKDAY", null], // Monday
    ["2026-11-21", false, "WEEKEND", null], // Saturday
    ["2026-11-22", false, "WEEKEND", null], // Sunday
    ["2026-10-01", false, "HOLIDAY", "国庆节"], // Thursday off
    ["2026-10-03", false, "HOLIDAY", "国庆节"], // Saturday inside the block
    ["2026-10-10", true, "MAKEUP_WORKDAY", "国庆节"], // Saturday worked
    ["2026-09-20", true, "MAKEUP_WORKDAY", "国庆节"], // Sunday worked
    ["2026-01-04", true, "MAKEUP_WORKDAY", "元旦"], // Sunday worked
    ["2026-02-23", false, "HOLIDAY", "春节"], // Monday, last day of 春节
    ["2026-02-24", true, "WORKDAY", null],
    ["2025-10-08", false, "HOLIDAY", "国庆节、中秋节"],
    ["2025-10-11", true, "MAKEUP_WORKDAY", "国庆节、中秋节"],
  ] as const)("%s: working=%s, %s %s", (date, working, kind, name) => {
    expect(calendar.isWorkingDay(date)).toBe(working);
    expect(calendar.describeDay(date)).toEqual({ date, isWorkingDay: working, kind, name });
  });

  it("treats a year without data by the weekday rule only (2027-01-01 is a Friday)", () => {
    expect(calendar.isWorkingDay("2027-01-01")).toBe(true);
    expect(calendar.isYearCovered(2027)).toBe(false);
  });
});

describe("addWorkingDays", () => {
  it("returns the start for n = 0, even on a holiday", () => {
    expect(calendar.addWorkingDays("2026-10-03", 0)).toBe("2026-10-03");
  });

  it.each([
    ["2026-11-20", 1, "2026-11-23"], // Friday → Monday
    ["2026-11-21", 1, "2026-11-23"], // received on a Saturday: day 1 is Monday
    ["2026-10-03", 1, "2026-10-08"], // received during 国庆节
    ["2026-02-12", 1, "2026-02-13"],
    ["2026-02-12", 2, "2026-02-14"], // Saturday make-up day counts
    ["2026-02-12", 3, "2026-02-24"], // then all of 春节 (15–23 Feb) is skipped
    ["2025-01-24", 1, "2025-01-26"], // 2025 春节: Sunday make-up day
    ["2025-01-24", 3, "2025-02-05"], // 28 Jan – 4 Feb off
    ["2025-12-31", 1, "2026-01-04"], // year boundary: 元旦 off, Sunday 4 Jan worked
    ["2025-12-31", 2, "2026-01-05"],
    ["2025-12-15", 20, "2026-01-13"],
    ["2026-09-15", 20, "2026-10-19"], // 中秋节 and 国庆节 in one period
  ])("%s + %i = %s", (start, n, expected) => {
    expect(calendar.addWorkingDays(start, n)).toBe(expected);
  });

  it.each([-1, 1.5, Number.NaN])("refuses n = %s", (n) => {
    expect(() => calendar.addWorkingDays("2026-11-23", n)).toThrow(RangeError);
  });

  it("refuses a malformed start date", () => {
    expect(() => calendar.addWorkingDays("2026-02-30", 1)).toThrow(RangeError);
  });
});

describe("workingDaysBetween", () => {
  it.each([
    ["2026-09-30", "2026-11-03", 20],
    ["2026-11-03", "2026-09-30", -20],
    ["2026-11-23", "2026-11-23", 0],
    ["2026-11-20", "2026-11-21", 0], // Friday → Saturday
    ["2026-11-20", "2026-11-23", 1], // Friday → Monday
    ["2026-09-30", "2026-10-07", 0], // all of 国庆节
    ["2026-02-13", "2026-02-28", 6], // 14 Feb and 28 Feb are make-up days
  ])("(%s, %s] has %i working days", (from, to, expected) => {
    expect(calendar.workingDaysBetween(from, to)).toBe(expected);
  });

  it("is the inverse of addWorkingDays for every start day of 2025 and 2026", () => {
    // One assertion over all 2,920 cases: an expect() per case made this test slow on a busy machine.
    const wrong: string[] = [];
    for (let start = "2025-01-01"; start <= "2026-12-31"; start = addDays(start, 1)) {
      for (const n of [1, 7, 20, 40]) {
        const end = calendar.addWorkingDays(start, n);
        if (calendar.workingDaysBetween(start, end) !== n || !calendar.isWorkingDay(end)) wrong.push(`${start} + ${n} → ${end}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe("coveredYears and missingYears", () => {
  it("lists the years with data", () => {
    expect(calendar.coveredYears()).toEqual([2025, 2026]);
  });

  it.each([
    ["2026-11-23", []], // today in the brief: 2027 not due yet
    ["2026-11-30", []],
    ["2026-12-01", [2027]], // domain.md §8: warn from 1 Dec
    ["2026-12-31", [2027]],
    ["2027-01-02", [2027]], // the current year itself is empty
    ["2027-12-05", [2027, 2028]],
    ["2025-06-01", []],
  ])("on %s reports %j", (today, expected) => {
    expect(calendar.missingYears(today)).toEqual(expected);
  });

  it("reports the current year for an empty calendar", () => {
    expect(createWorkingCalendar([]).missingYears("2026-06-01")).toEqual([2026]);
    expect(createWorkingCalendar([]).coveredYears()).toEqual([]);
  });
});

describe("validateOverrides", () => {
  const row = (date: string, kind: CalendarOverride["kind"] = "HOLIDAY", name = "春节"): CalendarOverride => ({ date, kind, name });

  it("accepts the official data", () => {
    expect(validateOverrides(OFFICIAL_OVERRIDES)).toEqual([]);
  });

  it.each([
    [[row("2026-02-30")], "INVALID_DATE", 0],
    [[row("2026-02-16"), row("2026-02-16", "HOLIDAY", "元宵")], "DUPLICATE_DATE", 1],
    [[row("2026-02-16", "HOLIDAY", "  ")], "NAME_MISSING", 0],
    [[row("2026-02-16", "MAKEUP_WORKDAY")], "MAKEUP_ON_WEEKDAY", 0], // a Monday
    [[{ date: "2026-02-16", kind: "DAY_OFF" as CalendarOverride["kind"], name: "春节" }], "INVALID_KIND", 0],
  ] as const)("finds %j → %s at row %i", (overrides, code, index) => {
    const issues = validateOverrides(overrides);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code, index });
    expect(issues[0]?.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it("accepts a holiday on a weekend, as inside a holiday block", () => {
    expect(validateOverrides([row("2026-02-21")])).toEqual([]);
  });

  it("keeps createWorkingCalendar from building on invalid rows", () => {
    expect(() => createWorkingCalendar([row("2026-02-16"), row("2026-02-16")])).toThrow(RangeError);
  });

  it("lets an edited calendar change the result (a one-off holiday)", () => {
    const edited = createWorkingCalendar([...OFFICIAL_OVERRIDES, { date: "2026-10-20", kind: "HOLIDAY", name: "临时放假" }]);
    expect(edited.addWorkingDays("2026-09-30", 20)).toBe("2026-11-04");
    expect(edited.describeDay("2026-10-20")).toMatchObject({ isWorkingDay: false, name: "临时放假" });
  });
});
