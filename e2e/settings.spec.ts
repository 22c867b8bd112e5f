import { expect, test } from "@playwright/test";
import { storageState } from "./fixtures";

test.use({ storageState: storageState("admin") });

test("settings: the hub links the calendar, word lists, mail settings and scheduled jobs; retention is validated, saved and purged on confirmation", async ({
  page,
}) => {
  await page.goto("/admin/settings");
  await expect(page.getByRole("heading", { name: "节假日安排" })).toBeVisible();
  await expect(page.getByText("审计日志和已公开的政府信息（含其各版本和附件）依法永久保存")).toBeVisible();
  await page.getByRole("link", { name: "管理预检词表" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("预检词表");
  await page.goBack();
  await expect(page.getByRole("region", { name: "邮件通知" })).toContainText("未开启");
  await page.getByRole("link", { name: "查看定时作业" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("定时作业");
  await expect(page.getByText("过期数据清理").first()).toBeVisible();
  await page.goBack();

  await page.getByLabel("登录记录（天）").fill("30");
  await page.getByRole("button", { name: "保存保存期限" }).click();
  await expect(page.locator("#field-retainLoginAttemptsDays-error")).toHaveText("登录记录至少保存 180 天");
  await expect(page.getByLabel("登录记录（天）")).toHaveValue("30");

  await page.getByLabel("登录记录（天）").fill("365");
  await page.getByRole("button", { name: "保存保存期限" }).click();
  await expect(page.getByRole("status")).toHaveText("数据保存期限已保存，下次清理时按新的期限执行。");
  await page.reload();
  await expect(page.getByLabel("登录记录（天）")).toHaveValue("365");

  await page.getByRole("button", { name: "立即清理" }).click();
  const dialog = page.getByRole("dialog", { name: "立即清理" });
  await expect(dialog).toContainText("删除后不能恢复");
  await dialog.getByRole("button", { name: "清理" }).click();
  await expect(page.getByRole("status")).toHaveText(/^已清理：登录记录 \d+ 条，导入任务文件 \d+ 个，站内通知 \d+ 条，链接检查记录 \d+ 次。$/);

  await page.goto("/admin/audit?q=retention.purge");
  await expect(page.getByRole("table").getByRole("row").nth(1)).toContainText("按数据保存期限清理");
});
