import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn, storageState, uniqueSuffix, type DemoUser } from "./fixtures";

async function pageAs(browser: Browser, user: DemoUser) {
  const context = await browser.newContext({ storageState: storageState(user) });
  return context.newPage();
}

/** Fills the entry editor with a valid draft and saves it; returns the entry page URL. */
async function draftEntry(page: Page, title: string) {
  await page.goto("/admin/entries/new");
  await page.getByLabel("标题").fill(title);
  await page.getByLabel("文号").fill("示发改〔2026〕88号");
  await page.getByLabel("生成日期").fill("2026-11-20");
  await page.getByLabel("主题分类").selectOption({ label: "财政资金\\预算" });
  await page.getByLabel("体裁").selectOption({ label: "通知" });
  await page.getByLabel("关键词").fill("预算，公开");
  await page.getByLabel("正文").fill("<p>现将有关事项通知如下。</p><script>alert('x')</script>");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByRole("status")).toHaveText("已保存。");
  return page.url().replace(/\?.*$/, "");
}

async function confirm(page: Page, button: string, confirmLabel: string) {
  await page.getByRole("button", { name: button }).click();
  await page.getByRole("dialog", { name: button }).getByRole("button", { name: confirmLabel }).click();
}

test("entries: clerk drafts and submits, reviewer clears, leader approves, the public sees it", async ({ browser }) => {
  const title = `示范区发改局关于2027年预算编制的通知${uniqueSuffix()}`;
  const clerk = await pageAs(browser, "clerk");
  const url = await draftEntry(clerk, title);
  await expect(clerk.getByText("草稿", { exact: true })).toBeVisible();
  await confirm(clerk, "提交审查", "提交");
  await expect(clerk.getByRole("status")).toHaveText("已提交保密审查。");

  const reviewer = await pageAs(browser, "reviewer");
  await reviewer.goto("/admin/entries?view=review");
  await reviewer.getByRole("link", { name: title }).click();
  await expect(reviewer.getByRole("heading", { name: "保密审查（第一步）" })).toBeVisible();
  await reviewer.getByLabel("审查意见").fill("经审查不涉及国家秘密和个人信息");
  await reviewer.getByRole("button", { name: "保密审查通过" }).click();
  await expect(reviewer.getByRole("status")).toHaveText("保密审查已通过，已转分管领导审批。");

  const leader = await pageAs(browser, "leader");
  await leader.goto(url);
  // Step 2 sees the step-1 record.
  await expect(leader.getByRole("region", { name: "本轮审查记录" })).toContainText("经审查不涉及国家秘密和个人信息");
  await leader.getByRole("button", { name: "审批通过并发布" }).click();
  await expect(leader.getByRole("status")).toContainText("已审批并发布，索引号");
  const indexNo = /索引号 (\S+?)。/.exec((await leader.getByRole("status").textContent()) ?? "")?.[1];
  expect(indexNo).toMatch(/^[0-9A-Z]{18}\/\d{4}-\d{5}$/);

  const entryId = url.split("/").pop();
  const publicPage = await browser.newPage();
  await publicPage.goto(`/entries/${entryId}`);
  await expect(publicPage.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(publicPage.getByRole("row", { name: /索引号/ })).toContainText(indexNo!);
  await expect(publicPage.getByText("现将有关事项通知如下。")).toBeVisible();
  expect(await publicPage.content()).not.toContain("alert('x')");

  // The 审核表 shows both steps for printing.
  await leader.goto(url);
  await leader.getByRole("link", { name: "审核表" }).click();
  await expect(leader.getByRole("heading", { name: "政府信息公开保密审查审核表" })).toBeVisible();
  await expect(leader.getByRole("row", { name: /保密审查意见/ })).toContainText("刘芳");
  await expect(leader.getByRole("row", { name: /分管领导意见/ })).toContainText("陈明");
});

test("entries: a draft in review is reachable through no public channel", async ({ browser }) => {
  const clerk = await pageAs(browser, "clerk");
  const title = `未发布的草稿${uniqueSuffix()}`;
  const url = await draftEntry(clerk, title);
  await confirm(clerk, "提交审查", "提交");
  await expect(clerk.getByRole("status")).toHaveText("已提交保密审查。");
  const id = url.split("/").pop()!;
  const anonymous = (await browser.newPage()).request;
  const q = encodeURIComponent(title);
  for (const path of [`/entries/${id}`, `/api/v1/entries/${id}`]) {
    const response = await anonymous.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).not.toContain(title);
  }
  // Searches echo the query, so there only the entry's link must be absent.
  for (const [path, echoes] of [
    [`/search?q=${q}`, true],
    [`/api/v1/entries?q=${q}`, true],
    [`/search.csv?q=${q}`, true],
    ["/feed.xml", false],
    ["/feed.atom", false],
    ["/sitemap.xml", false],
  ] as const) {
    const response = await anonymous.get(path);
    expect(response.status(), path).toBe(200);
    const body = await response.text();
    if (!echoes) expect(body, path).not.toContain(title);
    expect(body, path).not.toMatch(new RegExp(`/entries/${id}(?!\\d)`));
    expect(body, path).not.toMatch(new RegExp(`"id":${id}(?!\\d)`));
  }
});

test("entries: editing after step 1 sends the entry back to confidentiality review", async ({ browser }) => {
  const title = `统计快报${uniqueSuffix()}`;
  const clerk = await pageAs(browser, "clerk");
  const url = await draftEntry(clerk, title);
  await confirm(clerk, "提交审查", "提交");
  const reviewer = await pageAs(browser, "reviewer");
  await reviewer.goto(url);
  await reviewer.getByRole("button", { name: "保密审查通过" }).click();
  await expect(reviewer.getByRole("status")).toContainText("保密审查已通过");

  await clerk.goto(`${url}/edit`);
  await expect(clerk.getByText("保存修改后，已有的审查结果作废")).toBeVisible();
  await clerk.getByLabel("标题").fill(`${title}（更正）`);
  await clerk.getByRole("button", { name: "保存修改" }).click();
  await expect(clerk.getByText("待保密审查", { exact: true })).toBeVisible();

  const leader = await pageAs(browser, "leader");
  await leader.goto(url);
  await expect(leader.getByRole("button", { name: "审批通过并发布" })).toHaveCount(0);
  await expect(leader.getByText("您当前对这条信息没有可办理的操作。")).toBeVisible();
});

test("entries: invalid input keeps the typed text and says what is wrong", async ({ browser }) => {
  const clerk = await pageAs(browser, "clerk");
  await clerk.goto("/admin/entries/new");
  await clerk.getByLabel("正文").fill("<p>一段很长的正文，不能因为校验失败而丢失。</p>");
  await clerk.getByRole("button", { name: "保存草稿" }).click();
  await expect(clerk.locator("#field-title-error")).toHaveText("请填写标题（至少 2 个字）");
  await expect(clerk.locator("#field-topicId-error")).toHaveText("请选择主题分类");
  await expect(clerk.getByLabel("正文")).toHaveValue("<p>一段很长的正文，不能因为校验失败而丢失。</p>");
});

test("entries: nobody reviews their own draft, whatever roles they hold", async ({ browser }) => {
  // An account that is both clerk and reviewer in the same unit, made by the unit admin.
  const admin = await pageAs(browser, "unitadmin");
  const username = `both${uniqueSuffix()}`;
  await admin.goto("/admin/users/new");
  await admin.getByLabel("用户名").fill(username);
  await admin.getByLabel("姓名").fill("周兼任");
  await admin.getByLabel("所属单位").selectOption({ label: "示范区发展和改革局" });
  await admin.getByLabel("初始密码").fill("Both-roles-2026");
  await admin.getByRole("checkbox", { name: "经办人" }).check();
  await admin.getByRole("checkbox", { name: "保密审查员" }).check();
  await admin.getByRole("button", { name: "创建用户" }).click();
  await expect(admin.getByRole("status")).toHaveText("用户已创建。");

  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const both = await context.newPage();
  await signIn(both, username, "Both-roles-2026");
  const title = `自审测试${uniqueSuffix()}`;
  const url = await draftEntry(both, title);
  await confirm(both, "提交审查", "提交");
  await both.goto(url);
  await expect(both.getByRole("button", { name: "保密审查通过" })).toHaveCount(0);
  await both.goto("/admin/entries?view=review");
  await expect(both.getByRole("link", { name: title })).toHaveCount(0);

  // Another reviewer of the unit does get it.
  const reviewer = await pageAs(browser, "reviewer");
  await reviewer.goto(url);
  await expect(reviewer.getByRole("button", { name: "保密审查通过" })).toBeVisible();
});

test("entries: attachments are checked by their content and public only once published", async ({ browser }) => {
  test.slow(); // three people, four uploads: 25 s of the default 30 s on a busy machine
  const clerk = await pageAs(browser, "clerk");
  const url = await draftEntry(clerk, `附件测试${uniqueSuffix()}`);
  const upload = async (name: string, mimeType: string, text: string) => {
    await clerk.getByLabel("上传附件").setInputFiles({ name, mimeType, buffer: Buffer.from(text) });
    await clerk.getByRole("button", { name: "上传", exact: true }).click();
  };
  await upload("预算表.pdf", "application/pdf", "<html>not a pdf</html>");
  await expect(clerk.locator("#field-file-error")).toContainText("不支持该文件类型");
  await upload("预算表.pdf", "application/pdf", "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
  const link = clerk.getByRole("link", { name: "预算表.pdf" });
  await expect(link).toBeVisible();
  const href = (await link.getAttribute("href"))!;

  const anonymous = await browser.newPage();
  expect((await anonymous.request.get(href)).status()).toBe(404);
  const staffDownload = await clerk.request.get(href);
  expect(staffDownload.status()).toBe(200);
  expect(staffDownload.headers()["content-type"]).toBe("application/pdf");

  await confirm(clerk, "提交审查", "提交");
  const reviewer = await pageAs(browser, "reviewer");
  await reviewer.goto(url);
  await reviewer.getByRole("button", { name: "保密审查通过" }).click();
  await expect(reviewer.getByRole("status")).toContainText("保密审查已通过");
  const leader = await pageAs(browser, "leader");
  await leader.goto(url);
  await leader.getByRole("button", { name: "审批通过并发布" }).click();
  await expect(leader.getByRole("status")).toContainText("已审批并发布");

  await anonymous.goto(`/entries/${url.split("/").pop()}`);
  await expect(anonymous.getByRole("link", { name: "预算表.pdf" })).toBeVisible();
  const publicDownload = await anonymous.request.get(href);
  expect(publicDownload.status()).toBe(200);
  expect(publicDownload.headers()["content-disposition"]).toContain("filename*=UTF-8''%E9%A2%84%E7%AE%97%E8%A1%A8.pdf");
});
