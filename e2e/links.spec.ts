import { expect, test } from "@playwright/test";
import { storageState } from "./fixtures";

test.describe("links: an administrator checks the links of published entries", () => {
  test.use({ storageState: storageState("admin") });

  test("links: runs the check on demand, reads the per-unit counts and sees them in the 通报", async ({ page }) => {
    await page.goto("/admin");
    await page.getByRole("navigation").getByRole("link", { name: "链接检查" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("链接检查");

    await page.getByRole("button", { name: "立即检查" }).click();
    await expect(page.getByRole("status")).toHaveText("检查已完成。");
    await expect(page.getByText(/^最近一次检查：.*个条目，\d+ 个链接。$/)).toBeVisible();
    const units = page.getByRole("table", { name: "各单位链接检查结果" });
    await expect(units.getByRole("columnheader", { name: "错链" })).toBeVisible();
    await expect(units.locator("tbody tr").first().locator("td").first()).toHaveText(/^\d+$/);

    // The 通报's 链接检查失败 now has a number for every unit the check covered.
    await page.goto("/admin/reports/monthly");
    const table = page.getByRole("table", { name: /政府信息公开工作月度通报/ });
    await expect(table.locator("tbody tr").first().locator("td").nth(9)).toHaveText(/^\d+$/);
  });
});

test.describe("links: a clerk is refused", () => {
  test.use({ storageState: storageState("clerk") });

  test("links: /admin/links answers 403", async ({ page }) => {
    const response = await page.goto("/admin/links");
    expect(response?.status()).toBe(403);
  });
});
