import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { entryInputSchema } from "@/lib/entries/schemas";
import { approveRevision, createDraft, recordClearance, startRevision, submitRevision, unpublishRevision, updateRevision } from "@/lib/entries/service";
import { toChinaDate } from "@/lib/requests/dates";
import { intakeApplication } from "@/lib/requests/intake";
import { intakeSchema } from "@/lib/requests/schemas";
import { createTestActor, createTestUnit, zeroAnnualReportFigures } from "@/lib/testing/factories";
import { setUpTestDatabase } from "@/lib/testing/database";
import { annualReportFormSchema } from "./figures";
import type { AnnualReport } from "./annual";
import { findAnnualReportRecord, loadDrilledRecords, loadUnitAnnualReport } from "./queries";
import { draftAnnualReportEntry, saveAnnualReport } from "./service";

setUpTestDatabase();

describe("annual report from live data", () => {
  it("counts a subtree's published, repealed and valid 规章 and 规范性文件, and its applications", async () => {
    const district = await createTestUnit();
    const bureau = await createTestUnit(district);
    const elsewhere = await createTestUnit();
    const actors = async (unit: typeof bureau) => ({
      clerk: await createTestActor(unit, ["CLERK"]),
      reviewer: await createTestActor(unit, ["REVIEWER"]),
      leader: await createTestActor(unit, ["LEADER"]),
    });
    const rule = await db.category.create({ data: { kind: "TOPIC", name: "规章" } });
    const normative = await db.category.create({ data: { kind: "TOPIC", name: "行政规范性文件" } });
    const news = await db.category.create({ data: { kind: "TOPIC", name: "工作动态" } });
    const genre = await db.category.create({ data: { kind: "GENRE", name: "办法" } });
    const fields = (topicId: number, extra: Record<string, unknown> = {}) =>
      entryInputSchema.parse({
        title: "示范区管理办法",
        generatedOn: "2026-03-01",
        topicId,
        genreId: genre.id,
        methods: ["政府网站"],
        article20Item: "A20_01",
        ...extra,
      });
    const publish = async (people: Awaited<ReturnType<typeof actors>>, revisionId: number) => {
      await submitRevision({ actor: people.clerk, revisionId });
      await recordClearance({ actor: people.reviewer, revisionId, input: { conclusion: "PUBLIC", legalGround: null, attribute: "PROACTIVE", note: "" } });
      await approveRevision({ actor: people.leader, revisionId, input: { note: "", publishAt: null } });
    };
    const draftAndPublish = async (unit: typeof bureau, input: ReturnType<typeof fields>) => {
      const people = await actors(unit);
      const { entryId, revisionId } = await createDraft({ actor: people.clerk, unitId: unit.id, input });
      await publish(people, revisionId);
      return { entryId, revisionId, people };
    };

    await draftAndPublish(district, fields(rule.id));
    await draftAndPublish(bureau, fields(normative.id));
    const repealed = await draftAndPublish(bureau, fields(normative.id));
    const { revisionId: repeal } = await startRevision({ actor: repealed.people.clerk, entryId: repealed.entryId });
    const draft = await db.entryRevision.findUniqueOrThrow({ where: { id: repeal } });
    await updateRevision({ actor: repealed.people.clerk, revisionId: repeal, version: draft.version, input: fields(normative.id, { validity: "REPEALED" }) });
    await publish(repealed.people, repeal);
    const mistaken = await draftAndPublish(bureau, fields(rule.id));
    await unpublishRevision({ actor: mistaken.people.leader, revisionId: mistaken.revisionId, input: { reason: "ERROR", note: "误发" } });
    await draftAndPublish(bureau, fields(news.id, { article20Item: null })); // not under 第二十条第（一）项
    await draftAndPublish(elsewhere, fields(rule.id)); // another subtree

    const clerk = await createTestActor(bureau, ["CLERK"]);
    const today = toChinaDate(new Date());
    await intakeApplication({
      actor: clerk,
      input: intakeSchema.parse({
        unitId: bureau.id,
        applicantType: "NATURAL_PERSON",
        applicantName: "赵市民",
        idType: "RESIDENT_ID",
        idNumber: "11010519491231002X",
        phone: "13800138000",
        description: "示范区2026年规范性文件目录",
        infoForm: "ELECTRONIC",
        delivery: "ONLINE",
        channel: "IN_PERSON",
        receivedOn: today,
      }),
    });

    const year = Number(today.slice(0, 4));
    const { report } = await loadUnitAnnualReport(district, year, "subtree");
    const values = (counted: AnnualReport, row: "RULE" | "NORMATIVE") => {
      const cells = counted.two.cells[row];
      return [cells.published.value, cells.repealed.value, cells.valid.value];
    };
    // 制发 / 废止 / 现行有效, counted by hand from the entries above.
    expect(values(report, "RULE")).toEqual([1, 0, 1]);
    expect(values(report, "NORMATIVE")).toEqual([2, 1, 1]);
    expect(report.three.cells.newThisYear.NATURAL_PERSON.value).toBe(1);
    expect(report.three.cells.carriedForward.total.value).toBe(1);
    // The district's own report counts only its own records.
    const own = (await loadUnitAnnualReport(district, year)).report;
    expect([values(own, "RULE"), values(own, "NORMATIVE"), own.three.cells.newThisYear.total.value]).toEqual([[1, 0, 1], [0, 0, 0], 0]);

    // Drill-down lists exactly the records a cell counts.
    const normativeDrill = { kind: "entries", article20Item: "A20_01", topic: "NORMATIVE", event: "published", year } as const;
    const drilledNormative = await loadDrilledRecords(district, "subtree", normativeDrill);
    expect(drilledNormative.kind === "entries" && drilledNormative.entries.map((e) => [e.title, e.indexNo !== null])).toEqual([
      ["示范区管理办法", true],
      ["示范区管理办法", true],
    ]);
    const ownNormative = await loadDrilledRecords(district, "unit", normativeDrill);
    expect(ownNormative.kind === "entries" && ownNormative.entries).toEqual([]);
    const received = await loadDrilledRecords(district, "subtree", { kind: "requests", applicantType: null, row: "carriedForward", year });
    expect(received.kind === "requests" && received.requests.map((r) => r.description)).toEqual(["示范区2026年规范性文件目录"]);

    expect((await loadUnitAnnualReport(bureau, year)).report.two.cells.RULE.published.value).toBe(0);
    expect((await loadUnitAnnualReport(district, year - 1, "subtree")).report.two.cells.NORMATIVE.published.value).toBe(0);

    // 汇总 adds each unit's entered figures; a unit that left a figure empty leaves the sum empty and is named.
    const admin = await createTestActor(district, ["UNIT_ADMIN"]);
    for (const [unit, licensing] of [
      [district, "12"],
      [bureau, "3"],
    ] as const) {
      await saveAnnualReport({ actor: admin, unitId: unit.id, year, version: 0, input: annualReportFormSchema.parse({ decisions_LICENSING: licensing }) });
    }
    const rolled = await loadUnitAnnualReport(district, year, "subtree");
    expect(rolled.report.two.cells.LICENSING.decisions.value).toBe(15);
    expect(rolled.report.two.cells.PENALTY.decisions.value).toBeNull();
    expect(rolled.incomplete.map((u) => u.id)).toEqual([district.id, bureau.id]);
  });

  it("keeps what staff entered, per unit and year, for the unit's compilers only, refusing a stale form", async () => {
    const unit = await createTestUnit();
    const other = await createTestUnit();
    const admin = await createTestActor(unit, ["UNIT_ADMIN"]);
    const input = annualReportFormSchema.parse({ decisions_LICENSING: "12", four_REVIEW_upheld: "1", four_REVIEW_total: "1", overview: "总体情况" });
    await expect(saveAnnualReport({ actor: admin, unitId: other.id, year: 2025, version: 0, input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(saveAnnualReport({ actor: await createTestActor(unit, ["REVIEWER"]), unitId: unit.id, year: 2025, version: 0, input })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await saveAnnualReport({ actor: admin, unitId: unit.id, year: 2025, version: 0, input });
    await expect(saveAnnualReport({ actor: admin, unitId: unit.id, year: 2025, version: 0, input })).rejects.toMatchObject({ code: "CONFLICT" });
    const record = await findAnnualReportRecord(unit.id, 2025);
    expect(record).toMatchObject({ overview: "总体情况", version: 1 });
    const { report } = await loadUnitAnnualReport(unit, 2025);
    expect(report.two.cells.LICENSING.decisions).toEqual({ value: 12, source: "entered" });
    expect(report.two.cells.PENALTY.decisions).toEqual({ value: null, source: "entered" });
    expect(report.four.cells.REVIEW.total).toEqual({ value: 1, source: "entered" });
    expect((await findAnnualReportRecord(unit.id, 2024)).version).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "annual_report.save", unitId: unit.id } })).toBe(1);
  });

  it("files a complete, balanced report as a draft of 政府信息公开年报 for the usual review, and a new revision after publication", async () => {
    const unit = await createTestUnit();
    const [clerk, reviewer, leader] = await Promise.all([
      createTestActor(unit, ["CLERK"]),
      createTestActor(unit, ["REVIEWER"]),
      createTestActor(unit, ["LEADER"]),
    ]);
    const topic = await db.category.create({ data: { kind: "TOPIC", name: "政府信息公开年报" } });
    await db.category.create({ data: { kind: "GENRE", name: "报告" } });
    const complete = zeroAnnualReportFigures();
    const save = (version: number, form: Record<string, string>) =>
      saveAnnualReport({ actor: clerk, unitId: unit.id, year: 2025, version, input: annualReportFormSchema.parse(form) });
    const draft = (version: number, actor = clerk) => draftAnnualReportEntry({ actor, unitId: unit.id, year: 2025, version });

    // A gap stops it; so does an empty 总体情况; nothing is filed meanwhile.
    await save(0, { ...complete, four_REVIEW_total: "", overview: "全年主动公开政府信息 35 条。" });
    await expect(draft(1)).rejects.toThrow("还有 1 个问题未处理");
    await save(1, { ...complete, overview: "" });
    await expect(draft(2)).rejects.toThrow("请先填写并保存“一、总体情况”");
    await save(2, { ...complete, overview: "全年主动公开政府信息 35 条。", otherMatters: "本年度未收取信息处理费。" });
    expect(await db.entry.count({ where: { unitId: unit.id } })).toBe(0);
    // What was filed must be what the clerk looked at; reviewers do not file entries.
    await expect(draft(2)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(draft(3, reviewer)).rejects.toMatchObject({ code: "FORBIDDEN" });

    const { entryId } = await draft(3);
    const first = await db.entryRevision.findFirstOrThrow({ where: { entryId }, include: { entry: true } });
    expect(first).toMatchObject({
      state: "DRAFT",
      number: 1,
      topicId: topic.id,
      title: `${unit.name}2025年政府信息公开工作年度报告`,
      article20Item: "A20_15",
      keywords: ["政府信息公开", "年度报告", "2025年"],
    });
    expect(first.bodyHtml).toContain("<p>全年主动公开政府信息 35 条。</p>");
    expect(first.bodyHtml).toContain('<th scope="row">行政许可</th><td>0</td>');
    expect((await findAnnualReportRecord(unit.id, 2025)).entryId).toBe(entryId);
    expect(await db.auditEvent.count({ where: { action: "annual_report.draft_entry", unitId: unit.id } })).toBe(1);

    // The usual two steps publish it; the clerk cannot approve it.
    await submitRevision({ actor: clerk, revisionId: first.id });
    await recordClearance({ actor: reviewer, revisionId: first.id, input: { conclusion: "PUBLIC", legalGround: null, attribute: "PROACTIVE", note: "" } });
    await expect(approveRevision({ actor: clerk, revisionId: first.id, input: { note: "", publishAt: null } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await approveRevision({ actor: leader, revisionId: first.id, input: { note: "", publishAt: null } });

    // A correction after publication becomes revision 2; revision 1 stays online until it is approved.
    await save(3, { ...complete, overview: "全年主动公开政府信息 36 条。" });
    expect((await draft(4)).entryId).toBe(entryId);
    const revisions = await db.entryRevision.findMany({ where: { entryId }, orderBy: { number: "asc" } });
    expect(revisions.map((r) => [r.number, r.state])).toEqual([
      [1, "PUBLISHED"],
      [2, "DRAFT"],
    ]);
    expect(revisions[1]!.bodyHtml).toContain("36 条");
  });
});
