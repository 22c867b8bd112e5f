import { describe, expect, it } from "vitest";
import { runStatus, STALE_RUN_MS } from "./model";
import { describeSchedule, isValidSchedule, nextSlotAfter, slotAt } from "./schedule";

const at = (iso: string) => new Date(iso);

describe("slotAt: every N ms", () => {
  it.each([
    ["2026-12-03T06:00:00.000Z", "2026-12-03T06:00:00.000Z"], // exactly on a boundary: that slot
    ["2026-12-03T06:00:29.999Z", "2026-12-03T06:00:00.000Z"],
    ["2026-12-03T06:00:30.000Z", "2026-12-03T06:00:30.000Z"],
    ["2026-12-03T06:00:59.000Z", "2026-12-03T06:00:30.000Z"],
  ])("30 s at %s is the slot of %s", (now, slot) => {
    expect(slotAt({ every: 30_000 }, at(now)).toISOString()).toBe(slot);
  });

  it("is the same on every instance for moments within a slot, so the (job, slot) claim is shared", () => {
    const a = slotAt({ every: 30_000 }, at("2026-12-03T06:00:31.000Z"));
    const b = slotAt({ every: 30_000 }, at("2026-12-03T06:00:58.000Z"));
    expect(a.getTime()).toBe(b.getTime());
  });
});

describe("slotAt: daily at HH:MM Beijing time (UTC+8)", () => {
  it.each([
    // 03:00 in Beijing is 19:00 UTC the day before.
    ["2026-12-02T19:00:00.000Z", "2026-12-02T19:00:00.000Z"], // 03:00 exactly
    ["2026-12-02T18:59:59.999Z", "2026-12-01T19:00:00.000Z"], // 02:59:59 belongs to yesterday's slot
    ["2026-12-03T06:00:00.000Z", "2026-12-02T19:00:00.000Z"], // 14:00 the same day
    ["2026-12-03T15:59:00.000Z", "2026-12-02T19:00:00.000Z"], // 23:59
  ])("03:00 at %s is the slot of %s", (now, slot) => {
    expect(slotAt({ dailyAt: "03:00" }, at(now)).toISOString()).toBe(slot);
  });

  it("handles a time shortly before midnight and one just after it", () => {
    expect(slotAt({ dailyAt: "23:30" }, at("2026-12-03T15:45:00.000Z")).toISOString()).toBe("2026-12-03T15:30:00.000Z");
    expect(slotAt({ dailyAt: "00:00" }, at("2026-12-03T15:59:59.000Z")).toISOString()).toBe("2026-12-02T16:00:00.000Z");
    expect(slotAt({ dailyAt: "00:00" }, at("2026-12-03T16:00:00.000Z")).toISOString()).toBe("2026-12-03T16:00:00.000Z");
  });

  it("crosses a year end", () => {
    expect(slotAt({ dailyAt: "08:00" }, at("2026-12-31T23:00:00.000Z")).toISOString()).toBe("2026-12-31T00:00:00.000Z");
    expect(slotAt({ dailyAt: "08:00" }, at("2027-01-01T00:00:00.000Z")).toISOString()).toBe("2027-01-01T00:00:00.000Z");
  });
});

describe("nextSlotAfter and describeSchedule", () => {
  it("is one slot length after the current slot", () => {
    expect(nextSlotAfter({ every: 30_000 }, at("2026-12-03T06:00:10.000Z")).toISOString()).toBe("2026-12-03T06:00:30.000Z");
    expect(nextSlotAfter({ dailyAt: "03:00" }, at("2026-12-03T06:00:00.000Z")).toISOString()).toBe("2026-12-03T19:00:00.000Z");
  });

  it.each([
    [{ every: 30_000 }, "每 30 秒"],
    [{ every: 300_000 }, "每 5 分钟"],
    [{ every: 7_200_000 }, "每 2 小时"],
    [{ dailyAt: "03:00" }, "每天 03:00"],
  ])("%j reads %s", (schedule, text) => {
    expect(describeSchedule(schedule)).toBe(text);
  });
});

describe("isValidSchedule", () => {
  it.each([
    [{ every: 1000 }, true],
    [{ every: 999 }, false],
    [{ every: 1500.5 }, false],
    [{ dailyAt: "03:00" }, true],
    [{ dailyAt: "23:59" }, true],
    [{ dailyAt: "24:00" }, false],
    [{ dailyAt: "3:00" }, false],
    [{ dailyAt: "03:60" }, false],
  ])("%j → %s", (schedule, valid) => {
    expect(isValidSchedule(schedule)).toBe(valid);
  });
});

describe("runStatus", () => {
  const now = at("2026-12-03T06:00:00.000Z");
  it("is the outcome of a finished run, RUNNING for a recent unfinished one, INTERRUPTED for an old one", () => {
    expect(runStatus({ outcome: "FAILED", startedAt: now }, now)).toBe("FAILED");
    expect(runStatus({ outcome: null, startedAt: new Date(now.getTime() - STALE_RUN_MS) }, now)).toBe("RUNNING");
    expect(runStatus({ outcome: null, startedAt: new Date(now.getTime() - STALE_RUN_MS - 1) }, now)).toBe("INTERRUPTED");
  });
});
