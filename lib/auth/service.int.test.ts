import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestUnit } from "@/lib/testing/factories";
import { setUpTestDatabase } from "@/lib/testing/database";
import { hashPassword } from "./password";
import { authenticate } from "./service";
import { ACCOUNT_FAILURE_LIMIT, ADDRESS_FAILURE_LIMIT, THROTTLE_WINDOW_MS } from "./throttle";

setUpTestDatabase();

const PASSWORD = "Correct-horse-7";

async function createUser(username: string) {
  const unit = await createTestUnit();
  return db.user.create({ data: { username, displayName: username, unitId: unit.id, passwordHash: await hashPassword(PASSWORD) } });
}

const at = (start: Date, seconds: number) => new Date(start.getTime() + seconds * 1000);

describe("login throttling (P7 item 3)", () => {
  it("locks a username after repeated failures, even for the right password, until the window passes", async () => {
    const user = await createUser("lockme");
    const start = new Date();
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i++)
      expect(await authenticate("lockme", "wrong-password", { ip: `10.0.0.${i}` }, at(start, i))).toEqual({ ok: false, throttled: null });

    const locked = await authenticate("lockme", PASSWORD, { ip: "10.0.1.1" }, at(start, 60));
    expect(locked).toEqual({
      ok: false,
      throttled: { scope: "account", retryAt: new Date(at(start, ACCOUNT_FAILURE_LIMIT - 1).getTime() + THROTTLE_WINDOW_MS) },
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "auth.login_throttled", entityId: String(user.id) } });
    expect(audit.details).toMatchObject({ ip: "10.0.1.1" });
    // A refused attempt does not extend the lock, and is not a failure of its own.
    expect(await db.loginAttempt.count({ where: { username: "lockme" } })).toBe(ACCOUNT_FAILURE_LIMIT);

    const later = at(start, ACCOUNT_FAILURE_LIMIT + THROTTLE_WINDOW_MS / 1000);
    expect(await authenticate("lockme", PASSWORD, { ip: "10.0.1.1" }, later)).toMatchObject({ ok: true, user: { id: user.id } });
  });

  it("locks unknown usernames the same way, so a lockout does not reveal which accounts exist", async () => {
    const start = new Date();
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i++) await authenticate("nobody-here", "x-password-1", { ip: null }, at(start, i));
    expect(await authenticate("nobody-here", "x-password-1", { ip: null }, at(start, 10))).toMatchObject({ ok: false, throttled: { scope: "account" } });
  });

  it("a success ends the run of failures", async () => {
    await createUser("forgetful");
    const start = new Date();
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT - 1; i++) await authenticate("forgetful", "wrong-password", { ip: null }, at(start, i));
    expect(await authenticate("forgetful", PASSWORD, { ip: null }, at(start, 10))).toMatchObject({ ok: true });
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT - 1; i++) await authenticate("forgetful", "wrong-password", { ip: null }, at(start, 20 + i));
    expect(await authenticate("forgetful", PASSWORD, { ip: null }, at(start, 30))).toMatchObject({ ok: true });
  });

  it("blocks an address that tries many usernames, but not others", async () => {
    await createUser("bystander");
    const start = new Date();
    for (let i = 0; i < ADDRESS_FAILURE_LIMIT; i++) await authenticate(`guess${i}`, "wrong-password", { ip: "203.0.113.9" }, at(start, i));
    expect(await authenticate("bystander", PASSWORD, { ip: "203.0.113.9" }, at(start, 30))).toMatchObject({ ok: false, throttled: { scope: "address" } });
    expect(await authenticate("bystander", PASSWORD, { ip: "198.51.100.7" }, at(start, 31))).toMatchObject({ ok: true });
  });
});
