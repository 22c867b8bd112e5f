import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { storageState, uniqueSuffix } from "./fixtures";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("public site: the footer carries the registration numbers, linked to their registries", async ({ page }) => {
    await page.goto("/");
    const footer = page.getByRole("contentinfo");
    await expect(footer).toContainText("网站标识码：9901010001");
    await expect(footer.getByRole("link", { name: "示ICP备20260001号-1" })).toHaveAttribute("href", "https://beian.miit.gov.cn/");
    await expect(footer.getByRole("link", { name: "示公网安备99010102000001号" })).toHaveAttribute(
      "href",
      "https://beian.mps.gov.cn/#/query/webSearch?code=99010102000001",
    );
    await expect(footer).toContainText("主办单位：示范区人民政府办公室");
  });

  test("public site: on a phone every link of the site navigation is a target of at least 24 × 24 px", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/");
    const links = page.getByRole("navigation", { name: "网站导航" }).getByRole("link");
    await expect(links).toHaveCount(6);
    for (const link of await links.all()) {
      const box = (await link.boundingBox())!;
      expect({ name: await link.textContent(), small: box.width < 24 || box.height < 24 }).toEqual({ name: await link.textContent(), small: false });
    }
  });

  test("public site: 公开指南 of the district, a department's own, and a unit that inherits one", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "政府信息公开专栏" }).getByRole("link", { name: "政府信息公开指南" }).click();
    await expect(page).toHaveURL(/\/units\/\d+#guide$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("示范区人民政府");
    const guide = page.getByRole("region", { name: "政府信息公开指南" });
    await expect(guide).toContainText("示范区人民政府办公室政务公开科负责受理");
    await expect(guide.getByRole("row", { name: /联系电话/ })).toContainText("0999-12345678");

    await page.getByRole("region", { name: "下级单位" }).getByRole("link", { name: "示范区教育局" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("示范区教育局");
    await expect(page.getByRole("region", { name: "政府信息公开指南" })).toContainText("本单位适用 示范区人民政府 的政府信息公开指南");
    // The trail ends with the current unit, without a separator after it.
    await expect(page.getByRole("navigation", { name: "位置" })).toHaveText(/^首页 ›\s*示范区人民政府 ›\s*示范区教育局$/);

    await page.goto("/");
    await page.getByRole("region", { name: "按发布机构浏览" }).getByRole("link", { name: "示范区发展和改革局" }).click();
    await expect(page.getByRole("region", { name: "政府信息公开指南" })).toContainText("示范区发展和改革局办公室负责受理");
    const topic = page.getByRole("region", { name: "公开目录" }).getByRole("link").first();
    const count = Number(/\((\d+)\)/.exec((await topic.locator("xpath=..").textContent()) ?? "")?.[1]);
    await topic.click();
    await expect(page).toHaveURL(/\/search\?unitId=\d+&topicId=\d+$/);
    await expect(page.getByRole("heading", { name: `全部公开信息：共 ${count} 条` })).toBeVisible();
  });

  test("public site: the annual reports list, by year", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "政府信息公开专栏" }).getByRole("link", { name: "政府信息公开年报" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("政府信息公开工作年度报告");
    const reports = page.getByRole("main").getByRole("listitem");
    await expect(reports.first()).toContainText("政府信息公开工作年度报告");
    const year = page.getByRole("navigation", { name: "按年份" }).getByRole("link").nth(1);
    const label = (await year.textContent()) ?? "";
    await year.click();
    await expect(year).toHaveAttribute("aria-current", "page");
    await expect(page).toHaveURL(new RegExp(`year=${label.slice(0, 4)}`));
    await expect(reports.first()).toContainText("年度报告");
  });

  test("public site: an entry page shows its address and a QR code to share, also on paper", async ({ page }) => {
    await page.goto("/search?sort=date");
    await page.getByRole("list", { name: "检索结果" }).getByRole("listitem").first().getByRole("link").first().click();
    const share = page.getByRole("region", { name: "分享本页" });
    await expect(share.getByLabel("本页链接（可复制后发送）")).toHaveValue(page.url());
    const qr = share.getByRole("img", { name: "本页二维码，用手机扫描即可打开本页" });
    await expect(qr).toHaveAttribute("src", /^data:image\/svg\+xml;base64,/);
    await page.emulateMedia({ media: "print" });
    await expect(qr).toBeVisible();
    await expect(share.getByText("扫描二维码查看网上原文。")).toBeVisible();
  });

  test("public site: 依申请公开 explains how to apply and links the guide", async ({ page }) => {
    await page.goto("/apply");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("依申请公开");
    await page.getByRole("link", { name: "查看政府信息公开指南（含受理机构地址和电话）" }).click();
    await expect(page.getByRole("region", { name: "政府信息公开指南" })).toBeVisible();
  });
});

test("public site: Atom feeds per unit and a CSV export of exactly the search result", async ({ request, page }) => {
  await page.goto("/search?q=%E9%A2%84%E7%AE%97");
  const total = Number(/共 (\d+) 条/.exec((await page.getByRole("heading", { name: /检索结果/ }).textContent()) ?? "")?.[1]);
  const csvLink = page.getByRole("link", { name: /导出本次检索结果/ });
  const download = await Promise.all([page.waitForEvent("download"), csvLink.click()]).then(([d]) => d);
  const csv = await readFile(await download.path(), "utf8");
  expect(csv.startsWith("\ufeff索引号,标题,文号,发布机构")).toBe(true);
  expect(csv.trimEnd().split("\r\n")).toHaveLength(total + 1);

  const atomHref = await page.getByRole("link", { name: "Atom 订阅本检索" }).getAttribute("href");
  const atom = await request.get(atomHref!);
  expect(atom.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await atom.text();
  expect(xml).toContain("<title>“预算” - 政府信息公开最新信息</title>");
  expect((xml.match(/<entry>/g) ?? []).length).toBe(Math.min(total, 20));

  const unitFeed = await (await request.get("/feed.atom?unitId=3")).text();
  expect(unitFeed).toMatch(/<title>示范区[^<]+ - 政府信息公开最新信息<\/title>/);
});

test.describe("as the system administrator", () => {
  test.use({ storageState: storageState("admin") });

  test("public site: settings are validated, keep what was typed, and change the footer at once", async ({ page }) => {
    const phone = `0999-${Date.now().toString().slice(-8)}`;
    await page.goto("/admin/settings");
    await page.getByLabel("联系电话").fill(phone);
    await page.getByLabel("公安机关备案号").fill("公网安备123");
    await page.getByRole("button", { name: "保存设置" }).click();
    await expect(page.locator("#field-psbNo-error")).toHaveText("公安机关备案号格式如：京公网安备11010502030143号");
    await expect(page.getByLabel("联系电话")).toHaveValue(phone);

    await page.getByLabel("公安机关备案号").fill("示公网安备99010102000001号");
    await page.getByRole("button", { name: "保存设置" }).click();
    await expect(page.getByRole("status")).toHaveText("网站设置已保存，公开页面页脚已更新。");
    await page.goto("/");
    await expect(page.getByRole("contentinfo")).toContainText(`电话：${phone}`);
  });

  test("public site: an administrator's guide edit shows on the unit's public page", async ({ page }) => {
    const marker = `本指南于测试${uniqueSuffix()}修订。`;
    await page.goto("/admin/units");
    await page.getByRole("link", { name: "示范区民政局" }).click();
    await page.getByRole("link", { name: "编辑政府信息公开指南" }).click();
    await page.getByLabel("指南正文").fill("太短");
    await page.getByLabel("办公时间").fill("工作日 9:00—17:00");
    await page.getByRole("button", { name: "发布指南" }).click();
    await expect(page.locator("#field-body-error")).toHaveText("请填写公开指南正文（至少 20 个字）");
    await expect(page.getByLabel("办公时间")).toHaveValue("工作日 9:00—17:00");

    await page.getByLabel("指南正文").fill(`示范区民政局政府信息公开指南。\n${marker}`);
    await page.getByRole("button", { name: "发布指南" }).click();
    await expect(page.getByRole("status")).toHaveText("公开指南已保存并在公开网站上更新。");
    await page.getByRole("link", { name: "查看公开页面" }).click();
    const guide = page.getByRole("region", { name: "政府信息公开指南" });
    await expect(guide).toContainText(marker);
    await expect(guide.getByRole("row", { name: /办公时间/ })).toContainText("工作日 9:00—17:00");
  });
});
