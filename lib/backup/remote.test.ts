import { describe, expect, it } from "vitest";
import { BACKUP_NAME, defaultBackupName, isValidBackupSignature, signBackupRequest } from "./remote";

describe("signed backup requests", () => {
  const now = Date.UTC(2026, 10, 24, 8, 0, 0);
  const signature = signBackupRequest("secret", "gongkai-1", now);

  it("accept the secret's signature within a minute", () => {
    expect(isValidBackupSignature("secret", "gongkai-1", now, signature, now + 59_000)).toBe(true);
  });

  it("refuse another secret, another name, an old request or garbage", () => {
    expect(isValidBackupSignature("other", "gongkai-1", now, signature, now)).toBe(false);
    expect(isValidBackupSignature("secret", "gongkai-2", now, signature, now)).toBe(false);
    expect(isValidBackupSignature("secret", "gongkai-1", now, signature, now + 61_000)).toBe(false);
    expect(isValidBackupSignature("secret", "gongkai-1", now, "zz", now)).toBe(false);
    expect(isValidBackupSignature("secret", "gongkai-1", Number.NaN, signature, now)).toBe(false);
  });
});

describe("backup names", () => {
  it("default to the time, and never contain a path", () => {
    expect(defaultBackupName(new Date("2026-11-24T08:05:09Z"))).toBe("gongkai-20261124-080509");
    expect(BACKUP_NAME.test("gongkai-20261124-080509")).toBe(true);
    expect(BACKUP_NAME.test("../etc")).toBe(false);
    expect(BACKUP_NAME.test("a/b")).toBe(false);
    expect(BACKUP_NAME.test("..")).toBe(false);
  });
});
