import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { entryInputSchema } from "@/lib/entries/schemas";
import { approveRevision, createDraft, recordClearance, startRevision, submitRevision, unpublishRevision, updateRevision } from "@/lib/entries/service";
import { toChinaDate } from "@/lib/requests/dates";
import { intakeApplication } from "@/lib/requests/intake";
import { intakeSchema } from "@/lib/requests/schemas";
import { createTestActor, createTestUnit } from "@/lib/testing/factories";
import { setUpTestDatabase } from "@/lib/testing/database";
import { annualReportFormSchema, type EnteredFigures } from "./figures";
import { findAnnualReportRecord, loadAnnualReport } from "./queries";
import { saveAnnualReport } from "./service";

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
    const report = await loadAnnualReport(district.path, year);
    const values = (row: "RULE" | "NORMATIVE") => {
      const cells = report.two.cells[row];
      return [cells.published.value, cells.repealed.value, cells.valid.value];
    };
    // 制发 / 废止 / 现行有效, counted by hand from the entries above.
    expect(values("RULE")).toEqual([1, 0, 1]);
    expect(values("NORMATIVE")).toEqual([2, 1, 1]);
    expect(report.three.cells.newThisYear.NATURAL_PERSON.value).toBe(1);
    expect(report.three.cells.carriedForward.total.value).toBe(1);

    const bureauOnly = await loadAnnualReport(bureau.path, year);
    expect(bureauOnly.two.cells.RULE.published.value).toBe(0);
    expect((await loadAnnualReport(district.path, year - 1)).two.cells.NORMATIVE.published.value).toBe(0);
  });

  it("keeps what staff entered, per unit and year, for the unit's administrators only, refusing a stale form", async () => {
    const unit = await createTestUnit();
    const other = await createTestUnit();
    const admin = await createTestActor(unit, ["UNIT_ADMIN"]);
    const input = annualReportFormSchema.parse({ decisions_LICENSING: "12", four_REVIEW_upheld: "1", four_REVIEW_total: "1", overview: "总体情况" });
    await expect(saveAnnualReport({ actor: admin, unitId: other.id, year: 2025, version: 0, input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(saveAnnualReport({ actor: await createTestActor(unit, ["CLERK"]), unitId: unit.id, year: 2025, version: 0, input })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await saveAnnualReport({ actor: admin, unitId: unit.id, year: 2025, version: 0, input });
    await expect(saveAnnualReport({ actor: admin, unitId: unit.id, year: 2025, version: 0, input })).rejects.toMatchObject({ code: "CONFLICT" });
    const record = await findAnnualReportRecord(unit.id, 2025);
    expect(record).toMatchObject({ overview: "总体情况", version: 1 });
    const report = await loadAnnualReport(unit.path, 2025, record.figures as Partial<EnteredFigures>);
    expect(report.two.cells.LICENSING.decisions).toEqual({ value: 12, source: "entered" });
    expect(report.two.cells.PENALTY.decisions).toEqual({ value: null, source: "entered" });
    expect(report.four.cells.REVIEW.total).toEqual({ value: 1, source: "entered" });
    expect((await findAnnualReportRecord(unit.id, 2024)).version).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "annual_report.save", unitId: unit.id } })).toBe(1);
  });
});
