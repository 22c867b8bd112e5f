import { expect, test, type Page } from "@playwright/test";
import { signIn, storageState } from "./fixtures";

/** Fills the public application form with a valid natural-person application. */
async function fillApplication(page: Page, description: string) {
  await page.getByLabel("向哪个机关申请").selectOption({ label: "　示范区发展和改革局" });
  await page.getByLabel("申请人类型").selectOption({ label: "自然人" });
  await page.getByLabel("姓名或名称").fill("赵市民");
  await page.getByLabel("证件类型").selectOption({ label: "居民身份证" });
  await page.getByLabel("证件号码").fill("11010519491231002X");
  await page.getByLabel("联系电话").fill("13800138000");
  await page.getByLabel("所需政府信息的名称或内容描述").fill(description);
  await page.getByLabel("获取信息的形式").selectOption({ label: "电子" });
  await page.getByLabel("获取信息的途径").selectOption({ label: "网上获取" });
}

/** Opens an application's status page with its tracking code and secret (or the phone's last 4 digits). */
async function lookUp(page: Page, trackingCode: string, secret: string) {
  await page.goto("/track");
  await page.getByLabel("查询码").fill(trackingCode);
  await page.getByLabel("查询密码或手机号后 4 位").fill(secret);
  await page.getByRole("button", { name: "查询" }).click();
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("requests: a member of the public applies, gets a tracking code, and follows progress", async ({ page, browser }) => {
    const description = `示范区2025年老旧小区改造项目的立项批复和资金安排（${Date.now()}）`;
    await page.goto("/apply");
    await fillApplication(page, description);
    await page.getByLabel("证件号码").fill("110105194912310021"); // wrong check digit
    await page.getByRole("button", { name: "提交申请" }).click();
    await expect(page.locator("#field-idNumber-error")).toHaveText("居民身份证号码校验位不正确，请核对");
    await expect(page.getByLabel("所需政府信息的名称或内容描述")).toHaveValue(description);

    await page.getByLabel("证件号码").fill("11010519491231002X");
    await page.getByRole("button", { name: "提交申请" }).click();
    const receipt = page.getByRole("status", { name: "申请已提交" });
    const trackingCode = (await receipt.locator("dd").nth(0).textContent())!;
    const secret = (await receipt.locator("dd").nth(1).textContent())!;
    expect(trackingCode).toMatch(/^\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    await lookUp(page, trackingCode, "0000");
    await expect(page.getByRole("alert")).toHaveText("查询码或查询密码不正确，请核对后重试。");
    await expect(page.getByLabel("查询码")).toHaveValue(trackingCode);
    await page.getByLabel("查询密码或手机号后 4 位").fill(secret);
    await page.getByRole("button", { name: "查询" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("申请办理进度");
    await expect(page.getByRole("row", { name: /当前状态/ })).toContainText("待登记");
    await expect(page.getByRole("main")).not.toContainText("赵市民");

    // A clerk of the unit confirms receipt; the applicant then sees the receipt date and the due date.
    const staff = await browser.newPage({ javaScriptEnabled: true });
    await signIn(staff, "clerk");
    await staff.goto("/admin/requests");
    await staff.getByRole("link", { name: trackingCode }).click();
    await expect(staff.getByRole("region", { name: "申请人（个人信息，仅限办理使用）" })).toContainText("赵市民");
    await staff.getByRole("button", { name: "确认收到" }).click();
    await expect(staff.getByRole("button", { name: "确认收到" })).toBeHidden();
    await expect(staff.getByRole("region", { name: "答复期限" })).toContainText("剩余");
    await expect(staff.getByRole("region", { name: "答复期限" })).toContainText("收到申请当日不计入");
    await staff.close();

    await page.goto(`/track/${trackingCode}`);
    await expect(page.getByRole("row", { name: /当前状态/ })).toContainText("已登记");
    await expect(page.getByRole("row", { name: /答复期限/ })).toContainText("前（按工作日计算）");
  });

  test("requests: the status page is closed without the secret", async ({ page }) => {
    await page.goto("/track/2026-0000-0000");
    await expect(page).toHaveURL(/\/track\?error=expired/);
    await expect(page.getByRole("alert")).toContainText("查询已超时");
  });
});

test("requests: a clerk registers a paper application with its channel and receipt date", async ({ page }) => {
  await signIn(page, "clerk");
  await page.goto("/admin/requests/new");
  await page.getByLabel("收到申请的渠道").selectOption({ label: "邮寄（挂号/快递，签收）" });
  await page.getByLabel("收到申请的日期").fill("2026-11-02");
  await fillApplication(page, `关于示范区2026年重点项目清单的纸质申请（${Date.now()}）`);
  await page.getByRole("button", { name: "登记申请" }).click();
  const receipt = page.getByRole("status", { name: "申请已登记" });
  const trackingCode = (await receipt.locator("dd").nth(0).textContent())!;
  await page.goto("/admin/requests");
  const row = page.getByRole("row").filter({ hasText: trackingCode });
  await expect(row).toContainText("2026-11-02");
  // 20 working days after Monday 2 November 2026 (no holidays in between): Monday 30 November.
  await expect(row).toContainText("2026-11-30");

  // The handler assigns it to themselves and leaves an internal note.
  await row.getByRole("link", { name: trackingCode }).click();
  const handling = page.getByRole("region", { name: "分派与备注" });
  await handling.locator("summary", { hasText: "分派" }).click();
  await handling.getByLabel("经办人").selectOption({ label: "张伟" });
  await handling.getByRole("button", { name: "分派", exact: true }).click();
  await expect(handling.getByRole("status")).toHaveText("已分派。");
  await expect(page.getByText("经办人 张伟")).toBeVisible();
  await handling.getByLabel("办理备注（仅工作人员可见）").fill("已电话联系申请人，确认所需为2026年清单");
  await handling.getByRole("button", { name: "添加备注" }).click();
  await expect(handling.getByRole("list", { name: "办理备注" })).toContainText("已电话联系申请人，确认所需为2026年清单");
});

test("requests: 补正, the applicant's correction, a 部分公开 answer from the template, a leader's approval, and the applicant reads it", async ({
  browser,
}) => {
  // Four people sign in and take a dozen steps: about 25 s on an idle 2-core machine, so the default 30 s is too tight.
  test.slow();
  const clerk = await browser.newPage();
  await signIn(clerk, "clerk");
  await clerk.goto("/admin/requests/new");
  await clerk.getByLabel("收到申请的渠道").selectOption({ label: "当面提交" });
  await fillApplication(clerk, `示范区2026年政府投资项目的中标合同（${Date.now()}）`);
  await clerk.getByRole("button", { name: "登记申请" }).click();
  const trackingCode = (await clerk.getByRole("status", { name: "申请已登记" }).locator("dd").nth(0).textContent())!;
  await clerk.goto("/admin/requests");
  await clerk.getByRole("link", { name: trackingCode }).click();
  const steps = clerk.getByRole("region", { name: "办理" });

  await steps.locator("summary", { hasText: "告知补正" }).click();
  await steps.getByLabel("需要补正的内容").fill("请写明合同对应的项目名称");
  await steps.getByRole("button", { name: "告知补正" }).click();
  await expect(clerk.getByRole("region", { name: "答复期限" })).toContainText("计时暂停");
  await expect(clerk.getByRole("region", { name: "文书" })).toContainText("政府信息公开申请补正告知书");

  // The applicant sends the correction from the status page, without JavaScript; the clock restarts.
  const correcting = await browser.newPage({ javaScriptEnabled: false });
  await lookUp(correcting, trackingCode, "8000");
  await expect(correcting.getByRole("row", { name: /当前状态/ })).toContainText("待补正");
  await correcting.getByLabel("补正内容").fill("项目");
  await correcting.getByRole("button", { name: "提交补正" }).click();
  await expect(correcting.locator("#field-reply-error")).toContainText("至少 5 个字");
  await expect(correcting.getByLabel("补正内容")).toHaveValue("项目");
  await correcting.getByLabel("补正内容").fill("项目名称：示范区城北污水处理厂提标改造工程");
  await correcting.getByRole("button", { name: "提交补正" }).click();
  await expect(correcting.getByRole("status")).toContainText("补正内容已提交");
  await expect(correcting.getByRole("row", { name: /当前状态/ })).toContainText("办理中");
  await expect(correcting.getByLabel("补正内容")).toHaveCount(0);
  await correcting.close();

  await clerk.reload();
  await expect(clerk.getByRole("region", { name: "申请人在线补正" })).toContainText("示范区城北污水处理厂提标改造工程");
  await expect(clerk.getByRole("region", { name: "答复期限" })).toContainText("剩余 20 个工作日");

  await steps.locator("summary", { hasText: "起草答复" }).click();
  await steps.getByLabel("办理结果").selectOption({ label: "部分公开" });
  await steps.getByLabel("理由或说明").fill("合同中的银行账户信息涉及第三方商业秘密");
  await steps.getByRole("button", { name: "保存答复草稿" }).click();
  await expect(clerk.getByRole("region", { name: "文书" })).toContainText("合同中的银行账户信息涉及第三方商业秘密");
  await clerk.getByRole("region", { name: "办理" }).getByRole("button", { name: "提交答复审批" }).click();
  await expect(clerk.getByText("答复待审批")).toBeVisible();
  await expect(clerk.getByRole("button", { name: "审批通过答复" })).toHaveCount(0);
  await clerk.close();

  const leader = await browser.newPage();
  await signIn(leader, "leader");
  await leader.goto("/admin/requests");
  await leader.getByRole("link", { name: trackingCode }).click();
  await leader.getByRole("button", { name: "审批通过答复" }).click();
  await leader.getByRole("dialog", { name: "审批通过答复" }).getByRole("button", { name: "确定" }).click();
  await expect(leader.getByText("已答复", { exact: true })).toBeVisible();
  await leader.close();

  // The handler links a published entry the answer refers to, and promotes the answer to the catalogue.
  const handler = await browser.newPage();
  await signIn(handler, "clerk");
  await handler.goto("/search?sort=date");
  const first = handler.getByRole("list", { name: "检索结果" }).getByRole("listitem").first();
  const indexNo = /([0-9A-Z]{18}\/\d{4}-\d{5})/.exec((await first.textContent()) ?? "")![1]!;
  const linkedTitle = (await first.getByRole("link").first().textContent())!;
  // Answered: listed with the closed ones, among the demo's many, so found by its code.
  await handler.goto(`/admin/requests?all=1&q=${trackingCode}`);
  await handler.getByRole("link", { name: trackingCode }).click();
  const related = handler.getByRole("region", { name: "相关公开信息" });
  await related.getByLabel("按索引号关联已公开的信息").fill(indexNo);
  await related.getByRole("button", { name: "关联" }).click();
  await expect(related.getByRole("link", { name: linkedTitle })).toBeVisible();
  await related.getByRole("button", { name: "转为主动公开（条例第四十四条）" }).click();
  await handler.getByRole("dialog", { name: "转为主动公开（条例第四十四条）" }).getByRole("button", { name: "起草" }).click();
  await expect(handler).toHaveURL(/\/admin\/entries\/\d+$/);
  await expect(handler.getByRole("heading", { level: 1 })).toContainText("示范区2026年政府投资项目的中标合同");
  await handler.close();

  const applicant = await browser.newPage({ javaScriptEnabled: false });
  await lookUp(applicant, trackingCode, "8000");
  await expect(applicant.getByRole("row", { name: /当前状态/ })).toContainText("已答复");
  await expect(applicant.getByRole("article", { name: "政府信息公开申请补正告知书" })).toContainText("项目名称");
  await expect(applicant.getByRole("article", { name: "政府信息公开申请答复告知书" })).toContainText("合同中的银行账户信息涉及第三方商业秘密");
  await expect(applicant.getByRole("region", { name: "相关公开信息" }).getByRole("link", { name: linkedTitle })).toBeVisible();
  // The answer as a PDF file, for the applicant only.
  const pdfPath = await applicant.getByRole("link", { name: "下载 PDF（政府信息公开申请答复告知书）" }).getAttribute("href");
  const pdf = await applicant.request.get(pdfPath!);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await applicant.close();
  const stranger = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  expect((await stranger.request.get(pdfPath!)).status()).toBe(404);
  await stranger.close();
});

test("requests: a clerk discards a junk online submission with a reason, which its submitter sees", async ({ page, browser }) => {
  await page.goto("/apply");
  await fillApplication(page, `优惠促销，点击链接领取大奖（${Date.now()}）`);
  await page.getByRole("button", { name: "提交申请" }).click();
  const receipt = page.getByRole("status", { name: "申请已提交" });
  const trackingCode = (await receipt.locator("dd").nth(0).textContent())!;
  const secret = (await receipt.locator("dd").nth(1).textContent())!;

  const clerk = await browser.newPage();
  await signIn(clerk, "clerk");
  await clerk.goto("/admin/requests");
  await clerk.getByRole("link", { name: trackingCode }).click();
  const steps = clerk.getByRole("region", { name: "办理" });
  await steps.locator("summary", { hasText: "不予登记（无效提交）" }).click();
  await steps.getByRole("button", { name: "不予登记（无效提交）" }).click();
  await expect(steps.locator("#field-reason-error")).toContainText("请填写不予登记的理由");
  await steps.getByLabel("不予登记的理由（将显示给提交人）").fill("广告内容，不是政府信息公开申请");
  await steps.getByRole("button", { name: "不予登记（无效提交）" }).click();
  await expect(clerk.getByText("已终止", { exact: true })).toBeVisible();
  await expect(clerk.getByRole("region", { name: "确认收到网上申请" })).toHaveCount(0);
  await clerk.close();

  await lookUp(page, trackingCode, secret);
  await expect(page.getByRole("region", { name: "办理过程" })).toContainText("未予登记：广告内容，不是政府信息公开申请");
});

test("requests: 信息处理费 by the page, the fee notice stops the clock, and payment restarts it", async ({ page }) => {
  await signIn(page, "clerk");
  await page.goto("/admin/requests/new");
  await page.getByLabel("收到申请的渠道").selectOption({ label: "当面提交" });
  await fillApplication(page, `示范区2020年至2025年全部建设工程规划许可证（${Date.now()}）`);
  await page.getByRole("button", { name: "登记申请" }).click();
  const trackingCode = (await page.getByRole("status", { name: "申请已登记" }).locator("dd").nth(0).textContent())!;
  await page.goto("/admin/requests");
  await page.getByRole("link", { name: trackingCode }).click();
  const steps = page.getByRole("region", { name: "办理" });
  await steps.getByRole("button", { name: "开始办理" }).click();

  await steps.locator("summary", { hasText: "发送收费通知" }).click();
  await steps.getByLabel("计费方式").selectOption({ label: "按量计收" });
  await steps.getByLabel("件数或页数").fill("100");
  await steps.getByRole("button", { name: "发送收费通知" }).click();
  await expect(page.getByRole("row", { name: /信息处理费/ })).toContainText("700 元（按量计收），待缴");
  await expect(page.getByRole("region", { name: "答复期限" })).toContainText("计时暂停");
  await expect(page.getByRole("region", { name: "文书" })).toContainText("700");

  await steps.locator("summary", { hasText: "登记已缴费" }).click();
  await steps.getByRole("button", { name: "登记已缴费" }).click();
  await expect(page.getByRole("row", { name: /信息处理费/ })).toContainText("已缴");
  await expect(page.getByRole("region", { name: "答复期限" })).toContainText("前答复");
});

test.describe("as the system administrator", () => {
  test.use({ storageState: storageState("admin") });

  test("requests: the holiday calendar lists the official days, warns about next year, and takes a new day", async ({ page }) => {
    await page.goto("/admin/calendar?year=2026");
    await expect(page.getByRole("table", { name: "2026 年节假日安排" }).getByRole("row", { name: /2026-10-10/ })).toContainText("调休上班");
    await expect(page.getByRole("alert").filter({ hasText: "尚未录入" })).toContainText("2027 年的节假日安排尚未录入");
    await page.getByRole("link", { name: "2027 年" }).click();
    await page.getByLabel("日期").fill("2027-01-01");
    await page.getByLabel("节日").fill("元旦");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByRole("status")).toContainText("已保存 2027-01-01。");
    await expect(page.getByRole("table", { name: "2027 年节假日安排" })).toContainText("元旦");
  });
});
