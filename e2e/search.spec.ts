import { expect, test } from "@playwright/test";

test.use({ javaScriptEnabled: false });

test("search: a two-character word finds seeded entries without JavaScript; facets narrow it and stay in the URL", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "信息检索" }).click();
  await page.getByLabel("检索词、文号或索引号").fill("预算");
  await page.getByRole("button", { name: "检索" }).click();
  await expect(page).toHaveURL(/\/search\?q=%E9%A2%84%E7%AE%97/);
  const heading = page.getByRole("heading", { name: /“预算”的检索结果：共 \d+ 条/ });
  await expect(heading).toBeVisible();
  const total = Number(/共 (\d+) 条/.exec((await heading.textContent()) ?? "")?.[1]);
  expect(total).toBeGreaterThan(0);

  const facet = page.getByRole("region", { name: "发布机构" }).getByRole("link").first();
  const facetCount = Number(/\((\d+)\)/.exec((await facet.locator("xpath=..").textContent()) ?? "")?.[1]);
  await facet.click();
  await expect(page).toHaveURL(/unitId=\d+/);
  await expect(page.getByRole("heading", { name: `“预算”的检索结果：共 ${facetCount} 条` })).toBeVisible();

  await page.goBack();
  await expect(page.getByRole("heading", { name: `“预算”的检索结果：共 ${total} 条` })).toBeVisible();

  const first = page.getByRole("list", { name: "检索结果" }).getByRole("listitem").first().getByRole("link").first();
  const title = await first.textContent();
  await first.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title!);
});

test("search: an exact index number goes straight to its entry", async ({ page }) => {
  await page.goto("/search");
  const firstResult = page.getByRole("list", { name: "检索结果" }).getByRole("listitem").first();
  const indexNo = /([0-9A-Z]{18}\/\d{4}-\d{5})/.exec((await firstResult.textContent()) ?? "")?.[1];
  expect(indexNo).toBeTruthy();
  await page.goto(`/search?q=${encodeURIComponent(indexNo!)}`);
  await expect(page).toHaveURL(/\/entries\/\d+$/);
  await expect(page.getByRole("row", { name: /索引号/ })).toContainText(indexNo!);
});

test("search: the home page lists the latest entries and browses by unit, through the unit's page", async ({ page }) => {
  await page.goto("/");
  const latest = page.getByRole("region", { name: "最新公开" }).getByRole("listitem");
  await expect(latest.first()).toBeVisible();
  const unitLink = page.getByRole("region", { name: "按发布机构浏览" }).getByRole("link", { name: "示范区发展和改革局" });
  const count = Number(/\((\d+)\)/.exec((await unitLink.locator("xpath=..").textContent()) ?? "")?.[1]);
  expect(count).toBeGreaterThan(0);
  await unitLink.click();
  await expect(page).toHaveURL(/\/units\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("示范区发展和改革局");
  await page.getByRole("link", { name: `查看本单位全部 ${count} 条公开信息` }).click();
  await expect(page).toHaveURL(/\/search\?unitId=\d+&sort=date$/);
  await expect(page.getByRole("heading", { name: `全部公开信息：共 ${count} 条` })).toBeVisible();
});

test("search: the RSS feed lists the newest entries and follows the search filters", async ({ request }) => {
  const response = await request.get("/feed.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/rss+xml");
  const xml = await response.text();
  expect((xml.match(/<item>/g) ?? []).length).toBe(20);
  const filtered = await (await request.get("/feed.xml?q=%E9%A2%84%E7%AE%97")).text();
  const titles = [...filtered.matchAll(/<item><title>([^<]*)<\/title>/g)].map((m) => m[1]);
  expect(titles.length).toBeGreaterThan(0);
  expect(filtered).toContain("预算");
});

test("search: larger text and high contrast are remembered across pages, without JavaScript", async ({ page }) => {
  await page.goto("/search");
  const nav = page.getByRole("navigation", { name: "网站导航" });
  const sizes = nav.getByRole("group", { name: "字号" });
  await expect(sizes.getByRole("link", { name: "标准" })).toHaveAttribute("aria-current", "true");
  await sizes.getByRole("link", { name: "特大" }).click();
  await expect(page).toHaveURL(/\/search$/);
  await expect(page.locator("html")).toHaveAttribute("style", /font-size:\s*24px/);
  await expect(sizes.getByRole("link", { name: "特大" })).toHaveAttribute("aria-current", "true");
  await expect(sizes.getByRole("link", { name: "标准" })).not.toHaveAttribute("aria-current");
  // One colour switch: the link to the other scheme.
  await expect(nav.getByRole("link", { name: "常规配色" })).toHaveCount(0);
  await nav.getByRole("link", { name: "高对比度" }).click();
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("style", /font-size:\s*24px/);
  await expect(page.locator("html")).toHaveAttribute("data-contrast", "high");
  await expect(nav.getByRole("link", { name: "高对比度" })).toHaveCount(0);
  // Search hits stay marked in high contrast: yellow behind black, the page's colours inverted.
  await page.goto("/search?q=%E9%A2%84%E7%AE%97");
  const hit = page.getByRole("list", { name: "检索结果" }).locator("mark").first();
  await expect(hit).toHaveCSS("background-color", "rgb(255, 235, 59)");
  await expect(hit).toHaveCSS("color", "rgb(0, 0, 0)");
  await nav.getByRole("link", { name: "常规配色" }).click();
  await expect(page.locator("html")).not.toHaveAttribute("data-contrast", "high");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("search: the results come before the filters, and a link jumps to the filters", async ({ page }) => {
    await page.goto("/search?q=%E9%A2%84%E7%AE%97");
    const firstResult = page.getByRole("list", { name: "检索结果" }).getByRole("listitem").first();
    await expect(firstResult).toBeInViewport();
    const filters = page.getByRole("complementary", { name: "筛选" });
    expect((await firstResult.boundingBox())!.y).toBeLessThan((await filters.boundingBox())!.y);

    await page.getByRole("link", { name: "按发布机构、主题分类、年份等筛选" }).click();
    await expect(page).toHaveURL(/#facets$/);
    await expect(filters.getByRole("region", { name: "发布机构" })).toBeInViewport();
  });

  test("search: the filters chosen show above the results, by name even without results, and each is dropped from there", async ({ page }) => {
    await page.goto("/search?q=%E9%A2%84%E7%AE%97");
    const heading = page.getByRole("heading", { name: /“预算”的检索结果：共 \d+ 条/ });
    const total = Number(/共 (\d+) 条/.exec((await heading.textContent()) ?? "")?.[1]);
    await expect(page.getByRole("list", { name: "已选筛选条件" })).toHaveCount(0);
    const facet = page.getByRole("region", { name: "发布机构" }).getByRole("link").first();
    const unitName = (await facet.textContent())!;
    await facet.click();
    await expect(page).toHaveURL(/unitId=(\d+)/);
    const unitId = /unitId=(\d+)/.exec(page.url())![1];
    const chosen = page.getByRole("list", { name: "已选筛选条件" });
    await expect(chosen).toBeInViewport();
    await expect(chosen).toHaveText(`发布机构：${unitName} 取消`);

    await chosen.getByRole("link", { name: `取消筛选：发布机构 ${unitName}` }).click();
    await expect(page).not.toHaveURL(/unitId=/);
    await expect(page.getByRole("heading", { name: `“预算”的检索结果：共 ${total} 条` })).toBeVisible();

    // No result, so no facet lists the unit: the chosen filter still shows its name.
    await page.goto(`/search?q=${encodeURIComponent("没有这个词")}&unitId=${unitId}&year=2020`);
    await expect(page.getByText("没有找到符合条件的信息")).toBeVisible();
    await expect(page.getByRole("list", { name: "已选筛选条件" }).getByRole("listitem")).toHaveText([`发布机构：${unitName} 取消`, "年份：2020 年 取消"]);
  });
});

test("search: on a wide screen the filters stand left of the results", async ({ page }) => {
  await page.goto("/search?q=%E9%A2%84%E7%AE%97");
  await expect(page.getByRole("link", { name: "按发布机构、主题分类、年份等筛选" })).toBeHidden();
  const filters = (await page.getByRole("complementary", { name: "筛选" }).boundingBox())!;
  const results = (await page.getByRole("list", { name: "检索结果" }).boundingBox())!;
  expect(filters.x + filters.width).toBeLessThanOrEqual(results.x);
});
