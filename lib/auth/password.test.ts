import { describe, expect, it } from "vitest";
import { passwordSchema } from "@/lib/users/schemas";
import { generatePassword, hashPassword, verifyPassword } from "./password";

describe("hashPassword and verifyPassword", () => {
  // Argon2 is deliberately slow: one hash serves all the checks below.
  it("round-trips, and refuses a wrong or malformed input without throwing", async () => {
    const password = "示范区-Admin-2026";
    const hash = await hashPassword(password);
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(hash).not.toContain(password);

    expect(await verifyPassword(hash, password)).toBe(true);
    expect(await verifyPassword(hash, "示范区-admin-2026")).toBe(false);
    expect(await verifyPassword(hash, `${password} `)).toBe(false);
    expect(await verifyPassword(hash, "")).toBe(false);

    for (const malformed of ["", "not-a-hash", "$argon2id$v=19$m=19456,t=2,p=1$garbage", hash.slice(0, -10), password]) {
      await expect(verifyPassword(malformed, password)).resolves.toBe(false);
    }
  });

  it("salts each hash", async () => {
    expect(await hashPassword("same-password-1")).not.toBe(await hashPassword("same-password-1"));
  });
});

describe("generatePassword", () => {
  const samples = Array.from({ length: 500 }, () => generatePassword());

  it("makes 14-character passwords that satisfy the password policy", () => {
    for (const password of samples) {
      expect(password).toHaveLength(14);
      expect(passwordSchema.safeParse(password).success, password).toBe(true);
    }
  });

  it("never uses characters that are easily misread (0 O 1 l I)", () => {
    for (const password of samples) expect(password).toMatch(/^[^0O1lI]+$/);
  });

  it("uses only letters and digits", () => {
    for (const password of samples) expect(password).toMatch(/^[a-zA-Z2-9]+$/);
  });

  it("does not repeat itself", () => {
    expect(new Set(samples).size).toBe(samples.length);
  });

  it("honours a longer length", () => {
    const password = generatePassword(32);
    expect(password).toHaveLength(32);
    expect(passwordSchema.safeParse(password).success).toBe(true);
  });
});
