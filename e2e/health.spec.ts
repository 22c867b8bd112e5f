import { expect, test } from "@playwright/test";
import { storageState } from "./fixtures";

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

test.describe("jobs: the scheduled jobs page", () => {
  test.use({ storageState: storageState("admin") });

  test("jobs: a system administrator sees each job with its schedule and the runs of this server", async ({ page }) => {
    await page.goto("/admin");
    await page.getByRole("navigation").getByRole("link", { name: "定时作业" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("定时作业");
    const jobs = page.getByRole("table", { name: "作业" });
    await expect(jobs.getByRole("row", { name: /定时发布.*每 30 秒/ })).toBeVisible();
    await expect(jobs.getByRole("row", { name: /链接检查.*每天 03:00/ })).toBeVisible();
    // The server ran the publication job when it started.
    await expect(
      page
        .getByRole("table", { name: "最近运行的作业" })
        .getByRole("row", { name: /定时发布.*成功.*发布 \d+ 条/ })
        .first(),
    ).toBeVisible();
  });
});
