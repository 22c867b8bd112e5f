import { expect, test } from "@playwright/test";
import { storageState, type DemoUser } from "./fixtures";

/*
 * The authorization matrix (P7 item 1) for admin pages, written out by hand as designed, not derived
 * from the permission code it checks: every demo role and the public × every admin page.
 * 200 = the page, 403 = the explanation page, login = sent to sign in.
 */

type Who = DemoUser | "anonymous";
const WHO: Who[] = ["anonymous", "clerk", "reviewer", "leader", "unitadmin", "admin"];

const ALL_STAFF: Who[] = ["clerk", "reviewer", "leader", "unitadmin", "admin"];
const ADMINS: Who[] = ["unitadmin", "admin"];

const MATRIX: Record<string, Who[]> = {
  "/admin": ALL_STAFF,
  "/admin/account": ALL_STAFF,
  "/admin/account/password": ALL_STAFF,
  "/admin/notifications": ALL_STAFF,
  "/admin/entries": ["clerk", "reviewer", "leader"],
  "/admin/entries/new": ["clerk"],
  "/admin/requests": ["clerk", "leader"],
  "/admin/requests/new": ["clerk"],
  "/admin/reports/annual": ["clerk", ...ADMINS],
  "/admin/reports/monthly": ADMINS,
  "/admin/units": ADMINS,
  "/admin/units/new": ADMINS,
  "/admin/users": ADMINS,
  "/admin/users/new": ADMINS,
  "/admin/categories": ADMINS,
  "/admin/word-lists": ADMINS,
  "/admin/links": ADMINS,
  "/admin/import": ADMINS,
  "/admin/audit": ADMINS,
  "/admin/integrity": ADMINS,
  "/admin/calendar": ["admin"],
  "/admin/settings": ["admin"],
  "/admin/settings/mail": ["admin"],
  "/admin/jobs": ["admin"],
};

for (const who of WHO) {
  test.describe(`authorization matrix: ${who}`, () => {
    if (who !== "anonymous") test.use({ storageState: storageState(who) });
    test("each admin page answers as designed", async ({ page }) => {
      test.slow();
      const seen: string[] = [];
      const expected: string[] = [];
      for (const [path, allowed] of Object.entries(MATRIX)) {
        const response = await page.goto(path);
        const outcome = page.url().includes("/login") ? "login" : String(response?.status());
        seen.push(`${path} ${outcome}`);
        if (outcome === "403") await expect(page.getByRole("heading", { name: "无权访问（403）" })).toBeVisible();
        expected.push(`${path} ${who === "anonymous" ? "login" : allowed.includes(who) ? "200" : "403"}`);
      }
      expect(seen).toEqual(expected);
    });
  });
}
