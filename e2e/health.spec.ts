import { expect, test } from "@playwright/test";

test("health: /api/health answers without touching the database, /api/ready reports each check, both without login", async ({ request }) => {
  const health = await request.get("/api/health", { maxRedirects: 0 });
  expect(health.status()).toBe(200);
  expect(health.headers()["cache-control"]).toBe("no-store");
  expect(health.headers()["set-cookie"]).toBeUndefined();
  const body = (await health.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ status: "ok" });
  expect(Object.keys(body).sort()).toEqual(["instance", "status", "uptimeSeconds"]);

  const ready = await request.get("/api/ready", { maxRedirects: 0 });
  expect(ready.status()).toBe(200);
  // Not a page: the CSP proxy does not run for it.
  expect(ready.headers()["content-security-policy"]).toBeUndefined();
  const readiness = (await ready.json()) as { status: string; instance: string; checks: Record<string, string> };
  expect(readiness.instance).toBe(body.instance);
  expect(readiness).toEqual({ status: "ready", instance: readiness.instance, checks: { database: "ok", migrations: "ok", storage: "ok" } });
});
