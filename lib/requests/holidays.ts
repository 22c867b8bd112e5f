/**
 * Official holiday arrangements, used to pre-fill the admin-editable calendar (domain.md §8).
 *
 * Transcribed from the State Council notices as republished by Xinhua on the day of issue; they match the
 * fixtures in domain.md §8. Each holiday block lists every day off, weekends included, so the explanation of a
 * deadline can name the whole block (e.g. 春节 2026-02-15 至 2026-02-23). Add a year only from its published
 * notice, never by extrapolation: an empty year is reported by `WorkingCalendar.missingYears` instead.
 */
import type { CalendarOverride } from "./calendar";
import { addDays, type IsoDate } from "./dates";

interface HolidayBlock {
  name: string;
  /** First and last day off, inclusive. */
  off: readonly [IsoDate, IsoDate];
  /** 调休 make-up workdays for this holiday. */
  makeup: readonly IsoDate[];
}

interface YearArrangement {
  year: number;
  /** Document numbers are not given because we could not check them against gov.cn; title and date are certain. */
  source: string;
  blocks: readonly HolidayBlock[];
}

const ARRANGEMENTS: readonly YearArrangement[] = [
  {
    year: 2025,
    source: "国务院办公厅关于2025年部分节假日安排的通知（2024年11月12日）",
    blocks: [
      { name: "元旦", off: ["2025-01-01", "2025-01-01"], makeup: [] },
      { name: "春节", off: ["2025-01-28", "2025-02-04"], makeup: ["2025-01-26", "2025-02-08"] },
      { name: "清明节", off: ["2025-04-04", "2025-04-06"], makeup: [] },
      { name: "劳动节", off: ["2025-05-01", "2025-05-05"], makeup: ["2025-04-27"] },
      { name: "端午节", off: ["2025-05-31", "2025-06-02"], makeup: [] },
      { name: "国庆节、中秋节", off: ["2025-10-01", "2025-10-08"], makeup: ["2025-09-28", "2025-10-11"] },
    ],
  },
  {
    year: 2026,
    source: "国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）",
    blocks: [
      { name: "元旦", off: ["2026-01-01", "2026-01-03"], makeup: ["2026-01-04"] },
      { name: "春节", off: ["2026-02-15", "2026-02-23"], makeup: ["2026-02-14", "2026-02-28"] },
      { name: "清明节", off: ["2026-04-04", "2026-04-06"], makeup: [] },
      { name: "劳动节", off: ["2026-05-01", "2026-05-05"], makeup: ["2026-05-09"] },
      { name: "端午节", off: ["2026-06-19", "2026-06-21"], makeup: [] },
      { name: "中秋节", off: ["2026-09-25", "2026-09-27"], makeup: [] },
      // The notice assigns both make-up days (Sun 20 Sep, Sat 10 Oct) to 国庆节.
      { name: "国庆节", off: ["2026-10-01", "2026-10-07"], makeup: ["2026-09-20", "2026-10-10"] },
    ],
  },
];

function expand(arrangement: YearArrangement): CalendarOverride[] {
  const rows: CalendarOverride[] = [];
  for (const block of arrangement.blocks) {
    for (let day = block.off[0]; day <= block.off[1]; day = addDays(day, 1))
      rows.push({ date: day, kind: "HOLIDAY", name: block.name, source: arrangement.source });
    for (const day of block.makeup) rows.push({ date: day, kind: "MAKEUP_WORKDAY", name: block.name, source: arrangement.source });
  }
  return rows.sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** Years with an official arrangement in this file. */
export const OFFICIAL_YEARS: readonly number[] = ARRANGEMENTS.map((arrangement) => arrangement.year);

/** Every official override, sorted by date: the seed for the calendar table. */
export const OFFICIAL_OVERRIDES: readonly CalendarOverride[] = ARRANGEMENTS.flatMap(expand);

/** The official overrides of one year, or an empty list when its notice is not in this file. */
export function listOfficialOverrides(year: number): CalendarOverride[] {
  const arrangement = ARRANGEMENTS.find((candidate) => candidate.year === year);
  return arrangement ? expand(arrangement) : [];
}
