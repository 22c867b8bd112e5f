/**
 * 信息处理费 (information processing fees) of disclosure applications: 《政府信息公开信息处理费管理办法》
 * (国办函〔2020〕109号, from 2021-01-01), under 条例 art. 42. Providing information is free unless the volume
 * or frequency clearly exceeds a reasonable range; the free allowances below are that range.
 *
 * Two progressive methods; for one application the agency uses exactly one of them, never both (domain.md §4):
 * - 按件计收: per applicant per calendar month, cumulative. The k-th 件 of the month costs 0 for k ≤ 10, 100 元
 *   for 11–30, and above 30 each further band of 10 adds 100 元/件 (31–40: 200, 41–50: 300, …).
 * - 按量计收: per application, by pages: 1–30 free, 31–100 at 10 元, 101–200 at 20 元, above 200 at 40 元/页.
 *
 * Amounts are whole 元 (every rate is). Pure: no I/O, no clock.
 */
import type { WorkingCalendar } from "./calendar";
import { type IsoDate } from "./dates";

export const FEE_METHODS = ["PER_ITEM", "PER_PAGE"] as const;
export type FeeMethod = (typeof FEE_METHODS)[number];

export const FEE_METHOD_LABELS: Record<FeeMethod, string> = {
  PER_ITEM: "按件计收",
  PER_PAGE: "按量计收",
};

/** The applicant pays within 20 working days counted from the day after receiving the notice (109号; domain.md §4). */
export const FEE_PAYMENT_WORKING_DAYS = 20;

/** One price band: units `from`…`to` (inclusive; `to` null = no upper end) cost `rate` 元 each. */
export interface FeeBand {
  from: number;
  to: number | null;
  rate: number;
}

/** 按件: the first 10 件 of a month are free, 11–30 cost 100 元 each. Bands above 30 come from `perItemRate`. */
const ITEM_FREE = 10;
const ITEM_FIRST_PAID_UNTIL = 30;
const ITEM_BASE_RATE = 100;
const ITEM_BAND_SIZE = 10;

/** 按量 (109号; domain.md §4: fee = 10·clamp(p−30,0,70) + 20·clamp(p−100,0,100) + 40·max(p−200,0)). */
export const PAGE_BANDS: readonly FeeBand[] = [
  { from: 1, to: 30, rate: 0 },
  { from: 31, to: 100, rate: 10 },
  { from: 101, to: 200, rate: 20 },
  { from: 201, to: null, rate: 40 },
];

/**
 * The price of the `rank`-th 件 of an applicant's month (1-based).
 * The reading above 30 件 — each further band of 10 adds 100 元/件, so 31–40 cost 200 and 41–50 cost 300 — is
 * marked "(band reading unconfirmed)" in domain.md §4 and §10; check it against the text of 109号 before relying
 * on amounts above 30 件 a month.
 */
export function perItemRate(rank: number): number {
  assertCount(rank, "rank", 1);
  if (rank <= ITEM_FREE) return 0;
  if (rank <= ITEM_FIRST_PAID_UNTIL) return ITEM_BASE_RATE;
  return ITEM_BASE_RATE * (2 + Math.floor((rank - ITEM_FIRST_PAID_UNTIL - 1) / ITEM_BAND_SIZE));
}

/** The 按件 band containing `rank`. */
function itemBandOf(rank: number): FeeBand {
  if (rank <= ITEM_FREE) return { from: 1, to: ITEM_FREE, rate: 0 };
  if (rank <= ITEM_FIRST_PAID_UNTIL) return { from: ITEM_FREE + 1, to: ITEM_FIRST_PAID_UNTIL, rate: ITEM_BASE_RATE };
  const from = rank - ((rank - ITEM_FIRST_PAID_UNTIL - 1) % ITEM_BAND_SIZE);
  return { from, to: from + ITEM_BAND_SIZE - 1, rate: perItemRate(rank) };
}

export interface FeeQuote {
  method: FeeMethod;
  /** What the applicant pays, in 元: 0 when waived. */
  amountYuan: number;
  /** The amount by the bands, before any waiver. */
  computedYuan: number;
  /** For the handler and the 收费通知书: "第11—30件：20件 × 100元 = 2000元", ending with the total. */
  lines: string[];
  waiver: { reason: string } | null;
}

/**
 * What to charge for one application. `PER_ITEM` takes the number of 件 this application counts as and how many
 * 件 the same applicant already had earlier in the same calendar month (see `priorItemsInMonth`). `waiver`
 * charges nothing while keeping the computation and the reason on record.
 */
export type FeeInput =
  | { method: "PER_ITEM"; items: number; priorItemsThisMonth: number; waiver?: { reason: string } }
  | { method: "PER_PAGE"; pages: number; waiver?: { reason: string } };

/** Throws RangeError on negative or fractional counts or an empty waiver reason: validate form input first. */
export function quoteFee(input: FeeInput): FeeQuote {
  const quote = input.method === "PER_ITEM" ? quotePerItem(input.priorItemsThisMonth, input.items) : quotePerPage(input.pages);
  if (!input.waiver) return quote;
  const reason = input.waiver.reason.trim();
  if (reason === "") throw new RangeError("A fee waiver needs a reason.");
  return { ...quote, amountYuan: 0, waiver: { reason }, lines: [...quote.lines, `减免：${reason}，实收0元`] };
}

/** 按件: the 件 of this application are ranks `prior + 1` … `prior + items` of the applicant's month. */
export function quotePerItem(priorItemsThisMonth: number, items: number): FeeQuote {
  assertCount(priorItemsThisMonth, "priorItemsThisMonth", 0);
  assertCount(items, "items", 0);
  const lines = [
    `本月此前已申请${priorItemsThisMonth}件，本申请${items}件${items > 0 ? `，为本月第${range(priorItemsThisMonth + 1, priorItemsThisMonth + items)}件` : ""}。`,
  ];
  let total = 0;
  let rank = priorItemsThisMonth + 1;
  const last = priorItemsThisMonth + items;
  while (rank <= last) {
    const band = itemBandOf(rank);
    const until = band.to === null ? last : Math.min(band.to, last);
    const count = until - rank + 1;
    total += count * band.rate;
    lines.push(bandLine(rank, until, count, band.rate, "件"));
    rank = until + 1;
  }
  lines.push(`合计：${total}元`);
  return { method: "PER_ITEM", amountYuan: total, computedYuan: total, lines, waiver: null };
}

/** 按量: `pages` pages (paper, e-mail or copied electronic data) of one application. */
export function quotePerPage(pages: number): FeeQuote {
  assertCount(pages, "pages", 0);
  const lines = [`本申请共${pages}页。`];
  let total = 0;
  for (const band of PAGE_BANDS) {
    if (pages < band.from) break;
    const until = band.to === null ? pages : Math.min(band.to, pages);
    const count = until - band.from + 1;
    total += count * band.rate;
    lines.push(bandLine(band.from, until, count, band.rate, "页"));
  }
  lines.push(`合计：${total}元`);
  return { method: "PER_PAGE", amountYuan: total, computedYuan: total, lines, waiver: null };
}

/**
 * The 件 an applicant already had this calendar month, for `quotePerItem`: the sum over `earlier` applications
 * received in the same month as `receivedOn`. The caller passes only applications that come before this one.
 */
export function priorItemsInMonth(earlier: readonly { receivedOn: IsoDate; items: number }[], receivedOn: IsoDate): number {
  const month = receivedOn.slice(0, 7);
  return earlier.filter((application) => application.receivedOn.slice(0, 7) === month).reduce((sum, application) => sum + application.items, 0);
}

/**
 * The last day to pay: 20 working days counted from the day after the applicant received the notice (109号).
 * Past it, the application is treated as abandoned (`feeUnpaid`, outcome OTHER_FEE_UNPAID).
 */
export function feePaymentDeadline(noticeReceivedOn: IsoDate, calendar: WorkingCalendar): IsoDate {
  return calendar.addWorkingDays(noticeReceivedOn, FEE_PAYMENT_WORKING_DAYS);
}

/** "第11—30件：20件 × 100元 = 2000元"; a free band reads "第1—10件：10件，免费". */
function bandLine(from: number, to: number, count: number, rate: number, unit: string): string {
  const head = `第${range(from, to)}${unit}：${count}${unit}`;
  return rate === 0 ? `${head}，免费` : `${head} × ${rate}元 = ${count * rate}元`;
}

function range(from: number, to: number): string {
  return from === to ? `${from}` : `${from}—${to}`;
}

function assertCount(value: number, name: string, min: number): void {
  if (!Number.isInteger(value) || value < min) throw new RangeError(`${name} must be an integer ≥ ${min}, got ${value}.`);
}
