import { describe, expect, it } from "vitest";
import { OFFICIAL_OVERRIDES, OFFICIAL_YEARS, listOfficialOverrides } from "./holidays";

// The fixtures of domain.md §8, written out day by day here (not derived from holidays.ts).
const DOMAIN_FIXTURES = {
  2025: {
    off: [
      "2025-01-01",
      ...["01-28", "01-29", "01-30", "01-31", "02-01", "02-02", "02-03", "02-04"].map((d) => `2025-${d}`),
      "2025-04-04",
      "2025-04-05",
      "2025-04-06",
      ...["05-01", "05-02", "05-03", "05-04", "05-05", "05-31", "06-01", "06-02"].map((d) => `2025-${d}`),
      ...["10-01", "10-02", "10-03", "10-04", "10-05", "10-06", "10-07", "10-08"].map((d) => `2025-${d}`),
    ],
    work: ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"],
  },
  2026: {
    off: [
      "2026-01-01",
      "2026-01-02",
      "2026-01-03",
      ...["02-15", "02-16", "02-17", "02-18", "02-19", "02-20", "02-21", "02-22", "02-23"].map((d) => `2026-${d}`),
      "2026-04-04",
      "2026-04-05",
      "2026-04-06",
      ...["05-01", "05-02", "05-03", "05-04", "05-05"].map((d) => `2026-${d}`),
      ...["06-19", "06-20", "06-21", "09-25", "09-26", "09-27"].map((d) => `2026-${d}`),
      ...["10-01", "10-02", "10-03", "10-04", "10-05", "10-06", "10-07"].map((d) => `2026-${d}`),
    ],
    work: ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"],
  },
} as const;

describe("official holiday arrangements", () => {
  it.each([2025, 2026] as const)("match domain.md §8 exactly for %i", (year) => {
    const rows = listOfficialOverrides(year);
    expect(rows.filter((row) => row.kind === "HOLIDAY").map((row) => row.date)).toEqual(DOMAIN_FIXTURES[year].off);
    expect(rows.filter((row) => row.kind === "MAKEUP_WORKDAY").map((row) => row.date)).toEqual(DOMAIN_FIXTURES[year].work);
  });

  it("names each day after its holiday", () => {
    const name = (date: string) => OFFICIAL_OVERRIDES.find((row) => row.date === date)?.name;
    expect(name("2026-01-01")).toBe("元旦");
    expect(name("2026-02-20")).toBe("春节");
    expect(name("2026-02-28")).toBe("春节");
    expect(name("2026-04-05")).toBe("清明节");
    expect(name("2026-05-09")).toBe("劳动节");
    expect(name("2026-06-19")).toBe("端午节");
    expect(name("2026-09-26")).toBe("中秋节");
    expect(name("2026-09-20")).toBe("国庆节");
    expect(name("2025-10-06")).toBe("国庆节、中秋节");
  });

  it("cites the notice of the right year on every row", () => {
    for (const row of OFFICIAL_OVERRIDES) expect(row.source).toContain(`关于${row.date.slice(0, 4)}年部分节假日安排的通知`);
  });

  it("is sorted by date without duplicates", () => {
    const dates = OFFICIAL_OVERRIDES.map((row) => row.date);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
  });

  it("does not invent 2027, whose notice is not out", () => {
    expect(OFFICIAL_YEARS).toEqual([2025, 2026]);
    expect(listOfficialOverrides(2027)).toEqual([]);
    expect(OFFICIAL_OVERRIDES.some((row) => row.date.startsWith("2027"))).toBe(false);
  });
});
