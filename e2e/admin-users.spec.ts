import { expect, test } from "@playwright/test";
import { signIn, storageState, uniqueSuffix } from "./fixtures";

test.describe("users: management by the system administrator", () => {
  test.use({ storageState: storageState("admin") });

  test("a new user with a role can sign in; a disabled user cannot", async ({ page, browser }) => {
    const username = `zhao${uniqueSuffix()}`;
    await page.goto("/admin/users/new");
    await page.getByLabel("用户名").fill(username);
    await page.getByLabel("姓名").fill("赵敏");
    await page.getByLabel("初始密码").fill("short1");
    await page.getByRole("checkbox", { name: "保密审查员" }).check();
    await page.getByRole("button", { name: "创建用户" }).click();

    // Invalid: field messages, and what was typed (but not the password) is still there.
    await expect(page.locator("#field-unitId-error")).toHaveText("请选择所属单位");
    await expect(page.locator("#field-password-error")).toHaveText("密码至少 10 位");
    await expect(page.getByLabel("用户名")).toHaveValue(username);
    await expect(page.getByLabel("姓名")).toHaveValue("赵敏");
    await expect(page.getByRole("checkbox", { name: "保密审查员" })).toBeChecked();

    await page.getByLabel("所属单位").selectOption({ label: "　示范区财政局" });
    await page.getByLabel("初始密码").fill("Zhao-min-2026");
    await page.getByRole("button", { name: "创建用户" }).click();
    await expect(page.getByRole("status")).toHaveText("用户已创建。");
    await expect(page.getByRole("listitem").filter({ hasText: "保密审查员 · 示范区财政局" })).toBeVisible();

    const other = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const userPage = await other.newPage();
    await signIn(userPage, username, "Zhao-min-2026");
    await expect(userPage.getByRole("banner")).toContainText("赵敏（保密审查员）");

    await page.getByRole("button", { name: "停用账号" }).click();
    await page.getByRole("dialog", { name: "停用账号" }).getByRole("button", { name: "停用" }).click();
    await expect(page.getByText("已停用", { exact: true })).toBeVisible();

    // The open session stops working at once.
    await userPage.goto("/admin");
    await expect(userPage).toHaveURL(/\/login/);
    await userPage.getByLabel("用户名").fill(username);
    await userPage.getByLabel("密码").fill("Zhao-min-2026");
    await userPage.getByRole("button", { name: "登录" }).click();
    await expect(userPage.getByRole("main").getByRole("alert")).toHaveText("用户名或密码不正确，或账号已被停用。");
    await other.close();
  });

  test("a reset password is shown once and must be changed at the next sign-in", async ({ page, browser }) => {
    const username = `qian${uniqueSuffix()}`;
    await page.goto("/admin/users/new");
    await page.getByLabel("用户名").fill(username);
    await page.getByLabel("姓名").fill("钱进");
    await page.getByLabel("所属单位").selectOption({ label: "　示范区统计局" });
    await page.getByLabel("初始密码").fill("Qian-jin-2026x");
    await page.getByRole("button", { name: "创建用户" }).click();
    await expect(page.getByRole("status")).toHaveText("用户已创建。");

    await page.getByRole("button", { name: "重置密码" }).click();
    await page.getByRole("dialog", { name: "重置密码" }).getByRole("button", { name: "重置密码" }).click();
    const message = page.getByRole("status").filter({ hasText: "新的临时密码" });
    await expect(message).toBeVisible();
    const temporary = /临时密码：([A-Za-z0-9]+)/.exec((await message.textContent()) ?? "")?.[1];
    expect(temporary).toBeTruthy();

    const other = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const userPage = await other.newPage();
    await signIn(userPage, username, temporary);
    await expect(userPage).toHaveURL(/\/admin\/account\/password$/);
    await userPage.getByLabel("当前密码").fill(temporary!);
    await userPage.getByLabel(/^新密码/).fill("Qian-new-2026x");
    await userPage.getByLabel("再次输入新密码").fill("Qian-new-2026y");
    await userPage.getByRole("button", { name: "修改密码" }).click();
    await expect(userPage.locator("#field-confirmPassword-error")).toHaveText("两次输入的新密码不一致");
    await userPage.getByLabel("当前密码").fill(temporary!);
    await userPage.getByLabel(/^新密码/).fill("Qian-new-2026x");
    await userPage.getByLabel("再次输入新密码").fill("Qian-new-2026x");
    await userPage.getByRole("button", { name: "修改密码" }).click();
    await expect(userPage).toHaveURL(/\/admin\?passwordChanged=1$/);
    await other.close();
  });

  test("every change is in the audit log", async ({ page }) => {
    await page.goto("/admin/audit?q=user.create");
    await expect(page.getByRole("table")).toContainText("新增用户");
  });
});

test.describe("users: unit administrator", () => {
  test.use({ storageState: storageState("unitadmin") });
  test("cannot hand out the system administrator role", async ({ page }) => {
    await page.goto("/admin/users/new");
    await expect(page.getByRole("checkbox", { name: "经办人" })).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "系统管理员" })).toHaveCount(0);
  });
});
