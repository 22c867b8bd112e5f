import { expect, test } from "@playwright/test";
import { storageState, type DemoUser } from "./fixtures";

test.describe("integrity: the system administrator runs the tamper check on demand", () => {
  test.use({ storageState: storageState("admin") });
  test("the menu leads to 完整性校验, and the published demo catalogue passes", async ({ page }) => {
    await page.goto("/admin");
    await page.getByRole("link", { name: "完整性校验" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "完整性校验" })).toBeVisible();
    await page.getByRole("button", { name: "开始校验" }).click();
    await expect(page.getByRole("heading", { name: "校验结果" })).toBeVisible();
    await expect(page.getByText(/共核验 \d+ 条公开信息/)).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "未发现问题" })).toBeVisible();
    await expect(page.getByText(/共核验 \d+ 条审计记录/)).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "哈希链完整" })).toBeVisible();
    await expect(page.getByText(/链尾哈希：[0-9a-f]{64}/)).toBeVisible();
  });
});

for (const user of ["clerk", "reviewer", "leader"] as DemoUser[]) {
  test.describe(`integrity: ${user} is refused the tamper check`, () => {
    test.use({ storageState: storageState(user) });
    test("/admin/integrity answers 403", async ({ page }) => {
      const response = await page.goto("/admin/integrity?run=1");
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { name: "无权访问（403）" })).toBeVisible();
    });
  });
}
