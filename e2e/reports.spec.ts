import { expect, test } from "@playwright/test";
import { storageState } from "./fixtures";

test.use({ storageState: storageState("admin") });

test("reports: an administrator generates a unit's annual-report tables, sees what is still to be entered, and downloads a table as CSV", async ({ page }) => {
  await page.goto("/admin");
  await page.getByRole("navigation").getByRole("link", { name: "年度报告" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("年政府信息公开工作年度报告");
  await page.getByLabel("年度").fill("2026");
  await page.getByRole("button", { name: "生成" }).click();
  await expect(page).toHaveURL(/year=2026/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("2026 年政府信息公开工作年度报告");

  const two = page.getByRole("region", { name: "二、主动公开政府信息情况" });
  await expect(two.getByRole("row", { name: /^规章/ }).getByRole("cell")).toHaveCount(3);
  const four = page.getByRole("region", { name: "四、政府信息公开行政复议、行政诉讼情况" });
  await expect(four.getByRole("cell", { name: "待填报" })).toHaveCount(15);
  await expect(page.getByRole("region", { name: /提交前须处理的问题/ })).toContainText("行政复议");

  // Filling in what the catalogue does not hold clears the gaps; 总体情况 comes with a draft.
  const entry = page.getByRole("region", { name: "填报" });
  await expect(entry.getByLabel("一、总体情况")).toHaveValue(/（一）主动公开。全年主动公开政府信息\d+条/);
  for (const field of await entry.getByRole("spinbutton").all()) await field.fill("0");
  await entry.getByLabel("表二 行政事业性收费：本年收费金额（万元）").fill("0.0125");
  await entry.getByLabel("表四 行政复议：结果维持").fill("-1");
  await entry.getByRole("button", { name: "保存" }).click();
  await expect(entry.locator("#field-four_REVIEW_upheld-error")).toHaveText("不能为负数");
  await expect(entry.getByLabel("表二 行政事业性收费：本年收费金额（万元）")).toHaveValue("0.0125");
  await entry.getByLabel("表四 行政复议：结果维持").fill("0");
  await entry.getByRole("button", { name: "保存" }).click();
  await expect(entry.getByRole("status")).toContainText("已保存");
  await expect(four.getByRole("cell", { name: "待填报" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: /提交前须处理的问题/ })).toHaveCount(0);
  await expect(two.getByRole("row", { name: /^行政事业性收费/ })).toContainText("0.0125");

  const three = page.getByRole("region", { name: "三、收到和处理政府信息公开申请情况" });
  const csvHref = await three.getByRole("link", { name: "下载 CSV" }).getAttribute("href");
  const csv = await page.request.get(csvHref!);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = (await csv.text()).replace(/^\uFEFF/, "");
  expect(text.split("\r\n")[0]).toBe("三、收到和处理政府信息公开申请情况");
  expect(text).toContain("一、本年新收政府信息公开申请数量");
});
