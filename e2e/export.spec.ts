import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { fillNewEntry, storageState, uniqueSuffix, type DemoUser } from "./fixtures";

/** Clicks an export link and returns the file's suggested name and bytes. */
async function download(page: Page, name: "导出 CSV" | "导出 Excel") {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
  return { filename: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

const csvRows = (bytes: Buffer): string[][] => parse(bytes.toString("utf8"), { bom: true });

async function xlsxRows(bytes: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

const listTotal = async (page: Page) => Number(/共 (\d+) 条/.exec((await page.getByRole("navigation", { name: "分页" }).textContent()) ?? "")?.[1]);

test.describe("as a clerk", () => {
  test.use({ storageState: storageState("clerk") });

  test("export: the filtered entry list downloads as CSV and Excel with exactly its rows", async ({ page }) => {
    const marker = `导出测试${uniqueSuffix()}`;
    for (const title of [`${marker}甲`, `${marker}乙`]) {
      await fillNewEntry(page, title, "<p>导出测试正文</p>");
      await page.getByRole("button", { name: "保存草稿" }).click();
      await expect(page.getByRole("status")).toHaveText("已保存。");
    }
    await page.goto("/admin/entries?view=all");
    await page.getByLabel("按标题、文号或索引号查找").fill(marker);
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page.getByRole("table").getByRole("link")).toHaveCount(2);

    const csv = await download(page, "导出 CSV");
    expect(csv.filename).toMatch(/^信息发布-全部信息-\d{8}\.csv$/);
    const records = csvRows(csv.bytes);
    expect(records[0]!.slice(0, 4)).toEqual(["索引号", "标题", "文号", "发布机构"]);
    expect(
      records
        .slice(1)
        .map((r) => r[1])
        .sort(),
    ).toEqual([`${marker}乙`, `${marker}甲`].sort());
    expect(records.slice(1).every((r) => r[6] === "草稿")).toBe(true);

    const xlsx = await download(page, "导出 Excel");
    expect(xlsx.filename).toMatch(/^信息发布-全部信息-\d{8}\.xlsx$/);
    const rows = await xlsxRows(xlsx.bytes);
    expect(rows[0]).toEqual(records[0]);
    expect(rows.slice(1).map((r) => r[1])).toEqual(records.slice(1).map((r) => r[1]));
  });

  test("export: the applications list with its filter, including the applicants' contact data for the handler", async ({ page }) => {
    await page.goto("/admin/requests");
    await page.getByLabel("含已办结").check();
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page).toHaveURL(/all=1/);
    const total = await listTotal(page);
    expect(total).toBeGreaterThan(20);

    const records = csvRows((await download(page, "导出 CSV")).bytes);
    expect(records[0]).toEqual(expect.arrayContaining(["查询码", "申请人", "证件号码", "联系电话", "答复期限", "状态"]));
    // Every matching application, not the first page of 20.
    expect(records).toHaveLength(total + 1);
    const codes = await page.getByRole("table").locator("tbody tr td:first-child").allTextContents();
    expect(records.slice(1, codes.length + 1).map((r) => r[0])).toEqual(codes);
  });
});

test.describe("as the system administrator", () => {
  test.use({ storageState: storageState("admin") });

  test("export: the audit log downloads with its filter and the export itself is on record", async ({ page }) => {
    await page.goto("/admin/audit?q=site.");
    const xlsx = await xlsxRows((await download(page, "导出 Excel")).bytes);
    expect(xlsx[0]).toEqual(["时间", "操作人", "操作", "对象", "内容", "理由"]);
    expect(xlsx.slice(1).every((r) => String(r[2]).startsWith("site."))).toBe(true);

    await page.goto("/admin/audit?q=audit.export");
    await expect(page.getByRole("table").getByRole("row").nth(1)).toContainText(/导出「审计日志」为 Excel，共 \d+ 条；筛选：q=site\./);
  });
});

// Refused access: each export answers 404 to a role whose list page is refused, and sends the public to sign in.
const REFUSED: [DemoUser, string][] = [
  ["reviewer", "/admin/requests/export?format=csv"],
  ["unitadmin", "/admin/entries/export?format=xlsx"],
  ["clerk", "/admin/audit/export?format=csv"],
  ["leader", "/admin/audit/export"],
];
for (const [who, path] of REFUSED) {
  test.describe(`as ${who}`, () => {
    test.use({ storageState: storageState(who) });
    test(`export: ${path} is refused`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(404);
      expect(await response.text()).toBe("Not found");
    });
  });
}

test("export: the public is sent to sign in", async ({ browser }) => {
  const context = await browser.newContext();
  const response = await context.request.get("/admin/entries/export?format=csv", { maxRedirects: 0 });
  expect(response.status()).toBeGreaterThanOrEqual(300);
  expect(response.status()).toBeLessThan(400);
  expect(response.headers()["location"]).toContain("/login");
  await context.close();
});
