import { expect, test } from "@playwright/test";
import { ACCOUNT_FAILURE_LIMIT } from "../lib/auth/throttle";
import { DEMO_USERS, signIn, storageState, uniqueSuffix, type DemoUser } from "./fixtures";

test.describe("auth: login and logout", () => {
  test("anonymous visitors of /admin are sent to the login page and come back after signing in", async ({ page }) => {
    await page.goto("/admin/units");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Funits/);
    await page.getByLabel("用户名").fill("admin");
    await page.getByLabel("密码").fill("Demo-pass-2026");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page).toHaveURL(/\/admin\/units$/);
    await expect(page.getByRole("heading", { name: "单位管理" })).toBeVisible();
  });

  test("a wrong password shows an error and keeps the username", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("用户名").fill("clerk");
    await page.getByLabel("密码").fill("not-the-password-1");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("用户名或密码不正确，或账号已被停用。");
    await expect(page.getByLabel("用户名")).toHaveValue("clerk");
    await expect(page).toHaveURL(/\/login/);
  });

  test("repeated failures lock the username for a while, with a message saying when to retry", async ({ page }) => {
    const username = `nobody${uniqueSuffix()}`;
    await page.goto("/login");
    await page.getByLabel("用户名").fill(username);
    const alert = page.getByRole("main").getByRole("alert");
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i++) {
      await page.getByLabel("密码").fill(`wrong-password-${i}`);
      const answered = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
      await page.getByRole("button", { name: "登录" }).click();
      await answered;
      await expect(alert).toHaveText("用户名或密码不正确，或账号已被停用。");
    }
    await page.getByLabel("密码").fill("wrong-password-again");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(alert).toHaveText("登录失败次数过多，已暂时锁定。请 15 分钟后再试；如忘记密码，请联系单位管理员重置。");
  });

  test("empty fields get field messages without a request", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.locator("#field-username-error")).toHaveText("请输入用户名");
    await expect(page.locator("#field-password-error")).toHaveText("请输入密码");
  });

  test("signing out ends the session", async ({ page }) => {
    await signIn(page, "reviewer");
    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/login/);
  });
});

const EXPECTED_NAV: Record<DemoUser, string[]> = {
  admin: [
    "工作台",
    "消息通知",
    "单位管理",
    "用户管理",
    "分类管理",
    "预检词表",
    "年度报告",
    "月度通报",
    "链接检查",
    "目录导入",
    "审计日志",
    "完整性校验",
    "节假日安排",
    "网站设置",
    "定时作业",
  ],
  unitadmin: ["工作台", "消息通知", "单位管理", "用户管理", "分类管理", "预检词表", "年度报告", "月度通报", "链接检查", "目录导入", "审计日志", "完整性校验"],
  clerk: ["工作台", "消息通知", "信息发布", "依申请公开", "年度报告"],
  reviewer: ["工作台", "消息通知", "信息发布"],
  leader: ["工作台", "消息通知", "信息发布", "依申请公开"],
};

for (const user of Object.keys(DEMO_USERS) as DemoUser[]) {
  test.describe(`auth: navigation of ${user}`, () => {
    test.use({ storageState: storageState(user) });
    test(`shows ${user} their name, role and menu`, async ({ page }) => {
      await page.goto("/admin");
      const { displayName, role } = DEMO_USERS[user];
      await expect(page.getByRole("banner")).toContainText(`${displayName}（${role}）`);
      await expect(page.getByRole("navigation", { name: "管理菜单" }).getByRole("link")).toHaveText(
        EXPECTED_NAV[user].map((label) => new RegExp(`^${label}\\d*$`)),
      );
    });
  });
}
