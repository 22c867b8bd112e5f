import { expect, test } from "@playwright/test";
import { storageState } from "./fixtures";

// Which role may open which admin page: e2e/authorization-matrix.spec.ts.
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
