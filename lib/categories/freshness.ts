import { addDays, daysBetween, type IsoDate } from "@/lib/requests/dates";

/**
 * Whether a catalogue column is kept up to date: a unit is expected to publish in a column with an
 * update interval at least that often. BLANK (nothing ever published) and STALE (the newest entry is
 * older than the interval) are what official site inspections count against a site.
 */
export type Freshness = { status: "FRESH"; dueOn: IsoDate } | { status: "STALE"; dueOn: IsoDate; daysOverdue: number } | { status: "BLANK" };

export function assessFreshness(lastPublishedOn: IsoDate | null, intervalDays: number, today: IsoDate): Freshness {
  if (lastPublishedOn === null) return { status: "BLANK" };
  const dueOn = addDays(lastPublishedOn, intervalDays);
  const daysOverdue = daysBetween(dueOn, today);
  return daysOverdue > 0 ? { status: "STALE", dueOn, daysOverdue } : { status: "FRESH", dueOn };
}

/** How an interval reads: 每周, 每月, 每年, or 每 N 天. */
export function intervalLabel(days: number): string {
  if (days === 7) return "每周";
  if (days === 30 || days === 31) return "每月";
  if (days === 365) return "每年";
  return `每 ${days} 天`;
}
