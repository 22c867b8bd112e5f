import { expect, test } from "@playwright/test";
import { storageState, type DemoUser } from "./fixtures";

test.use({ storageState: storageState("admin") });

test("reports: an administrator generates a unit's annual-report tables, sees what is still to be entered, and downloads a table as CSV", async ({ page }) => {
  await page.goto("/admin");
  await page.getByRole("navigation").getByRole("link", { name: "年度报告" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("年政府信息公开工作年度报告");
  await page.getByLabel("年度").fill("2026");
  await page.getByRole("button", { name: "生成", exact: true }).click();
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

test("reports: a clerk checks a number against its records, completes the report and files it; it is reviewed, approved and published", async ({ browser }) => {
  // Three people and a dozen pages: near the default 30 s on a busy 2-core machine.
  test.slow();
  const as = async (user: DemoUser) => (await browser.newContext({ storageState: storageState(user) })).newPage();
  const clerk = await as("clerk");
  await clerk.goto("/admin");
  await clerk.getByRole("navigation").getByRole("link", { name: "年度报告" }).click();
  await clerk.getByLabel("年度").fill("2024");
  await clerk.getByRole("button", { name: "生成", exact: true }).click();
  await expect(clerk.getByRole("heading", { level: 1 })).toHaveText("示范区发展和改革局 2024 年政府信息公开工作年度报告");

  // Every computed number links to the records it counts.
  const three = clerk.getByRole("region", { name: "三、收到和处理政府信息公开申请情况" });
  const newTotal = three
    .getByRole("row", { name: /^一、本年新收/ })
    .getByRole("cell")
    .last()
    .getByRole("link");
  const counted = (await newTotal.textContent())!;
  await newTotal.click();
  await expect(clerk.getByRole("heading", { level: 1 })).toContainText("表三 一、本年新收政府信息公开申请数量「总计」");
  await expect(clerk.getByText(/计入该数字的记录共/)).toContainText(`共 ${counted} 条`);
  await clerk.getByRole("link", { name: "← 返回年度报告" }).click();

  // Gaps keep it from being filed; completing it opens the way.
  const publish = clerk.getByRole("region", { name: "公开", exact: true });
  await expect(publish).toContainText(/个问题未处理|请先保存填报内容/);
  const form = clerk.getByRole("region", { name: "填报" });
  for (const field of await form.getByRole("spinbutton").all()) await field.fill("0");
  await form.getByLabel("表二 行政事业性收费：本年收费金额（万元）").fill("0");
  await form.getByLabel("一、总体情况").fill("2024年，示范区发展和改革局认真贯彻落实《政府信息公开条例》。");
  await form.getByLabel("六、其他需要报告的事项").fill("本年度未收取信息处理费。");
  await form.getByRole("button", { name: "保存" }).click();
  await expect(form.getByRole("status")).toContainText("已保存");
  const file = publish.getByRole("button", { name: /公开稿/ });
  const label = (await file.textContent())!;
  await file.click();
  await clerk
    .getByRole("dialog", { name: label })
    .getByRole("button", { name: /生成|更新/ })
    .click();
  await expect(clerk.getByRole("status")).toHaveText("已按年度报告生成公开稿。请核对正文后提交保密审查。");
  const url = clerk.url().replace(/\?.*$/, "");
  await clerk.getByRole("button", { name: "提交审查" }).click();
  await clerk.getByRole("dialog", { name: "提交审查" }).getByRole("button", { name: "提交" }).click();
  await expect(clerk.getByRole("status")).toHaveText("已提交保密审查。");

  const reviewer = await as("reviewer");
  await reviewer.goto(url);
  await reviewer.getByLabel("审查意见").fill("年度报告不涉及国家秘密和个人信息");
  await reviewer.getByRole("button", { name: "保密审查通过" }).click();
  await expect(reviewer.getByRole("status")).toContainText("保密审查已通过");
  const leader = await as("leader");
  await leader.goto(url);
  await leader.getByRole("button", { name: "审批通过并发布" }).click();
  await expect(leader.getByRole("status")).toContainText("已审批并发布");

  const reader = await browser.newPage();
  await reader.goto("/reports");
  await reader.getByRole("link", { name: "示范区发展和改革局2024年政府信息公开工作年度报告" }).first().click();
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("示范区发展和改革局2024年政府信息公开工作年度报告");
  await expect(reader.getByRole("heading", { name: "一、总体情况" })).toBeVisible();
  await expect(reader.getByText("认真贯彻落实《政府信息公开条例》")).toBeVisible();
  await expect(reader.getByRole("table", { name: "第二十条第（一）项" }).getByRole("rowheader", { name: "规章" })).toBeVisible();
  await expect(reader.getByRole("table", { name: /勾稽关系/ }).getByRole("columnheader", { name: "申请人情况" })).toBeVisible();
  await expect(reader.getByRole("heading", { name: "六、其他需要报告的事项" })).toBeVisible();
});
