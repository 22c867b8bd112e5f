import { describe, expect, it } from "vitest";
import { formatCount, formatDate, formatDateTime } from "./format";

describe("format", () => {
  it("shows Beijing time across midnight UTC", () => {
    const instant = new Date("2026-12-31T16:30:00Z");
    expect(formatDate(instant)).toBe("2027-01-01");
    expect(formatDateTime(instant)).toBe("2027/1/1 00:30:00");
  });

  it("shows exact counts in full and estimates rounded, in 万 from ten thousand", () => {
    expect(formatCount(0)).toBe("0");
    expect(formatCount(278_810)).toBe("278,810");
    expect(formatCount(7, true)).toBe("约 7");
    expect(formatCount(64, true)).toBe("约 64");
    expect(formatCount(2_368, true)).toBe("约 2,400");
    expect(formatCount(9_960, true)).toBe("约 10,000");
    expect(formatCount(278_784, true)).toBe("约 27.9 万");
    expect(formatCount(1_000_000, true)).toBe("约 100 万");
  });
});
