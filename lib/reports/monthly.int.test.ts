import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { RevisionState } from "@/lib/db/generated/enums";
import { createTestActor, createTestCategories, createTestUnit } from "@/lib/testing/factories";
import { setUpTestDatabase } from "@/lib/testing/database";
import { loadMonthlyReport } from "./monthly-queries";

setUpTestDatabase();

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("monthly 通报 from live data", () => {
  it("counts each unit's own publications, timeliness in working days, applications and stale columns for a China month", async () => {
    const district = await createTestUnit(undefined, "测试区");
    const a = await createTestUnit(district, "甲局");
    const b = await createTestUnit(district, "乙局");
    const c = await createTestUnit(a, "甲局下属中心");
    const closed = await createTestUnit(district, "已撤销单位");
    await db.unit.update({ where: { id: closed.id }, data: { disabled: true } });
    const elsewhere = await createTestUnit(undefined, "外区");
    const admin = await createTestActor(district, ["UNIT_ADMIN"]);
    const { topicId, genreId } = await createTestCategories();

    let serial = 0;
    /** An entry first published at `at` (an instant), its revisions formed on `generatedOn`, oldest first. */
    const entry = async (unitId: number, at: string | null, generatedOn: string[], extra: { withdrawnAt?: Date } = {}) => {
      const created = await db.entry.create({ data: { unitId, firstPublishedAt: at ? new Date(at) : null, ...extra } });
      for (const [i, generated] of generatedOn.entries()) {
        const isLast = i === generatedOn.length - 1;
        const state: RevisionState = at === null ? "DRAFT" : isLast ? "PUBLISHED" : "SUPERSEDED";
        await db.entryRevision.create({
          data: {
            entryId: created.id,
            number: i + 1,
            state,
            title: `条目${++serial}`,
            generatedOn: day(generated),
            topicId,
            genreId,
            bodyHtml: "<p>正文</p>",
            contentHash: `hash-${serial}`,
            drafterId: admin.id,
            lastEditorId: admin.id,
            publishedAt: at === null ? null : new Date(at),
          },
        });
      }
    };
    // The stored 2026 calendar: 国庆 1–7 Oct off, 10 Oct worked; 中秋 25 Sep off, Sunday 20 Sep worked.
    await entry(a.id, "2026-10-09T02:00:00Z", ["2026-09-30"]); // 8 Oct is day 1, 9 Oct day 2
    await entry(a.id, "2026-10-08T01:00:00Z", ["2026-09-01"]); // 21 working days in September, 22 on 8 Oct
    await entry(a.id, "2026-09-30T16:30:00Z", ["2026-09-30"]); // 00:30 on 1 Oct in Beijing: October, 0 days (国庆)
    await entry(a.id, "2026-10-13T02:00:00Z", ["2026-10-12", "2026-10-20"]); // the first public revision's 生成日期: 1 day
    await entry(a.id, "2026-10-31T17:00:00Z", ["2026-10-30"]); // 1 Nov in Beijing: not October
    await entry(a.id, "2026-10-15T02:00:00Z", ["2026-10-14"], { withdrawnAt: new Date("2026-10-16T02:00:00Z") }); // withdrawn
    await entry(a.id, null, ["2026-10-14"]); // a draft
    await entry(a.id, "2026-09-15T02:00:00Z", ["2026-09-14"]); // September
    await entry(a.id, "2026-05-11T02:00:00Z", ["2026-05-08"]); // May, the chart's first month
    await entry(c.id, "2026-10-20T02:00:00Z", ["2026-10-19"]); // the subunit's own row
    await entry(closed.id, "2026-10-20T02:00:00Z", ["2026-10-19"]);
    await entry(elsewhere.id, "2026-10-20T02:00:00Z", ["2026-10-19"]);

    let code = 0;
    const application = (fields: { receivedOn?: string; answeredOn?: string; closedAt?: string; dueOn?: string }) =>
      db.disclosureRequest.create({
        data: {
          trackingCode: `T${++code}`,
          secretHash: "x",
          unitId: b.id,
          channel: "IN_PERSON",
          state: fields.answeredOn ? "ANSWERED" : fields.closedAt ? "CLOSED" : fields.receivedOn ? "IN_PROGRESS" : "SUBMITTED",
          receivedOn: fields.receivedOn ? day(fields.receivedOn) : null,
          answeredOn: fields.answeredOn ? day(fields.answeredOn) : null,
          closedAt: fields.closedAt ? new Date(fields.closedAt) : null,
          dueOn: fields.dueOn ? day(fields.dueOn) : null,
          applicantType: "NATURAL_PERSON",
          applicantName: "赵市民",
          idType: "RESIDENT_ID",
          idNumber: "11010519491231002X",
          phone: "13800138000",
          description: "某信息",
          infoForm: "ELECTRONIC",
          delivery: "ONLINE",
        },
      });
    await application({ receivedOn: "2026-10-09", dueOn: "2026-11-06" }); // received in October, in time
    await application({ receivedOn: "2026-09-01", answeredOn: "2026-10-15", dueOn: "2026-09-29" }); // answered late in October
    await application({ receivedOn: "2026-09-10", closedAt: "2026-10-31T17:00:00Z", dueOn: "2026-10-20" }); // closed 1 Nov in Beijing: open and overdue at October's end
    await application({ receivedOn: "2026-08-03", answeredOn: "2026-08-20", dueOn: "2026-08-31" }); // concluded before
    await application({}); // online, not yet registered

    // A monthly and a weekly column: 甲局 kept both fresh to 31 October; 乙局's weekly item came on 2 November, too late.
    const monthly = await db.category.create({ data: { kind: "TOPIC", name: "测试月更", updateIntervalDays: 30 } });
    const weekly = await db.category.create({ data: { kind: "TOPIC", name: "测试周更", updateIntervalDays: 7 } });
    const indexed = async (unitId: number, column: number, at: string) => {
      const { id: entryId } = await db.entry.create({ data: { unitId } });
      await db.searchDocument.create({
        data: {
          entryId,
          unitId,
          topicId: column,
          genreId,
          year: 2026,
          validity: "VALID",
          publishedAt: new Date(at),
          title: "t",
          text: "t",
          titleTokens: [],
          tokens: [],
        },
      });
    };
    await indexed(a.id, monthly.id, "2026-10-20T02:00:00Z");
    await indexed(a.id, weekly.id, "2026-10-28T02:00:00Z");
    await indexed(b.id, weekly.id, "2026-11-02T02:00:00Z");

    const loaded = await loadMonthlyReport(admin, "2026-10", "2026-11-23");
    expect(loaded).not.toBeNull();
    const { report, asOf, uncoveredYears } = loaded!;
    expect(asOf).toBe("2026-10-31");
    expect(uncoveredYears).toEqual([]);
    expect(report.rows.map((r) => r.unitName).sort()).toEqual(["乙局", "测试区", "甲局", "甲局下属中心"].sort());
    const row = (name: string) => report.rows.find((r) => r.unitName === name)!;

    // 甲局: 2, 22, 0 and 1 working days.
    expect(row("甲局")).toMatchObject({ published: 4, averageDays: 6.3, maxDays: 22, overLimit: 1, previous: { published: 1 }, staleColumns: 0 });
    expect(row("甲局").history.map((h) => h.published)).toEqual([1, 0, 0, 0, 1, 4]);
    expect(row("甲局下属中心")).toMatchObject({ published: 1, averageDays: 1, staleColumns: 2 });
    expect(row("乙局")).toMatchObject({ published: 0, averageDays: null, maxDays: null, received: 1, concluded: 1, overdue: 2, previous: { received: 2 } });
    expect(row("乙局").staleColumns).toBe(2);
    expect(row("测试区")).toMatchObject({ published: 0, received: 0, staleColumns: 2 });
    expect(report.total).toMatchObject({ published: 5, received: 1, concluded: 1, overdue: 2, staleColumns: 6, maxDays: 22, overLimit: 1 });

    // Someone managing only 乙局 sees only its row.
    const narrow = await loadMonthlyReport(await createTestActor(b, ["UNIT_ADMIN"]), "2026-10", "2026-11-23");
    expect(narrow?.report.rows.map((r) => r.unitName)).toEqual(["乙局"]);
    expect(await loadMonthlyReport(await createTestActor(b, ["CLERK"]), "2026-10", "2026-11-23")).toBeNull();

    // While November runs, stale columns are those of today: 乙局's weekly column is fresh again.
    const november = await loadMonthlyReport(admin, "2026-11", "2026-11-05");
    expect(november?.asOf).toBe("2026-11-05");
    expect(november?.report.rows.find((r) => r.unitName === "乙局")).toMatchObject({ staleColumns: 1, published: 0 });
    expect(november?.report.rows.find((r) => r.unitName === "甲局")).toMatchObject({ published: 1, previous: { published: 4 } });
  });
});
