import { describe, expect, it } from "vitest";
import { sampleEntryId } from "./cases";
import { MIN_SAMPLES, sampleAll, type SamplingOptions } from "./measure";
import { progressLine } from "./progress";

/** A fake clock, and runs that advance it by the given durations in turn, recording their calls. */
function fakeClock() {
  let now = 0;
  const calls: string[] = [];
  return {
    clock: () => now,
    calls,
    run: (name: string, durations: number[]) => (i: number) => {
      calls.push(`${name}${i}`);
      now += durations[Math.min(i, durations.length - 1)]!;
      return Promise.resolve(i);
    },
  };
}

/** One run alone. */
async function sampleOne(options: SamplingOptions, durations: number[]) {
  const fake = fakeClock();
  const [result] = await sampleAll(options, [fake.run("", durations)], fake.clock);
  return { ...result!, calls: fake.calls };
}

describe("sampleAll", () => {
  it("warms up, then takes the requested number of samples", async () => {
    const { summary, last, calls } = await sampleOne({ requests: 4, warmup: 2, budgetSeconds: 60 }, [50, 50, 10, 10, 10, 10, 10]);
    expect(calls).toEqual(["0", "1", "2", "3", "4", "5"]);
    expect(summary).toMatchObject({ n: 4, p50: 10, p95: 10 });
    expect(last).toBe(5);
  });

  it("stops when the budget is spent and enough samples are in", async () => {
    const { summary } = await sampleOne({ requests: 50, warmup: 0, budgetSeconds: 30 }, [20_000]);
    expect(summary.n).toBe(MIN_SAMPLES);
  });

  it("keeps a single sample that alone took longer than the budget, after one warm-up", async () => {
    const { summary, calls } = await sampleOne({ requests: 50, warmup: 3, budgetSeconds: 60 }, [120_000]);
    expect(calls).toEqual(["0", "1"]);
    expect(summary.n).toBe(1);
  });

  it("lets the runs take turns, each with a budget of its own", async () => {
    const fake = fakeClock();
    const [fast, slow] = await sampleAll({ requests: 3, warmup: 1, budgetSeconds: 30 }, [fake.run("a", [10]), fake.run("b", [20_000])], fake.clock);
    // b's warm-up spends its own warm-up budget; a's samples do not count against b's budget.
    expect(fake.calls).toEqual(["a0", "b0", "a1", "b1", "a2", "b2", "a3", "b3"]);
    expect(fast!.summary).toMatchObject({ n: 3, p50: 10 });
    expect(slow!.summary).toMatchObject({ n: MIN_SAMPLES, p50: 20_000 });
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
