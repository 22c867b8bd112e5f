import { describe, expect, it } from "vitest";
import { createWorkingCalendar } from "./calendar";
import { feePaymentDeadline, perItemRate, priorItemsInMonth, quoteFee, quotePerItem, quotePerPage } from "./fees";
import { OFFICIAL_OVERRIDES } from "./holidays";

// Reference implementations of domain.md §4, written independently of the module.
/** 按件: the k-th 件 of the month. Band reading above 30 unconfirmed (domain.md §4). */
const itemRate = (k: number) => (k <= 10 ? 0 : k <= 30 ? 100 : 100 * (1 + Math.ceil((k - 30) / 10)));
const itemFee = (prior: number, items: number) => Array.from({ length: items }, (_, i) => itemRate(prior + i + 1)).reduce((a, b) => a + b, 0);
const clamp = (x: number, lo: number, hi: number) => Math.min(Math.max(x, lo), hi);
/** 按量: the formula of domain.md §4 verbatim. */
const pageFee = (p: number) => 10 * clamp(p - 30, 0, 70) + 20 * clamp(p - 100, 0, 100) + 40 * Math.max(p - 200, 0);

describe("按件 (per 件, per applicant per calendar month)", () => {
  it.each([
    // The domain example.
    [0, 35, 3000],
    // First application of the month, at every band boundary.
    [0, 0, 0],
    [0, 1, 0],
    [0, 10, 0],
    [0, 11, 100],
    [0, 30, 2000],
    [0, 31, 2200],
    [0, 40, 4000],
    [0, 41, 4300],
    [0, 50, 7000],
    [0, 51, 7400],
  ])("prior %i, this application %i 件 → %i 元", (prior, items, amount) => {
    expect(quotePerItem(prior, items).amountYuan).toBe(amount);
    expect(itemFee(prior, items)).toBe(amount);
  });

  it.each([
    // The month is cumulative: the same single 件 costs what its rank in the month costs.
    [9, 1, 0],
    [10, 1, 100],
    [29, 1, 100],
    [30, 1, 200],
    [39, 1, 200],
    [40, 1, 300],
    [49, 1, 300],
    [50, 1, 400],
    // Applications straddling boundaries.
    [9, 2, 100],
    [29, 2, 300],
    [39, 2, 500],
    [25, 10, 5 * 100 + 5 * 200],
  ])("prior %i, this application %i 件 → %i 元", (prior, items, amount) => {
    expect(quotePerItem(prior, items).amountYuan).toBe(amount);
    expect(itemFee(prior, items)).toBe(amount);
  });

  it.each([
    [1, 0],
    [10, 0],
    [11, 100],
    [30, 100],
    [31, 200],
    [40, 200],
    [41, 300],
    [50, 300],
    [51, 400],
    [100, 800],
  ])("the %i-th 件 of the month costs %i 元", (rank, rate) => {
    expect(perItemRate(rank)).toBe(rate);
  });

  it("agrees with the reference for every split of the first 120 件", () => {
    for (let prior = 0; prior <= 60; prior++)
      for (let items = 0; items <= 60; items++) expect(quotePerItem(prior, items).amountYuan).toBe(itemFee(prior, items));
  });

  it("explains 35 件 band by band, as in domain.md §4", () => {
    expect(quotePerItem(0, 35).lines).toEqual([
      "本月此前已申请0件，本申请35件，为本月第1—35件。",
      "第1—10件：10件，免费",
      "第11—30件：20件 × 100元 = 2000元",
      "第31—35件：5件 × 200元 = 1000元",
      "合计：3000元",
    ]);
  });

  it("explains a later application of the month from its ranks", () => {
    expect(quotePerItem(28, 5).lines).toEqual([
      "本月此前已申请28件，本申请5件，为本月第29—33件。",
      "第29—30件：2件 × 100元 = 200元",
      "第31—33件：3件 × 200元 = 600元",
      "合计：800元",
    ]);
    expect(quotePerItem(40, 1).lines).toEqual(["本月此前已申请40件，本申请1件，为本月第41件。", "第41件：1件 × 300元 = 300元", "合计：300元"]);
  });

  it("sums the earlier applications of the same calendar month only", () => {
    const earlier = [
      { receivedOn: "2026-02-27", items: 4 },
      { receivedOn: "2026-03-01", items: 3 },
      { receivedOn: "2026-03-20", items: 8 },
      { receivedOn: "2025-03-10", items: 50 },
    ];
    expect(priorItemsInMonth(earlier, "2026-03-31")).toBe(11);
    expect(priorItemsInMonth(earlier, "2026-02-28")).toBe(4);
    expect(priorItemsInMonth([], "2026-03-31")).toBe(0);
  });
});

describe("按量 (per page, per application)", () => {
  it.each([
    // The domain examples.
    [30, 0],
    [100, 700],
    [250, 4700],
    // Every band boundary.
    [0, 0],
    [1, 0],
    [31, 10],
    [101, 720],
    [200, 2700],
    [201, 2740],
  ])("%i pages → %i 元", (pages, amount) => {
    expect(quotePerPage(pages).amountYuan).toBe(amount);
    expect(pageFee(pages)).toBe(amount);
  });

  it("agrees with the domain formula for 0–500 pages", () => {
    for (let pages = 0; pages <= 500; pages++) expect(quotePerPage(pages).amountYuan).toBe(pageFee(pages));
  });

  it("explains 250 pages band by band", () => {
    expect(quotePerPage(250).lines).toEqual([
      "本申请共250页。",
      "第1—30页：30页，免费",
      "第31—100页：70页 × 10元 = 700元",
      "第101—200页：100页 × 20元 = 2000元",
      "第201—250页：50页 × 40元 = 2000元",
      "合计：4700元",
    ]);
  });

  it("explains a short request without empty bands", () => {
    expect(quotePerPage(31).lines).toEqual(["本申请共31页。", "第1—30页：30页，免费", "第31页：1页 × 10元 = 10元", "合计：10元"]);
    expect(quotePerPage(0).lines).toEqual(["本申请共0页。", "合计：0元"]);
  });
});

describe("quoteFee", () => {
  it("uses exactly the one method asked for", () => {
    const perItem = quoteFee({ method: "PER_ITEM", items: 35, priorItemsThisMonth: 0 });
    const perPage = quoteFee({ method: "PER_PAGE", pages: 250 });
    expect([perItem.method, perItem.amountYuan, perItem.computedYuan]).toEqual(["PER_ITEM", 3000, 3000]);
    expect([perPage.method, perPage.amountYuan, perPage.computedYuan]).toEqual(["PER_PAGE", 4700, 4700]);
    expect(perItem.lines.some((line) => line.includes("页"))).toBe(false);
    expect(perPage.lines.some((line) => line.includes("件"))).toBe(false);
  });

  it("a waiver charges 0 and keeps the computed amount and the reason", () => {
    const quote = quoteFee({ method: "PER_PAGE", pages: 100, waiver: { reason: " 申请人为低保对象 " } });
    expect(quote.amountYuan).toBe(0);
    expect(quote.computedYuan).toBe(700);
    expect(quote.waiver).toEqual({ reason: "申请人为低保对象" });
    expect(quote.lines.at(-1)).toBe("减免：申请人为低保对象，实收0元");
    expect(quote.lines).toContain("合计：700元");
  });

  it("no waiver means waiver null", () => {
    expect(quoteFee({ method: "PER_ITEM", items: 1, priorItemsThisMonth: 0 }).waiver).toBeNull();
  });

  it.each([
    { input: { method: "PER_PAGE" as const, pages: -1 } },
    { input: { method: "PER_PAGE" as const, pages: 2.5 } },
    { input: { method: "PER_ITEM" as const, items: -1, priorItemsThisMonth: 0 } },
    { input: { method: "PER_ITEM" as const, items: 1, priorItemsThisMonth: -3 } },
    { input: { method: "PER_PAGE" as const, pages: 10, waiver: { reason: "  " } } },
  ])("rejects invalid input $input", ({ input }) => {
    expect(() => quoteFee(input)).toThrow(RangeError);
  });

  it("perItemRate rejects rank 0", () => {
    expect(() => perItemRate(0)).toThrow(RangeError);
  });
});

describe("feePaymentDeadline", () => {
  const calendar = createWorkingCalendar(OFFICIAL_OVERRIDES);

  it.each([
    // domain.md §8 fixtures: +20 working days.
    ["2026-09-30", "2026-11-03"],
    ["2026-02-13", "2026-03-19"],
    ["2026-04-30", "2026-06-01"],
  ])("notice received %s → pay by %s (20 working days from the next day)", (receivedOn, dueOn) => {
    expect(feePaymentDeadline(receivedOn, calendar)).toBe(dueOn);
  });
});
