import { describe, expect, it } from "vitest";
import { ACCOUNT_FAILURE_LIMIT, ADDRESS_FAILURE_LIMIT, THROTTLE_WINDOW_MS, assessLogin, minutesUntil } from "./throttle";

const now = new Date("2026-11-24T08:00:00Z");
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const times = (count: number, minutesAgo = 1) => Array.from({ length: count }, () => ago(minutesAgo));

describe("assessLogin", () => {
  it("allows attempts below both limits", () => {
    expect(assessLogin({ account: times(ACCOUNT_FAILURE_LIMIT - 1), address: times(ADDRESS_FAILURE_LIMIT - 1) }, now)).toEqual({ allowed: true });
  });

  it("locks a username at the limit until the window has passed its last failure", () => {
    const account = [ago(10), ago(8), ago(6), ago(4), ago(2)];
    expect(assessLogin({ account, address: [] }, now)).toEqual({ allowed: false, scope: "account", retryAt: new Date(ago(2).getTime() + THROTTLE_WINDOW_MS) });
  });

  it("forgets failures older than the window", () => {
    expect(assessLogin({ account: [...times(ACCOUNT_FAILURE_LIMIT - 1), ago(16)], address: [] }, now)).toEqual({ allowed: true });
    expect(assessLogin({ account: times(ACCOUNT_FAILURE_LIMIT, 15), address: [] }, now)).toEqual({ allowed: true });
  });

  it("blocks an address trying many usernames", () => {
    expect(assessLogin({ account: [], address: times(ADDRESS_FAILURE_LIMIT, 3) }, now)).toMatchObject({ allowed: false, scope: "address" });
  });

  it("says the account first when both are over", () => {
    expect(assessLogin({ account: times(ACCOUNT_FAILURE_LIMIT), address: times(ADDRESS_FAILURE_LIMIT) }, now)).toMatchObject({ scope: "account" });
  });
});

describe("minutesUntil", () => {
  it("rounds up and never says 0", () => {
    expect(minutesUntil(new Date(now.getTime() + 61_000), now)).toBe(2);
    expect(minutesUntil(new Date(now.getTime() + 1_000), now)).toBe(1);
    expect(minutesUntil(ago(1), now)).toBe(1);
  });
});
