import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "./format";

describe("format", () => {
  it("shows Beijing time across midnight UTC", () => {
    const instant = new Date("2026-12-31T16:30:00Z");
    expect(formatDate(instant)).toBe("2027-01-01");
    expect(formatDateTime(instant)).toBe("2027/1/1 00:30:00");
  });
});
