import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { storageState, uniqueSuffix } from "./fixtures";

const csvOf = (rows: string[][]) => Buffer.from("\uFEFF" + rows.map((r) => r.join(",")).join("\r\n") + "\r\n");

test.describe("as the unit administrator", () => {
  test.use({ storageState: storageState("unitadmin") });

  test("import: maps columns, previews a bad row, imports the rest, downloads the error report, and the entry is public by its 索引号", async ({ page }) => {
    const id = uniqueSuffix();
    const indexNo = `LEGACY-${id}/2018-00001`;
    const title = `原平台导入的通知${id}`;
    const file = csvOf([
      ["信息索引号", "文章题目", "发布机构", "发布日期", "主题分类", "体裁", "正文"],
      [indexNo, title, "示范区发展和改革局", "2018-06-01", "财政资金\\预算", "通知", "原平台正文。"],
      [`LEGACY-${id}/2018-00002`, `日期有误的通知${id}`, "示范区发展和改革局", "2018-02-30", "财政资金\\预算", "通知", "正文"],
      [`LEGACY-${id}/2018-00003`, `第三条通知${id}`, "示范区发展和改革局", "2018年7月2日", "财政资金\\预算", "通知", "正文"],
    ]);

    await page.goto("/admin");
    await page.getByRole("link", { name: "目录导入" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "目录导入" })).toBeVisible();
    await page.getByLabel("目录文件（CSV 或 XLSX）").setInputFiles({ name: `legacy-${id}.csv`, mimeType: "text/csv", buffer: file });
    await page.getByRole("button", { name: "上传并设置对应关系" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `导入「legacy-${id}.csv」` })).toBeVisible();

    // 文章题目 is no header the guess knows: the administrator maps it to 标题 by hand.
    const mapping = page.getByRole("region", { name: "列对应关系" });
    await expect(mapping.getByRole("combobox", { name: "索引号", exact: true }).locator("option:checked")).toHaveText("第 1 列：信息索引号");
    await expect(mapping.getByRole("combobox", { name: "标题", exact: true }).locator("option:checked")).toHaveText("（不导入）");
    await expect(page.getByRole("region", { name: /预览/ }).getByRole("alert")).toContainText("请为「标题」选择一列");
    await mapping.getByRole("combobox", { name: "标题", exact: true }).selectOption({ label: "第 2 列：文章题目" });
    await mapping.getByRole("button", { name: "保存并预览" }).click();
    await expect(mapping.getByRole("status")).toContainText("已保存");

    const preview = page.getByRole("table", { name: "导入预览" });
    await expect(preview.getByRole("row").filter({ hasText: title })).toContainText("可以导入");
    await expect(preview.getByRole("row").filter({ hasText: `日期有误的通知${id}` })).toContainText("第 3 行 公开日期：公开日期「2018-02-30」不是有效日期");

    await page.getByRole("button", { name: "开始导入" }).click();
    await expect(page.getByRole("region", { name: "导入进度" }).getByRole("status")).toContainText("导入完成", { timeout: 30_000 });
    await expect(page.getByRole("region", { name: "导入进度" }).getByRole("status")).toContainText("已导入 2 条，有错误 1 行");
    await expect(page.getByRole("progressbar", { name: "进度" })).toHaveAttribute("value", "100");

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "下载错误报告（CSV）" }).click();
    const report = await readFile(await (await download).path(), "utf8");
    expect(report).toContain("行号,字段,错误,信息索引号,文章题目");
    expect(report).toContain(`3,公开日期,公开日期「2018-02-30」不是有效日期`);
    expect(report).toContain(`日期有误的通知${id}`);

    // The public site finds it by its original 索引号 and shows its original date.
    await page.goto(`/search?q=${encodeURIComponent(indexNo)}`);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole("main")).toContainText(indexNo);
    await expect(page.getByRole("main")).toContainText("2018-06-01");
  });
});

test.describe("as the unit administrator without JavaScript", () => {
  test.use({ storageState: storageState("unitadmin"), javaScriptEnabled: false });

  test("import: upload, import and progress work with plain forms and the page's own refresh", async ({ page }) => {
    const id = uniqueSuffix();
    const indexNo = `NOJS-${id}/2017-00001`;
    await page.goto("/admin/import");
    await page.getByLabel("目录文件（CSV 或 XLSX）").setInputFiles({
      name: `nojs-${id}.csv`,
      mimeType: "text/csv",
      buffer: csvOf([
        ["索引号", "标题", "发布机构", "公开日期", "主题分类", "体裁"],
        [indexNo, `无脚本导入的通知${id}`, "区发改局", "2017-09-01", "财政资金\\预算", "通知"],
      ]),
    });
    await page.getByRole("button", { name: "上传并设置对应关系" }).click();
    await expect(page.getByRole("table", { name: "导入预览" })).toContainText("可以导入");
    await page.getByRole("button", { name: "开始导入" }).click();
    // Either finished at once, or the page refreshes itself (meta refresh) until it is.
    await expect(page.getByRole("region", { name: "导入进度" }).getByRole("status")).toContainText("导入完成", { timeout: 30_000 });
    await page.goto(`/search?q=${encodeURIComponent(indexNo)}`);
    await expect(page.getByRole("heading", { level: 1, name: `无脚本导入的通知${id}` })).toBeVisible();
  });
});

test.describe("as a clerk", () => {
  test.use({ storageState: storageState("clerk") });

  test("import: a clerk cannot upload a catalogue", async ({ page }) => {
    const response = await page.request.post("/api/admin/imports", {
      multipart: {
        file: {
          name: "x.csv",
          mimeType: "text/csv",
          buffer: csvOf([
            ["标题", "索引号"],
            ["一", "X/1"],
          ]),
        },
      },
    });
    expect(response.status()).toBe(404);
  });
});
