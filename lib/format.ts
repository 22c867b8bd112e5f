/** Dates as staff and the public read them: Beijing time, whatever the server's time zone. */
const ZONE = "Asia/Shanghai";

// One formatter each, made once: toLocaleString with options builds a new one on every call, which
// showed in the search page's profile (20 dates and 60 counts a page).
const DATE_TIME = new Intl.DateTimeFormat("zh-CN", {
  timeZone: ZONE,
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
});
const DATE = new Intl.DateTimeFormat("sv-SE", { timeZone: ZONE, year: "numeric", month: "2-digit", day: "2-digit" });
const NUMBER = new Intl.NumberFormat("en-US");

/** 2026/11/23 13:05:09 */
export function formatDateTime(date: Date): string {
  return DATE_TIME.format(date);
}

/** 2026-11-23 */
export function formatDate(date: Date): string {
  return DATE.format(date);
}

/**
 * A count as the public reads it: 1,234 when exact; an estimate rounded to what a sample can tell,
 * “约 2,400” or “约 27.9 万”.
 */
export function formatCount(n: number, estimated = false): string {
  if (!estimated) return NUMBER.format(n);
  if (n >= 10_000) return `约 ${Number((n / 10_000).toFixed(1))} 万`;
  const step = 10 ** Math.max(0, Math.floor(Math.log10(Math.max(n, 1))) - 1);
  return `约 ${NUMBER.format(Math.round(n / step) * step)}`;
}
