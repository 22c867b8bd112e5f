import { describe, expect, it } from "vitest";
import { signTrackingToken, TRACKING_TOKEN_MS, verifyTrackingToken } from "./tracking-token";

const KEY = "k".repeat(48);

describe("tracking tokens", () => {
  it("prove a tracking code until they expire", () => {
    const token = signTrackingToken("2026-7QK3-M2XD", KEY, 1_000);
    expect(verifyTrackingToken(token, KEY, 1_000)).toBe("2026-7QK3-M2XD");
    expect(verifyTrackingToken(token, KEY, 1_000 + TRACKING_TOKEN_MS - 1)).toBe("2026-7QK3-M2XD");
    expect(verifyTrackingToken(token, KEY, 1_000 + TRACKING_TOKEN_MS)).toBeNull();
  });

  it("are worthless when altered, signed with another key, or missing", () => {
    const token = signTrackingToken("2026-7QK3-M2XD", KEY, 1_000);
    expect(verifyTrackingToken(token.replace("7QK3", "7QK4"), KEY, 1_000)).toBeNull();
    expect(verifyTrackingToken(token.replace(/\.\d+\./, ".99999999999999."), KEY, 1_000)).toBeNull();
    expect(verifyTrackingToken(token, "x".repeat(48), 1_000)).toBeNull();
    expect(verifyTrackingToken(undefined, KEY)).toBeNull();
    expect(verifyTrackingToken("garbage", KEY)).toBeNull();
  });
});
