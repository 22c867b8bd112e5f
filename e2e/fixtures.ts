import { expect, type Page } from "@playwright/test";
import { E2E_PASSWORD } from "./server";

export const DEMO_USERS = {
  admin: { username: "admin", displayName: "王建国", role: "系统管理员" },
  unitadmin: { username: "unitadmin", displayName: "李秀英", role: "单位管理员" },
  clerk: { username: "clerk", displayName: "张伟", role: "经办人" },
  reviewer: { username: "reviewer", displayName: "刘芳", role: "保密审查员" },
  leader: { username: "leader", displayName: "陈明", role: "分管领导" },
} as const;

export type DemoUser = keyof typeof DEMO_USERS;

export const storageState = (user: DemoUser) => `e2e/.auth/${user}.json`;

/** Signs in through the login form and waits for the admin area (the dashboard, or the password page). */
export async function signIn(page: Page, username: string, password = E2E_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/admin/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

/** A suffix that keeps records of parallel tests and repeated runs apart. */
export const uniqueSuffix = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Opens the entry editor and fills a valid new entry (saving is the caller's). */
export async function fillNewEntry(page: Page, title: string, bodyHtml: string) {
  await page.goto("/admin/entries/new");
  await page.getByLabel("标题").fill(title);
  await page.getByLabel("生成日期").fill("2026-11-20");
  await page.getByLabel("主题分类").selectOption({ label: "财政资金\\预算" });
  await page.getByLabel("体裁").selectOption({ label: "通知" });
  await page.getByLabel("关键词").fill("公示");
  await page.getByLabel("正文").fill(bodyHtml);
}
