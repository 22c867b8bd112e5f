import { describe, expect, it } from "vitest";
import { assessFreshness, intervalLabel } from "./freshness";

describe("assessFreshness", () => {
  it("is blank when the unit never published in the column", () => {
    expect(assessFreshness(null, 7, "2026-11-23")).toEqual({ status: "BLANK" });
  });

  it("is fresh up to and including the day the interval ends", () => {
    expect(assessFreshness("2026-11-16", 7, "2026-11-23")).toEqual({ status: "FRESH", dueOn: "2026-11-23" });
    expect(assessFreshness("2026-11-23", 7, "2026-11-23")).toEqual({ status: "FRESH", dueOn: "2026-11-30" });
  });

  it("is stale from the day after, with the days overdue", () => {
    expect(assessFreshness("2026-11-15", 7, "2026-11-23")).toEqual({ status: "STALE", dueOn: "2026-11-22", daysOverdue: 1 });
    expect(assessFreshness("2025-02-28", 365, "2026-11-23")).toEqual({ status: "STALE", dueOn: "2026-02-28", daysOverdue: 268 });
  });

  it("counts calendar days across a leap day", () => {
    expect(assessFreshness("2028-02-28", 7, "2028-03-06")).toEqual({ status: "FRESH", dueOn: "2028-03-06" });
  });
});

describe("intervalLabel", () => {
  it.each([
    [7, "每周"],
    [30, "每月"],
    [365, "每年"],
    [14, "每 14 天"],
  ])("%i days reads %s", (days, label) => {
    expect(intervalLabel(days)).toBe(label);
  });
});
