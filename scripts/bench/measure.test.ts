import { describe, expect, it } from "vitest";
import { sampleEntryId } from "./cases";
import { MIN_SAMPLES, sample } from "./measure";
import { progressLine } from "./progress";

/** A run that advances a fake clock by the given durations in turn. */
function fakeRuns(durations: number[]) {
  let now = 0;
  const calls: number[] = [];
  return {
    clock: () => now,
    calls,
    run: (i: number) => {
      calls.push(i);
      now += durations[Math.min(i, durations.length - 1)]!;
      return Promise.resolve(i);
    },
  };
}

describe("sample", () => {
  it("warms up, then takes the requested number of samples", async () => {
    const fake = fakeRuns([50, 50, 10, 10, 10, 10, 10]);
    const { summary, last } = await sample({ requests: 4, warmup: 2, budgetSeconds: 60 }, fake.run, fake.clock);
    expect(fake.calls).toEqual([0, 1, 2, 3, 4, 5]);
    expect(summary).toMatchObject({ n: 4, p50: 10, p95: 10 });
    expect(last).toBe(5);
  });

  it("stops when the budget is spent and enough samples are in", async () => {
    const fake = fakeRuns([20_000]);
    const { summary } = await sample({ requests: 50, warmup: 0, budgetSeconds: 30 }, fake.run, fake.clock);
    expect(summary.n).toBe(MIN_SAMPLES);
  });

  it("keeps a single sample that alone took longer than the budget, after one warm-up", async () => {
    const fake = fakeRuns([120_000]);
    const { summary } = await sample({ requests: 50, warmup: 3, budgetSeconds: 60 }, fake.run, fake.clock);
    expect(fake.calls).toEqual([0, 1]);
    expect(summary.n).toBe(1);
  });
});

describe("sampleEntryId", () => {
  it("stays within 1…entries and spreads consecutive samples apart", () => {
    const ids = Array.from({ length: 100 }, (_, i) => sampleEntryId(i, 1_000_000));
    expect(ids.every((id) => id >= 1 && id <= 1_000_000)).toBe(true);
    expect(new Set(ids).size).toBe(100);
    expect(Math.abs(ids[1]! - ids[0]!)).toBeGreaterThan(100_000);
  });
});

describe("progressLine", () => {
  it("shows share, counts, rate and time left", () => {
    expect(progressLine("entries", 250_000, 1_000_000, 50_000, 8)).toBe("entries [██░░░░░░]  25.0%  250,000/1,000,000  5,000/s  ETA 2 min 30 s");
    expect(progressLine("entries", 10, 10, 2000, 4)).toBe("entries [████] 100.0%  10/10  5/s  took 2.0 s");
  });
});
