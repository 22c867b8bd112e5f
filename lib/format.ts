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
