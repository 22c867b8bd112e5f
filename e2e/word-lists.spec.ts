import { expect, test } from "@playwright/test";
import { storageState, uniqueSuffix } from "./fixtures";

test.use({ storageState: storageState("admin") });

test("word lists: an administrator adds a wrong expression after fixing the form, and removes it after confirming", async ({ page }) => {
  const word = `大检察${uniqueSuffix()}`;
  await page.goto("/admin");
  await page.getByRole("link", { name: "预检词表" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "预检词表" })).toBeVisible();

  const form = page.getByRole("region", { name: "添加词语" });
  await form.getByLabel("适用范围").selectOption({ label: "全系统" });
  await form.getByLabel("类型").selectOption({ label: "错误表述" });
  await form.getByLabel("词语").fill(word);
  await form.getByRole("button", { name: "添加" }).click();
  await expect(form.locator("#field-correct-error")).toHaveText("错误表述须填写正确表述");
  // What was typed and chosen is still there.
  await expect(form.getByLabel("词语")).toHaveValue(word);
  await expect(form.getByLabel("类型").locator("option:checked")).toHaveText("错误表述");

  await form.getByLabel("正确表述").fill("大检查");
  await form.getByRole("button", { name: "添加" }).click();
  await expect(form.getByRole("status")).toContainText(`已加入「${word}」`);
  const row = page.getByRole("row").filter({ hasText: word });
  await expect(row).toContainText("大检查");
  await expect(row).toContainText("全系统");

  await row.getByRole("button", { name: "删除" }).click();
  const dialog = page.getByRole("dialog", { name: "删除" });
  await expect(dialog).toContainText(`确定从全系统词表删除「${word}」吗？`);
  await dialog.getByRole("button", { name: "删除" }).click();
  await expect(page.getByRole("row").filter({ hasText: word })).toHaveCount(0);
});
