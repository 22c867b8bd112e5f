import { expect, test } from "@playwright/test";
import { storageState, uniqueSuffix } from "./fixtures";

test.use({ storageState: storageState("admin") });

test("units: invalid input keeps what was typed and explains each field; a valid unit appears in the tree", async ({ page }) => {
  const name = `示范区测试局${uniqueSuffix()}`;
  await page.goto("/admin/units/new");
  await page.getByLabel("单位全称").fill(name);
  await page.getByLabel("单位代码").fill("11990101000000001X"); // wrong check character
  await page.getByLabel("上级单位").selectOption({ label: "示范区人民政府" });
  await page.getByRole("button", { name: "保存" }).click();

  await expect(page.locator("#field-code-error")).toHaveText("统一社会信用代码校验位不正确，请核对");
  await expect(page.getByLabel("单位全称")).toHaveValue(name);
  await expect(page.getByLabel("单位代码")).toHaveValue("11990101000000001X");

  const localCode = `SFQ-${uniqueSuffix().toUpperCase()}`;
  await page.getByLabel("单位代码").fill(localCode);
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("status")).toHaveText("单位已创建。");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);

  await page.goto("/admin/units");
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText(localCode);
  await expect(row).toContainText("政府部门");
});

test("units: disabling asks for confirmation, and cancelling changes nothing", async ({ page }) => {
  const name = `示范区待停用单位${uniqueSuffix()}`;
  await page.goto("/admin/units/new");
  await page.getByLabel("单位全称").fill(name);
  await page.getByLabel("单位代码").fill(`DIS-${uniqueSuffix().toUpperCase()}`);
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);

  await page.getByRole("button", { name: "停用单位" }).click();
  const dialog = page.getByRole("dialog", { name: "停用单位" });
  await expect(dialog).toContainText(`确定停用「${name}」吗？`);
  await dialog.getByRole("button", { name: "取消" }).click();
  await expect(dialog).toBeHidden();
  await page.goto("/admin/units");
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("正常");

  await page.getByRole("link", { name }).click();
  await page.getByRole("button", { name: "停用单位" }).click();
  await page.getByRole("dialog", { name: "停用单位" }).getByRole("button", { name: "停用" }).click();
  await expect(page.getByRole("button", { name: "启用单位" })).toBeVisible();
  await page.goto("/admin/units");
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("已停用");
});
