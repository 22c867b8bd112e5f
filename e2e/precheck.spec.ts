import { expect, test, type Browser, type Page } from "@playwright/test";
import { residentIdCheckChar } from "../lib/safeguards/checksums";
import { fillNewEntry, storageState, uniqueSuffix, type DemoUser } from "./fixtures";

async function pageAs(browser: Browser, user: DemoUser) {
  const context = await browser.newContext({ storageState: storageState(user) });
  return context.newPage();
}

/** A valid resident ID number (GB 11643 checksum) of someone born on 1949-12-31. */
const ID_NUMBER = `11010519491231002${residentIdCheckChar("11010519491231002")}`;

async function draftAndSubmit(page: Page, title: string, body: string) {
  await fillNewEntry(page, title, body);
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByRole("status")).toHaveText("已保存。");
  await page.getByRole("button", { name: "提交审查" }).click();
  await page.getByRole("dialog", { name: "提交审查" }).getByRole("button", { name: "提交" }).click();
  await expect(page.getByRole("status")).toHaveText("已提交保密审查。");
  return page.url().replace(/\?.*$/, "");
}

test("precheck: an ID number in the body must be acknowledged before step 1 clears the entry", async ({ browser }) => {
  const title = `低保对象公示${uniqueSuffix()}`;
  const clerk = await pageAs(browser, "clerk");
  const url = await draftAndSubmit(clerk, title, `<p>经审核，张某（身份证号码 ${ID_NUMBER}）符合条件。</p>`);

  // The clerk sees the finding read-only, so they could fix it before review.
  const clerkSection = clerk.getByRole("region", { name: "保密预检" });
  await expect(clerkSection.getByRole("listitem", { name: `身份证号码：${ID_NUMBER}` })).toBeVisible();
  await expect(clerkSection.getByText("待保密审查员确认。")).toBeVisible();
  await expect(clerkSection.getByRole("button", { name: "确认无碍" })).toHaveCount(0);

  const reviewer = await pageAs(browser, "reviewer");
  await reviewer.goto(url);
  const section = reviewer.getByRole("region", { name: "保密预检" });
  const finding = section.getByRole("listitem", { name: `身份证号码：${ID_NUMBER}` });
  await expect(finding).toContainText("正文 第 1 段");
  await expect(finding.locator("mark")).toHaveText(ID_NUMBER);
  await expect(section).toContainText("其中 1 项尚未确认");

  // Clearance is refused while the finding is open.
  await reviewer.getByLabel("审查意见").fill("不涉及国家秘密");
  await reviewer.getByRole("button", { name: "保密审查通过" }).click();
  await expect(reviewer.getByRole("alert").filter({ hasText: "还有 1 项保密预检提示未确认，请逐项确认或退回修改。" })).toBeVisible();

  // An acknowledgement needs a note.
  await finding.getByRole("button", { name: "确认无碍" }).click();
  await expect(finding.getByText("请说明为何无碍，例如：为公开的单位办公电话")).toBeVisible();
  await finding.getByLabel("确认说明").fill("公示名单依法须载明，已征得本人同意");
  await finding.getByRole("button", { name: "确认无碍" }).click();
  await expect(reviewer.getByRole("status")).toHaveText("已确认该项保密预检提示。");
  await expect(finding).toContainText("确认无碍：公示名单依法须载明，已征得本人同意");
  await expect(reviewer.getByRole("region", { name: "办理记录" })).toContainText("确认保密预检提示无碍");

  await reviewer.getByLabel("审查意见").fill("不涉及国家秘密");
  await reviewer.getByRole("button", { name: "保密审查通过" }).click();
  await expect(reviewer.getByRole("status")).toHaveText("保密审查已通过，已转分管领导审批。");
});

test("precheck: a plain body shows that the pre-check found nothing", async ({ browser }) => {
  const clerk = await pageAs(browser, "clerk");
  await draftAndSubmit(clerk, `无提示的通知${uniqueSuffix()}`, "<p>现将有关事项通知如下。</p>");
  await expect(clerk.getByRole("region", { name: "保密预检" })).toContainText("保密预检未发现密级标志、个人信息或敏感词。");
});

test("precheck: a returned entry is masked in one click, resubmitted and cleared with nothing left to acknowledge", async ({ browser }) => {
  test.slow();
  const title = `救助对象公示${uniqueSuffix()}`;
  const clerk = await pageAs(browser, "clerk");
  const url = await draftAndSubmit(clerk, title, `<p>张某，身份证号码 ${ID_NUMBER}，联系电话 13800138000。</p>`);

  const reviewer = await pageAs(browser, "reviewer");
  await reviewer.goto(url);
  await expect(reviewer.getByRole("region", { name: "保密预检" }).getByRole("button", { name: "一键遮盖" })).toHaveCount(0);
  const returnForm = reviewer.getByRole("group").filter({ hasText: "退回起草人修改" });
  await returnForm.getByText("退回起草人修改").click();
  await returnForm.getByLabel("退回原因").selectOption({ label: "含有未处理的个人信息" });
  await returnForm.getByLabel("退回意见").fill("请遮盖身份证号码和电话");
  await returnForm.getByRole("button", { name: "退回修改" }).click();
  await expect(reviewer.getByRole("status")).toHaveText("已退回起草人修改。");

  await clerk.goto(url);
  const section = clerk.getByRole("region", { name: "保密预检" });
  await expect(section.getByRole("button", { name: "一键遮盖" })).toHaveCount(2);
  await section.getByRole("button", { name: "遮盖全部个人信息" }).click();
  await clerk.getByRole("dialog", { name: "遮盖全部个人信息" }).getByRole("button", { name: "遮盖" }).click();
  await expect(clerk.getByRole("status")).toHaveText("已遮盖正文中的个人信息。");
  await expect(clerk.getByText("110***********", { exact: false }).first()).toBeVisible();
  await expect(clerk.getByText(ID_NUMBER)).toHaveCount(0);
  await clerk.getByRole("button", { name: "提交审查" }).click();
  await clerk.getByRole("dialog", { name: "提交审查" }).getByRole("button", { name: "提交" }).click();
  await expect(clerk.getByRole("status")).toHaveText("已提交保密审查。");

  await reviewer.goto(url);
  await expect(reviewer.getByRole("region", { name: "保密预检" })).toContainText("保密预检未发现密级标志、个人信息或敏感词。");
  await reviewer.getByLabel("审查意见").fill("个人信息已遮盖");
  await reviewer.getByRole("button", { name: "保密审查通过" }).click();
  await expect(reviewer.getByRole("status")).toHaveText("保密审查已通过，已转分管领导审批。");
});

test("precheck: a clerk runs the pre-check on a draft and masks the phone number before submitting", async ({ browser }) => {
  const clerk = await pageAs(browser, "clerk");
  await fillNewEntry(clerk, `救助热线公示${uniqueSuffix()}`, "<p>联系人张某，手机 13800138000。</p>");
  await clerk.getByRole("button", { name: "保存草稿" }).click();
  await expect(clerk.getByRole("status")).toHaveText("已保存。");

  await clerk.getByRole("button", { name: "保密预检" }).click();
  await expect(clerk.getByRole("status")).toContainText("保密预检已完成");
  const section = clerk.getByRole("region", { name: "保密预检" });
  await expect(section.getByRole("listitem", { name: "手机号码：13800138000" })).toBeVisible();
  await section.getByRole("button", { name: "一键遮盖" }).click();
  await clerk.getByRole("dialog", { name: "一键遮盖" }).getByRole("button", { name: "遮盖" }).click();
  await expect(clerk.getByRole("status")).toHaveText("已遮盖正文中的个人信息。");

  await clerk.getByRole("button", { name: "保密预检" }).click();
  await expect(clerk.getByRole("status")).toHaveText("保密预检未发现密级标志、个人信息或敏感词。");
  await expect(clerk.getByRole("region", { name: "办理记录" })).toContainText("保密预检（草稿）：未发现问题");
});
