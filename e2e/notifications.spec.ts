import { expect, test, type Browser, type Page } from "@playwright/test";
import { fillNewEntry, signIn, storageState, uniqueSuffix } from "./fixtures";

const PASSWORD = "Tongzhi-2026x";

async function newPage(browser: Browser, state?: string) {
  const context = await browser.newContext({ storageState: state ?? { cookies: [], origins: [] } });
  return context.newPage();
}

async function createUser(admin: Page, username: string, displayName: string, unitName: string, role: string) {
  await admin.goto("/admin/users/new");
  await admin.getByLabel("用户名").fill(username);
  await admin.getByLabel("姓名").fill(displayName);
  await admin.getByLabel("所属单位").selectOption({ label: `　${unitName}` });
  await admin.getByLabel("初始密码").fill(PASSWORD);
  await admin.getByRole("checkbox", { name: role }).check();
  await admin.getByRole("button", { name: "创建用户" }).click();
  await expect(admin.getByRole("status")).toHaveText("用户已创建。");
}

test("notifications: a submitted entry reaches its unit's reviewer, who opens it from the bell and lands on the review", async ({ browser }) => {
  test.slow();
  // A unit of its own, so no other test's submissions reach this reviewer.
  const suffix = uniqueSuffix();
  const unitName = `通知测试局${suffix}`;
  const admin = await newPage(browser, storageState("admin"));
  await admin.goto("/admin/units/new");
  await admin.getByLabel("单位全称").fill(unitName);
  await admin.getByLabel("单位代码").fill(`TZ-${suffix.toUpperCase()}`);
  await admin.getByLabel("上级单位").selectOption({ label: "示范区人民政府" });
  await admin.getByRole("button", { name: "保存" }).click();
  await expect(admin.getByRole("status")).toHaveText("单位已创建。");
  await createUser(admin, `tzc${suffix}`, "孙经办", unitName, "经办人");
  await createUser(admin, `tzr${suffix}`, "周审查", unitName, "保密审查员");

  const reviewer = await newPage(browser);
  await signIn(reviewer, `tzr${suffix}`, PASSWORD);
  const bell = reviewer.getByRole("banner").getByRole("link", { name: /^消息通知/ });
  await expect(bell).toHaveAccessibleName("消息通知（0 条未读）");
  await bell.click();
  await expect(reviewer.getByRole("heading", { level: 1, name: "消息通知" })).toBeVisible();
  await expect(reviewer.getByText("暂无通知。", { exact: false })).toBeVisible();

  const title = `关于开展节能宣传周活动的通知${suffix}`;
  const clerk = await newPage(browser);
  await signIn(clerk, `tzc${suffix}`, PASSWORD);
  await fillNewEntry(clerk, title, "<p>现将有关事项通知如下。</p>");
  await clerk.getByRole("button", { name: "保存草稿" }).click();
  await expect(clerk.getByRole("status")).toHaveText("已保存。");
  await clerk.getByRole("button", { name: "提交审查" }).click();
  await clerk.getByRole("dialog", { name: "提交审查" }).getByRole("button", { name: "提交" }).click();
  await expect(clerk.getByRole("status")).toHaveText("已提交保密审查。");
  const entryUrl = clerk.url().replace(/\?.*$/, "");

  await reviewer.reload();
  await expect(bell).toHaveAccessibleName("消息通知（1 条未读）");
  const item = reviewer.getByRole("listitem", { name: `未读：待保密审查：「${title}」` });
  await expect(item).toContainText("待保密审查");
  await item.getByRole("button", { name: `待保密审查：「${title}」` }).click();
  await expect(reviewer).toHaveURL(entryUrl);
  await expect(reviewer.getByRole("heading", { name: "保密审查（第一步）" })).toBeVisible();
  await expect(bell).toHaveAccessibleName("消息通知（0 条未读）");
  await bell.click();
  await expect(reviewer.getByRole("listitem", { name: `已读：待保密审查：「${title}」` })).toBeVisible();

  // The drafter is not told about their own submission.
  await clerk.goto("/admin/notifications");
  await expect(clerk.getByText("暂无通知。", { exact: false })).toBeVisible();
});

test.describe("notifications: SMTP settings", () => {
  test.use({ storageState: storageState("admin") });

  test("the saved password is never shown back, and a test mail with e-mail switched off says so", async ({ page }) => {
    await page.goto("/admin/settings");
    await page.getByRole("link", { name: "邮件设置" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "邮件设置" })).toBeVisible();
    await page.getByLabel("邮件提醒").selectOption({ label: "停用" });
    await page.getByLabel("服务器地址").fill("smtp.example.gov.cn");
    await page.getByLabel("端口").fill("587");
    await page.getByLabel("用户名").fill("gongkai");
    await page.getByLabel("密码").fill("Smtp-secret-2026");
    await page.getByRole("button", { name: "保存邮件设置" }).click();
    await expect(page.getByRole("status")).toHaveText("邮件设置已保存。");
    await page.reload();
    await expect(page.getByLabel("密码")).toHaveValue("");
    await expect(page.getByText("已保存密码（不显示）；留空则保持不变")).toBeVisible();
    expect(await page.content()).not.toContain("Smtp-secret-2026");

    await page.getByLabel("收件地址").fill("admin@example.gov.cn");
    await page.getByRole("button", { name: "发送测试邮件" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("邮件提醒尚未启用");
  });
});
