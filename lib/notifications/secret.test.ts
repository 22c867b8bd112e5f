import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret } from "./secret";

describe("SMTP password at rest", () => {
  const key = "k".repeat(48);
  it("round-trips, never stores the plain text, and differs every time", () => {
    const a = encryptSecret("smtp-Pass-2026", key);
    expect(a).not.toContain("smtp-Pass-2026");
    expect(a).not.toBe(encryptSecret("smtp-Pass-2026", key));
    expect(decryptSecret(a, key)).toBe("smtp-Pass-2026");
  });
  it("gives null with another secret or a damaged value", () => {
    const a = encryptSecret("smtp-Pass-2026", key);
    expect(decryptSecret(a, "x".repeat(48))).toBeNull();
    expect(decryptSecret(`${a.slice(0, -2)}AA`, key)).toBeNull();
    expect(decryptSecret("plain", key)).toBeNull();
  });
});
