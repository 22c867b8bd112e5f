import { expect, test, type Page, type Request } from "@playwright/test";
import { fillNewEntry, storageState } from "./fixtures";

/** Collects what the browser reports about the page's Content-Security-Policy. */
function watchViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

const PUBLIC_PAGES = ["/", "/search?q=%E9%A2%84%E7%AE%97", "/apply", "/login"];

test.describe("security headers: public pages", () => {
  for (const path of PUBLIC_PAGES)
    test(`${path} has a nonce policy its own scripts follow`, async ({ page }) => {
      const violations = watchViolations(page);
      const response = await page.goto(path);
      const headers = response!.headers();
      const nonce = /'nonce-([^']+)'/.exec(headers["content-security-policy"] ?? "")?.[1];
      expect(nonce).toBeTruthy();
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      // Next.js put the nonce on its scripts (the browser hides the attribute's value from the DOM).
      const scripts = await page.locator("script").evaluateAll((all) => all.map((s) => (s as HTMLScriptElement).nonce));
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.every((n) => n === nonce)).toBe(true);
      await page.waitForLoadState("networkidle");
      expect(violations).toEqual([]);
    });

  test("each load gets a new nonce", async ({ page }) => {
    const policy = async () => (await page.goto("/"))!.headers()["content-security-policy"];
    expect(await policy()).not.toBe(await policy());
  });

  test("injected markup does not run: an inline event handler and a parser-inserted script", async ({ page }) => {
    const violations = watchViolations(page);
    await page.goto("/");
    const ran = await page.evaluate(async () => {
      const flags = window as unknown as { __handler?: boolean; __written?: boolean };
      const button = document.createElement("button");
      button.setAttribute("onclick", "window.__handler = true");
      document.body.append(button);
      button.click();
      const frame = document.createElement("iframe");
      document.body.append(frame);
      frame.contentDocument!.write("<script>parent.__written = true<\/script>");
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { handler: flags.__handler === true, written: flags.__written === true };
    });
    expect(ran).toEqual({ handler: false, written: false });
    expect(violations.length).toBeGreaterThan(0);
  });

  test("the login form runs its client-side checks under the policy (the page hydrated)", async ({ page }) => {
    const violations = watchViolations(page);
    await page.goto("/login");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.locator("#field-username-error")).toHaveText("请输入用户名");
    expect(violations).toEqual([]);
  });
});

test.describe("security headers: admin", () => {
  test.use({ storageState: storageState("admin") });
  test("admin pages hydrate under the policy: a confirmation dialog opens", async ({ page }) => {
    const violations = watchViolations(page);
    await page.goto("/admin/calendar");
    await page.getByRole("button", { name: "删除" }).first().click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await page.keyboard.press("Escape");
    expect(violations).toEqual([]);
  });
});

test.describe("security headers: cross-origin server actions", () => {
  test.use({ storageState: storageState("clerk") });
  test("a server action replayed from another origin is refused and stores nothing; the same request from the site works", async ({ page }) => {
    const title = `跨站提交${Date.now()}`;
    await fillNewEntry(page, title, "<p>跨站</p>");
    // Capture the browser's own server-action request instead of sending it.
    let capture: (request: Request) => void = () => {};
    const captured = new Promise<Request>((resolve) => (capture = resolve));
    await page.route("**/admin/entries/new", async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      capture(route.request());
      await route.abort();
    });
    await page.getByRole("button", { name: "保存草稿" }).click();
    const request = await captured;
    const replay = (origin: string) =>
      page.request.fetch(request.url(), { method: "POST", headers: { ...request.headers(), origin }, data: request.postDataBuffer()!, maxRedirects: 0 });
    const listed = async () => {
      await page.goto(`/admin/entries?q=${encodeURIComponent(title)}`);
      return page.getByRole("link", { name: title }).count();
    };

    expect((await replay("https://evil.example")).status()).toBeGreaterThanOrEqual(400);
    expect(await listed()).toBe(0);
    expect((await replay(new URL(request.url()).origin)).status()).toBeLessThan(400);
    expect(await listed()).toBe(1);
  });
});
