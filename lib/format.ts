/** Dates as staff and the public read them: Beijing time, whatever the server's time zone. */
const ZONE = "Asia/Shanghai";

/** 2026/11/23 13:05:09 */
export function formatDateTime(date: Date): string {
  return date.toLocaleString("zh-CN", { timeZone: ZONE });
}

/** 2026-11-23 */
export function formatDate(date: Date): string {
  return date.toLocaleDateString("sv-SE", { timeZone: ZONE });
}

/**
 * A count as the public reads it: 1,234 when exact; an estimate rounded to what a sample can tell,
 * “约 2,400” or “约 27.9 万”.
 */
export function formatCount(n: number, estimated = false): string {
  if (!estimated) return n.toLocaleString("en-US");
  if (n >= 10_000) return `约 ${Number((n / 10_000).toFixed(1))} 万`;
  const step = 10 ** Math.max(0, Math.floor(Math.log10(Math.max(n, 1))) - 1);
  return `约 ${(Math.round(n / step) * step).toLocaleString("en-US")}`;
}
