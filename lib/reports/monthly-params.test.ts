import { afterEach, describe, expect, it, vi } from "vitest";
import { monthlyReportParamsSchema, sortLink } from "./monthly-params";

describe("monthlyReportParamsSchema", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("takes a month and a sort column", () => {
    expect(monthlyReportParamsSchema.parse({ month: "2026-10", sort: "overdue", dir: "desc" })).toEqual({ month: "2026-10", sort: "overdue", dir: "desc" });
  });

  it("falls back to last month in Beijing, the unit order and ascending", () => {
    // 1 December 00:30 in Beijing is still 30 November in UTC: last month is November.
    vi.useFakeTimers({ now: new Date("2026-11-30T16:30:00Z") });
    expect(monthlyReportParamsSchema.parse({ month: "2026-13", sort: "name", dir: "up" })).toEqual({ month: "2026-11", sort: "unit", dir: "asc" });
    vi.setSystemTime(new Date("2027-01-15T04:00:00Z"));
    expect(monthlyReportParamsSchema.parse({}).month).toBe("2026-12");
    expect(monthlyReportParamsSchema.parse({ month: ["2026-10", "2026-09"] }).month).toBe("2026-12");
    expect(monthlyReportParamsSchema.parse({ month: "1999-01" }).month).toBe("2026-12");
  });
});

describe("sortLink", () => {
  const params = { month: "2026-10", sort: "published", dir: "desc" } as const;

  it("flips the active column and starts another with the most first, units in tree order", () => {
    expect(sortLink(params, "published")).toEqual({ sort: "published", dir: "asc" });
    expect(sortLink({ ...params, dir: "asc" }, "published")).toEqual({ sort: "published", dir: "desc" });
    expect(sortLink(params, "overdue")).toEqual({ sort: "overdue", dir: "desc" });
    expect(sortLink(params, "unit")).toEqual({ sort: "unit", dir: "asc" });
  });
});
