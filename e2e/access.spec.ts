import { expect, test } from "@playwright/test";
import { storageState, type DemoUser } from "./fixtures";

const ADMIN_PAGES = ["/admin/users", "/admin/users/new", "/admin/units", "/admin/units/new", "/admin/categories", "/admin/word-lists", "/admin/audit"];

for (const user of ["clerk", "reviewer", "leader"] as DemoUser[]) {
  test.describe(`access: ${user} is refused admin management`, () => {
    test.use({ storageState: storageState(user) });
    for (const path of ADMIN_PAGES) {
      test(`${path} answers 403 with an explanation`, async ({ page }) => {
        const response = await page.goto(path);
        expect(response?.status()).toBe(403);
        await expect(page.getByRole("heading", { name: "无权访问（403）" })).toBeVisible();
      });
    }
  });
}

test.describe("access: unit admin stays inside their unit", () => {
  test.use({ storageState: storageState("unitadmin") });
  test("sees only their own unit and cannot open another unit's page", async ({ page }) => {
    await page.goto("/admin/units");
    const rows = page.getByRole("table").getByRole("row");
    await expect(rows).toHaveCount(2); // header + 示范区发展和改革局
    await expect(rows.nth(1)).toContainText("示范区发展和改革局");
    const response = await page.goto("/admin/units/1");
    expect(response?.status()).toBe(404);
  });
});
