import { expect, test } from "@playwright/test";
import { storageState } from "./fixtures";

test.use({ storageState: storageState("admin") });

test("freshness: an administrator sets a column's update interval, and the dashboard lists stale and blank columns", async ({ page }) => {
  await page.goto("/admin/categories");
  const form = page.getByRole("region", { name: "栏目更新周期" });
  await form.getByLabel("栏目（主题分类）").selectOption({ label: "应急管理" });
  await form.getByLabel("更新周期（天）").fill("0");
  await form.getByRole("button", { name: "保存更新周期" }).click();
  await expect(form.locator("#field-days-error")).toHaveText("至少 1 天");
  // The choice survives the failed validation (React resets a form after its action; see components/ui/result-key.ts).
  await expect(form.getByLabel("栏目（主题分类）").locator("option:checked")).toHaveText("应急管理");
  await expect(form.getByLabel("更新周期（天）")).toHaveValue("0");
  await form.getByLabel("更新周期（天）").fill("30");
  await form.getByRole("button", { name: "保存更新周期" }).click();
  await expect(form.getByRole("status")).toHaveText("已保存栏目更新周期。");
  await expect(
    page
      .getByRole("region", { name: "主题分类" })
      .getByRole("listitem")
      .filter({ hasText: /^应急管理/ }),
  ).toContainText("每月更新");

  await page.goto("/admin");
  const stale = page.getByRole("region", { name: "栏目更新提醒" });
  await expect(stale).toContainText(/共 \d+ 个栏目空白或超过更新周期未更新/);
  // The seeded 工作动态 column is weekly; the demo catalogue leaves some units without news.
  await expect(stale.getByRole("row").filter({ hasText: "工作动态" }).first()).toContainText("每周更新");
});
