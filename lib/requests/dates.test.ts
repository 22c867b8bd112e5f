import { afterEach, describe, expect, it } from "vitest";
import { addDays, dayOfWeek, daysBetween, formatDateWithWeekday, fromDayNumber, isIsoDate, toChinaDate, toDayNumber, yearOf } from "./dates";

const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe("isIsoDate", () => {
  it.each(["2026-11-23", "2024-02-29", "2026-12-31", "2027-01-01"])("accepts %s", (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each(["2026-02-29", "2026-02-30", "2026-13-01", "2026-00-10", "2026-1-1", "2026/11/23", "20261123", "", "2026-11-23T00:00:00Z"])("rejects %j", (value) => {
    expect(isIsoDate(value)).toBe(false);
  });
});

describe("day arithmetic", () => {
  it.each([
    ["2026-02-28", 1, "2026-03-01"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2026-12-31", 1, "2027-01-01"],
    ["2026-01-01", -1, "2025-12-31"],
    ["2026-10-08", 0, "2026-10-08"],
    ["2026-09-30", 62, "2026-12-01"],
  ])("%s + %i days = %s", (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it("round-trips day numbers, including before 1970", () => {
    for (const date of ["1969-12-31", "1970-01-01", "2000-02-29", "2026-11-23"]) expect(fromDayNumber(toDayNumber(date))).toBe(date);
    expect(toDayNumber("1970-01-02")).toBe(1);
  });

  it("counts calendar days both ways", () => {
    expect(daysBetween("2026-09-30", "2026-10-08")).toBe(8);
    expect(daysBetween("2026-10-08", "2026-09-30")).toBe(-8);
  });

  it("throws on malformed input instead of computing with NaN", () => {
    expect(() => toDayNumber("2026-02-30")).toThrow(RangeError);
    expect(() => addDays("not a date", 1)).toThrow(RangeError);
  });

  it.each([
    ["1970-01-01", 4],
    ["1969-12-31", 3],
    ["2026-11-23", 1],
    ["2026-10-10", 6],
    ["2026-02-15", 0],
  ])("%s is weekday %i", (date, weekday) => {
    expect(dayOfWeek(date)).toBe(weekday);
  });

  it("reads the year", () => {
    expect(yearOf("2027-01-01")).toBe(2027);
  });
});

describe("toChinaDate", () => {
  it.each([
    ["2026-11-22T15:59:59.999Z", "2026-11-22"],
    ["2026-11-22T16:00:00Z", "2026-11-23"],
    ["2026-12-31T16:00:00Z", "2027-01-01"],
    ["2026-11-23T00:00:00+08:00", "2026-11-23"],
  ])("%s is %s in Beijing", (instant, expected) => {
    expect(toChinaDate(new Date(instant))).toBe(expected);
  });

  it.each(["UTC", "America/Los_Angeles", "Pacific/Kiritimati", "Asia/Shanghai"])("does not depend on the server time zone (%s)", (tz) => {
    process.env.TZ = tz;
    expect(toChinaDate(new Date("2026-11-22T16:30:00Z"))).toBe("2026-11-23");
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
    expect(dayOfWeek("2026-11-23")).toBe(1);
  });
});

describe("formatDateWithWeekday", () => {
  it("names the weekday in Chinese", () => {
    expect(formatDateWithWeekday("2026-10-08")).toBe("2026-10-08（星期四）");
    expect(formatDateWithWeekday("2026-02-15")).toBe("2026-02-15（星期日）");
  });
});
