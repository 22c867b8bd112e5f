import { CHINA_OFFSET_MS } from "@/lib/requests/dates";

/** When a job runs: every N milliseconds (slots aligned to the epoch), or once a day at HH:MM Beijing time. */
export type JobSchedule = { every: number } | { dailyAt: string };

const DAY_MS = 86_400_000;
const DAILY_AT = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of a "HH:MM" time; throws on anything else (registration validates first). */
function minutesOf(dailyAt: string): number {
  const match = DAILY_AT.exec(dailyAt);
  if (!match) throw new RangeError(`dailyAt must be HH:MM, got "${dailyAt}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Whether a schedule is usable: an interval of at least a second, or a valid HH:MM. */
export function isValidSchedule(schedule: JobSchedule): boolean {
  return "every" in schedule ? Number.isInteger(schedule.every) && schedule.every >= 1000 : DAILY_AT.test(schedule.dailyAt);
}

/** Length of one slot of the schedule. */
export const slotLength = (schedule: JobSchedule): number => ("every" in schedule ? schedule.every : DAY_MS);

/**
 * The slot `now` falls in: the latest scheduled moment at or before `now`. Every instance computes the
 * same slot for the same moment (no clock of its own is involved beyond `now`), which is what makes the
 * (job, slot) claim exclusive. A server that was down at the scheduled moment still finds the slot
 * unclaimed when it starts, so the latest missed run happens late rather than never; older missed slots
 * are not replayed.
 */
export function slotAt(schedule: JobSchedule, now: Date): Date {
  const t = now.getTime();
  if ("every" in schedule) return new Date(Math.floor(t / schedule.every) * schedule.every);
  // Beijing has no daylight saving: shift to local time, floor to the daily moment, shift back.
  const offset = minutesOf(schedule.dailyAt) * 60_000;
  const local = t + CHINA_OFFSET_MS;
  return new Date(Math.floor((local - offset) / DAY_MS) * DAY_MS + offset - CHINA_OFFSET_MS);
}

/** The next scheduled moment after `now` (for the admin page). */
export const nextSlotAfter = (schedule: JobSchedule, now: Date): Date => new Date(slotAt(schedule, now).getTime() + slotLength(schedule));

/** How a schedule reads on the admin page. */
export function describeSchedule(schedule: JobSchedule): string {
  if ("dailyAt" in schedule) return `每天 ${schedule.dailyAt}`;
  const seconds = schedule.every / 1000;
  return seconds % 3600 === 0 ? `每 ${seconds / 3600} 小时` : seconds % 60 === 0 ? `每 ${seconds / 60} 分钟` : `每 ${seconds} 秒`;
}
