/**
 * The working-day calendar for statutory deadlines (domain.md §8).
 *
 * A working day is Monday–Friday, minus statutory holidays, plus 调休 make-up workdays. Holidays and make-up
 * days are not computable: they come each year from the State Council's 关于X年部分节假日安排的通知, so they
 * are data (calendar overrides) that administrators maintain, pre-filled from `holidays.ts`. A year without
 * any override is treated as "not entered" and reported by `missingYears`, because silently counting 元旦 or
 * 春节 as working days would make every deadline too early.
 *
 * Pure: no I/O, no clock. Dates are `IsoDate` strings (see dates.ts).
 */
import { addDays, dayOfWeek, isIsoDate, toDayNumber, yearOf, type IsoDate } from "./dates";

export const OVERRIDE_KINDS = ["HOLIDAY", "MAKEUP_WORKDAY"] as const;
export type OverrideKind = (typeof OVERRIDE_KINDS)[number];

export const OVERRIDE_KIND_LABELS: Record<OverrideKind, string> = {
  HOLIDAY: "放假",
  MAKEUP_WORKDAY: "调休上班",
};

/** One admin-editable calendar row: a date that differs from the plain Monday–Friday rule. */
export interface CalendarOverride {
  date: IsoDate;
  kind: OverrideKind;
  /** The holiday it belongs to, e.g. 春节; a make-up workday carries the name of the holiday it serves. */
  name: string;
  /** The notice it comes from: document number, or title and date. */
  source?: string | null;
}

export type DayKind = "WORKDAY" | "WEEKEND" | "HOLIDAY" | "MAKEUP_WORKDAY";

export interface DayInfo {
  date: IsoDate;
  isWorkingDay: boolean;
  kind: DayKind;
  /** Holiday name for HOLIDAY and MAKEUP_WORKDAY, otherwise null. */
  name: string | null;
}

/** From this day of the year on, an empty calendar for next year is reported (domain.md §8: "warn after 1 Dec"). */
export const NEXT_YEAR_WARNING_FROM = "12-01";

export interface WorkingCalendar {
  /** The overrides the calendar was built from, sorted by date. */
  readonly overrides: readonly CalendarOverride[];
  describeDay(date: IsoDate): DayInfo;
  isWorkingDay(date: IsoDate): boolean;
  /**
   * The `n`-th working day after `start`. Counting begins the day after `start` whatever kind of day `start`
   * is, so `addWorkingDays(receivedOn, 20)` is the last day of the 20-working-day reply period (条例 art. 33;
   * receipt day excluded, domain.md §1). `n = 0` returns `start`.
   */
  addWorkingDays(start: IsoDate, n: number): IsoDate;
  /**
   * The number of working days `d` with `from < d ≤ to`; negative (the same count, negated) when `to < from`.
   * So `workingDaysBetween(receivedOn, today)` is how many days of the period have been used by the end of today.
   */
  workingDaysBetween(from: IsoDate, to: IsoDate): number;
  /** Years with at least one override, ascending. */
  coveredYears(): number[];
  isYearCovered(year: number): boolean;
  /**
   * Years an administrator must fill in now: the current year if empty, and next year if empty once
   * `NEXT_YEAR_WARNING_FROM` has come.
   */
  missingYears(today: IsoDate): number[];
}

export type CalendarIssueCode = "INVALID_DATE" | "DUPLICATE_DATE" | "NAME_MISSING" | "MAKEUP_ON_WEEKDAY" | "INVALID_KIND";

export interface CalendarIssue {
  code: CalendarIssueCode;
  /** Index in the list that was checked. */
  index: number;
  message: string;
}

/**
 * Checks an override list before it is saved. Returns every problem; an empty list means the list is usable.
 * A make-up workday on Monday–Friday is refused because it would change nothing and is almost always a typo.
 */
export function validateOverrides(overrides: readonly CalendarOverride[]): CalendarIssue[] {
  const issues: CalendarIssue[] = [];
  const seen = new Map<IsoDate, number>();
  overrides.forEach((override, index) => {
    if (!isIsoDate(override.date)) {
      issues.push({ code: "INVALID_DATE", index, message: `日期“${override.date}”格式不正确，应为“年-月-日”，如 2026-10-01。` });
      return;
    }
    if (!(OVERRIDE_KINDS as readonly string[]).includes(override.kind)) {
      issues.push({ code: "INVALID_KIND", index, message: `${override.date} 的类型只能是“放假”或“调休上班”。` });
    }
    const earlier = seen.get(override.date);
    if (earlier !== undefined) {
      issues.push({ code: "DUPLICATE_DATE", index, message: `${override.date} 重复录入（第 ${earlier + 1} 行已有该日期）。` });
    } else {
      seen.set(override.date, index);
    }
    if (override.name.trim() === "") issues.push({ code: "NAME_MISSING", index, message: `${override.date} 缺少节日名称。` });
    if (override.kind === "MAKEUP_WORKDAY" && !isWeekend(override.date)) {
      issues.push({ code: "MAKEUP_ON_WEEKDAY", index, message: `${override.date} 是工作日，无需登记为调休上班，请检查日期。` });
    }
  });
  return issues;
}

function isWeekend(date: IsoDate): boolean {
  const weekday = dayOfWeek(date);
  return weekday === 0 || weekday === 6;
}

/**
 * Builds a calendar from stored overrides. Throws RangeError if they fail `validateOverrides`: the admin form
 * validates before saving, so a failure here is a programming error, not user input.
 */
export function createWorkingCalendar(overrides: readonly CalendarOverride[]): WorkingCalendar {
  const issues = validateOverrides(overrides);
  if (issues.length > 0) throw new RangeError(`Invalid calendar overrides: ${issues.map((issue) => issue.message).join(" ")}`);

  const sorted = [...overrides].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const byDate = new Map(sorted.map((override) => [override.date, override]));
  const years = [...new Set(sorted.map((override) => yearOf(override.date)))].sort((a, b) => a - b);

  const describeDay = (date: IsoDate): DayInfo => {
    const override = byDate.get(date);
    if (override) return { date, isWorkingDay: override.kind === "MAKEUP_WORKDAY", kind: override.kind, name: override.name };
    return isWeekend(date) ? { date, isWorkingDay: false, kind: "WEEKEND", name: null } : { date, isWorkingDay: true, kind: "WORKDAY", name: null };
  };
  const isWorkingDay = (date: IsoDate) => describeDay(date).isWorkingDay;

  const countForward = (from: IsoDate, to: IsoDate): number => {
    let count = 0;
    for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day)) count++;
    return count;
  };

  return {
    overrides: sorted,
    describeDay,
    isWorkingDay,
    addWorkingDays(start, n) {
      if (!Number.isInteger(n) || n < 0) throw new RangeError(`addWorkingDays needs a whole number ≥ 0, got ${n}`);
      toDayNumber(start); // validates start
      let day = start;
      for (let counted = 0; counted < n;) {
        day = addDays(day, 1);
        if (isWorkingDay(day)) counted++;
      }
      return day;
    },
    workingDaysBetween(from, to) {
      toDayNumber(from);
      toDayNumber(to);
      return to >= from ? countForward(from, to) : -countForward(to, from);
    },
    coveredYears: () => [...years],
    isYearCovered: (year) => years.includes(year),
    missingYears(today) {
      const year = yearOf(today);
      toDayNumber(today);
      const wanted = today.slice(5) >= NEXT_YEAR_WARNING_FROM ? [year, year + 1] : [year];
      return wanted.filter((candidate) => !years.includes(candidate));
    },
  };
}
