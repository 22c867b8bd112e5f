import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadMonthlyReport } from "@/lib/reports/monthly-queries";
import { monthlyReportCsv } from "@/lib/reports/monthly";
import { createTestActor, createTestCategories, createTestUnit } from "@/lib/testing/factories";
import { setUpTestDatabase } from "@/lib/testing/database";
import { checkLinksNow, runLinkCheck } from "./link-check";
import { countLinksByUnit, loadLinkCheckOverview } from "./link-queries";

setUpTestDatabase();

describe("link check of published entries", () => {
  it("records OK/BROKEN/EMPTY/UNCHECKED per link, counts per unit and feeds the 通报's 链接检查失败", async () => {
    const district = await createTestUnit(undefined, "链接区");
    const a = await createTestUnit(district, "甲局");
    const b = await createTestUnit(district, "乙局");
    const admin = await createTestActor(district, ["UNIT_ADMIN"]);
    const { topicId, genreId } = await createTestCategories();
    let serial = 0;
    const entry = async (unitId: number, bodyHtml: string, state: "PUBLISHED" | "WITHDRAWN" | "DRAFT" = "PUBLISHED") => {
      const published = state !== "DRAFT";
      const created = await db.entry.create({
        data: {
          unitId,
          firstPublishedAt: published ? new Date("2026-10-09T02:00:00Z") : null,
          withdrawnAt: state === "WITHDRAWN" ? new Date("2026-10-10T02:00:00Z") : null,
        },
      });
      await db.entryRevision.create({
        data: {
          entryId: created.id,
          number: 1,
          state,
          title: `链接条目${++serial}`,
          generatedOn: new Date("2026-10-08T00:00:00Z"),
          topicId,
          genreId,
          bodyHtml,
          contentHash: `link-${serial}`,
          drafterId: admin.id,
          lastEditorId: admin.id,
          publishedAt: published ? new Date("2026-10-09T02:00:00Z") : null,
        },
      });
      return created.id;
    };

    // Never checked yet: the 通报 says 未检查.
    const before = await loadMonthlyReport(admin, "2026-10", "2026-11-23");
    expect(before!.report.rows.find((r) => r.unitName === "甲局")!.failedLinks).toBeNull();
    expect(monthlyReportCsv(before!.report).split("\r\n")[2]?.split(",")[11]).toBe("未检查");

    const target = await entry(b.id, "<p>目标</p>");
    const withdrawn = await entry(b.id, "<p>已撤回</p>", "WITHDRAWN");
    const draft = await entry(b.id, "<p>草稿</p>", "DRAFT");
    const linking = await entry(
      a.id,
      [
        `<p><a href="/entries/${target}">已公开条目</a></p>`,
        `<p><a href="/entries/${withdrawn}">已撤回条目</a></p>`,
        `<p><a href="/entries/999999">不存在的条目</a></p>`,
        `<p><a href="/entries/${draft}">未公开条目</a></p>`,
        `<p><a href="">空链接</a></p>`,
        `<p><a href="https://www.gov.cn/">中国政府网</a></p>`,
        `<p><a href="mailto:xxgk@example.gov.cn">来信</a></p>`,
      ].join(""),
    );
    // A withdrawn entry's own links do not count.
    await entry(b.id, '<p><a href="/entries/999998">旧链接</a></p>', "WITHDRAWN");

    const summary = await runLinkCheck({ external: false });
    expect(summary.entriesChecked).toBeGreaterThanOrEqual(2);
    const rows = await db.linkCheck.findMany({ where: { entryId: linking }, orderBy: { position: "asc" }, select: { text: true, status: true, kind: true } });
    expect(rows.map((r) => [r.text, r.kind, r.status])).toEqual([
      ["已公开条目", "INTERNAL", "OK"],
      ["已撤回条目", "INTERNAL", "BROKEN"],
      ["不存在的条目", "INTERNAL", "BROKEN"],
      ["未公开条目", "INTERNAL", "BROKEN"],
      ["空链接", "EMPTY", "EMPTY"],
      ["中国政府网", "EXTERNAL", "UNCHECKED"],
    ]);

    const counts = await countLinksByUnit([a, b]);
    expect(counts.get(a.id)).toEqual({ ok: 1, broken: 3, empty: 1, unchecked: 1 });
    expect(counts.get(b.id)).toEqual({ ok: 0, broken: 0, empty: 0, unchecked: 0 });

    const overview = await loadLinkCheckOverview(admin, 1);
    expect(overview.failures.map((f) => [f.unitName, f.entryTitle, f.text, f.status])).toEqual([
      ["甲局", "链接条目4", "已撤回条目", "BROKEN"],
      ["甲局", "链接条目4", "不存在的条目", "BROKEN"],
      ["甲局", "链接条目4", "未公开条目", "BROKEN"],
      ["甲局", "链接条目4", "空链接", "EMPTY"],
    ]);

    // The 通报: 错链 + 空链 of the latest check; a checked unit without faults shows 0.
    const report = (await loadMonthlyReport(admin, "2026-10", "2026-11-23"))!.report;
    expect(report.rows.find((r) => r.unitName === "甲局")!.failedLinks).toBe(4);
    expect(report.rows.find((r) => r.unitName === "乙局")!.failedLinks).toBe(0);
    expect(report.total.failedLinks).toBe(4);
    const csvCell = (name: string) =>
      monthlyReportCsv(report)
        .split("\r\n")
        .find((line) => line.startsWith(`${name},`))
        ?.split(",")[11];
    expect([csvCell("甲局"), csvCell("乙局"), csvCell("合计")]).toEqual(["4", "0", "4"]);

    // A second run replaces the rows: once the target is withdrawn, its link is broken too, and nothing doubles.
    await db.entry.update({ where: { id: target }, data: { withdrawnAt: new Date() } });
    await db.entryRevision.updateMany({ where: { entryId: target }, data: { state: "WITHDRAWN" } });
    await runLinkCheck({ external: false });
    expect(await countLinksByUnit([a])).toEqual(new Map([[a.id, { ok: 0, broken: 4, empty: 1, unchecked: 1 }]]));
  });

  it("fetches external links only when enabled, HEAD first and GET when HEAD is refused", async () => {
    const unit = await createTestUnit(undefined, "外链局");
    const admin = await createTestActor(unit, ["UNIT_ADMIN"]);
    const { topicId, genreId } = await createTestCategories();
    const created = await db.entry.create({ data: { unitId: unit.id, firstPublishedAt: new Date() } });
    await db.entryRevision.create({
      data: {
        entryId: created.id,
        number: 1,
        state: "PUBLISHED",
        title: "外链",
        generatedOn: new Date("2026-10-08T00:00:00Z"),
        topicId,
        genreId,
        bodyHtml: '<a href="https://ok.example/">好</a><a href="https://gone.example/">坏</a><a href="https://nohead.example/">无HEAD</a>',
        contentHash: "ext",
        drafterId: admin.id,
        lastEditorId: admin.id,
        publishedAt: new Date(),
      },
    });
    const calls: string[] = [];
    const fetcher = ((url: string, init?: RequestInit) => {
      calls.push(`${init?.method} ${url}`);
      const status = url.includes("gone") ? 404 : url.includes("nohead") && init?.method === "HEAD" ? 405 : 200;
      return Promise.resolve(new Response(null, { status }));
    }) as typeof fetch;
    await runLinkCheck({ external: true, fetcher });
    const rows = await db.linkCheck.findMany({ where: { entryId: created.id }, orderBy: { position: "asc" }, select: { status: true, detail: true } });
    expect(rows).toEqual([
      { status: "OK", detail: "" },
      { status: "BROKEN", detail: "外部链接返回 404" },
      { status: "OK", detail: "" },
    ]);
    expect(calls).toContain("GET https://nohead.example/");
    expect(calls.filter((c) => c.startsWith("GET"))).toHaveLength(1);
  });

  it("runs on demand only for those who manage units, and audits it", async () => {
    const unit = await createTestUnit(undefined, "权限局");
    const clerk = await createTestActor(unit, ["CLERK"]);
    await expect(checkLinksNow({ actor: clerk })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const admin = await createTestActor(unit, ["UNIT_ADMIN"]);
    const summary = await checkLinksNow({ actor: admin });
    expect(await db.auditEvent.count({ where: { action: "links.check", entityId: String(summary.runId), actorId: admin.id } })).toBe(1);
  });
});
