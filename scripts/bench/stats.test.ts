import { describe, expect, it } from "vitest";
import { formatBytes, formatDuration, formatMs, percentile, summarize } from "./stats";

describe("percentile", () => {
  it.each([
    [[5], 50, 5],
    [[5], 95, 5],
    [[1, 2, 3, 4], 50, 2.5],
    [[1, 2, 3, 4, 5], 50, 3],
    [[1, 2, 3, 4, 5], 0, 1],
    [[1, 2, 3, 4, 5], 100, 5],
    // rank (p/100)(n-1) = 0.95 × 19 = 18.05: between the 19th and 20th smallest
    [Array.from({ length: 20 }, (_, i) => i + 1), 95, 19.05],
    [[10, 20], 95, 19.5],
  ])("of %j at p%i is %d", (samples, p, expected) => {
    expect(percentile(samples, p)).toBeCloseTo(expected, 10);
  });

  it("does not depend on the order of the samples, and leaves them unsorted", () => {
    const samples = [9, 1, 7, 3, 5];
    expect(percentile(samples, 50)).toBe(5);
    expect(samples).toEqual([9, 1, 7, 3, 5]);
  });

  it("is NaN without samples and refuses percentiles outside 0–100", () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], -1)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe("summarize", () => {
  it("gives count, p50, p95, min, max and mean", () => {
    const summary = summarize([4, 1, 3, 2]);
    expect(summary).toMatchObject({ n: 4, p50: 2.5, min: 1, max: 4, mean: 2.5 });
    expect(summary.p95).toBeCloseTo(3.85, 10);
  });
});

describe("formatting", () => {
  it("shows milliseconds with a decimal only below 10", () => {
    expect(formatMs(3.14159)).toBe("3.1");
    expect(formatMs(12.6)).toBe("13");
    expect(formatMs(12_345.6)).toBe("12,346");
    expect(formatMs(Number.NaN)).toBe("–");
  });

  it("shows durations in the largest sensible unit", () => {
    expect(formatDuration(950)).toBe("950 ms");
    expect(formatDuration(12_340)).toBe("12.3 s");
    expect(formatDuration(245_000)).toBe("4 min 05 s");
    expect(formatDuration(3_720_000)).toBe("1 h 02 min");
  });

  it("shows bytes in binary units", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(15 * 1024)).toBe("15.0 KB");
    expect(formatBytes(3.5 * 1024 ** 3)).toBe("3.5 GB");
  });
});
