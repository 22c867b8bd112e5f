/**
 * Calendar dates for statutory deadlines: plain "YYYY-MM-DD" strings in China time.
 *
 * Deadlines are counted in whole days in Beijing, so they never touch a time zone: arithmetic goes through
 * day numbers computed with `Date.UTC`, which reads the same on a UTC server and on a clerk's laptop. The only
 * instant-to-date conversion is `toChinaDate`, used once to turn "now" into today's date in Beijing.
 * ISO dates compare correctly as strings, so `a < b` is safe between two `IsoDate`s.
 */

/** A calendar date "YYYY-MM-DD" (China time). */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
/** China has kept UTC+8 all year since 1991. */
export const CHINA_OFFSET_MS = 8 * 3_600_000;

const WEEKDAY_LABELS = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"] as const;

/** Whether `value` is a real calendar date written "YYYY-MM-DD" (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** Days since 1970-01-01. Throws RangeError on a malformed date: callers validate user input first. */
export function toDayNumber(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`Not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

export function fromDayNumber(dayNumber: number): IsoDate {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** 0 = Sunday … 6 = Saturday, like `Date#getDay`. */
export function dayOfWeek(date: IsoDate): number {
  // 1970-01-01 was a Thursday.
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** The date in Beijing at `instant`, whatever the server's time zone. */
export function toChinaDate(instant: Date): IsoDate {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** "星期三" */
export function formatWeekday(date: IsoDate): string {
  return WEEKDAY_LABELS[dayOfWeek(date)] ?? "";
}

/** "2026-10-08（星期四）", the form the explanation uses. */
export function formatDateWithWeekday(date: IsoDate): string {
  return `${date}（${formatWeekday(date)}）`;
}
