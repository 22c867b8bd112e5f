import { describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/service";
import { db } from "@/lib/db/client";
import { chinaYear } from "@/lib/entries/model";
import { checkAnnualReport } from "@/lib/reports/annual";
import { loadUnitAnnualReport } from "@/lib/reports/queries";
import { findRequestForStaff, listRequests } from "@/lib/requests/queries";
import { verifyPublicContent } from "@/lib/safeguards/integrity-check";
import { setUpTestDatabase } from "@/lib/testing/database";
import { seedDemo } from "./index";
import { REPORT_UNIT_KEY } from "./requests";
import { demoUnitCode, SEED_UNITS } from "./units";

setUpTestDatabase();

const counts = async () => ({
  requests: await db.disclosureRequest.count(),
  letters: await db.requestLetter.count(),
  clockEvents: await db.requestClockEvent.count(),
  notes: await db.requestNote.count(),
  reports: await db.annualReport.count(),
  audits: await db.auditEvent.count(),
});

describe("demo applications", () => {
  it("give 区发改局 a complete, balanced report for last year and a real queue, and are seeded once", { timeout: 300_000 }, async () => {
    await seedDemo(db, { demoPassword: "Demo-pass-2026" });
    // Everything the demo publishes passes the tamper check, and its audit trail is one whole chain.
    const verified = await verifyPublicContent();
    expect(verified.problems).toEqual([]);
    expect(verified.auditChain).toMatchObject({ unchainedBefore: 0, problems: [] });
    const serial = SEED_UNITS.find((u) => u.key === REPORT_UNIT_KEY)!.serial;
    const drc = await db.unit.findUniqueOrThrow({ where: { code: demoUnitCode(serial) }, select: { id: true, path: true } });
    const year = chinaYear(new Date()) - 1;

    const { record, report } = await loadUnitAnnualReport(drc, year);
    expect(checkAnnualReport(report)).toEqual([]);
    const three = report.three.cells;
    expect(three.newThisYear.total.value).toBeGreaterThan(0);
    expect(three.carriedOver.total.value).toBeGreaterThan(0);
    expect(three.carriedForward.total.value).toBeGreaterThan(0);
    expect(three.GRANTED.total.value).toBeGreaterThan(0);
    // The narrative quotes the figures the table shows.
    expect(record.overview).toContain(`全年新收政府信息公开申请${three.newThisYear.total.value}件，上年结转${three.carriedOver.total.value}件`);
    // When the demo catalogue holds last year's report as published text, filing the report revises that entry.
    const publishedReport = await db.entryRevision.findFirst({
      where: { state: "PUBLISHED", title: `示范区发展和改革局${year}年政府信息公开工作年度报告` },
      select: { entryId: true },
    });
    expect(record.entryId).toBe(publishedReport?.entryId ?? null);

    // The handler's queue and every application's page load, with deadlines that follow the rules.
    const clerk = await db.user.findUniqueOrThrow({ where: { username: "clerk" }, select: { id: true } });
    const actor = (await loadActor(clerk.id))!;
    const queue = await listRequests(actor, { page: 1 });
    expect(queue.total).toBeGreaterThan(5);
    expect(queue.total).toBeLessThanOrEqual(14);
    expect(queue.items.map((r) => r.assessment?.status)).toContain("overdue");
    const all = await db.disclosureRequest.findMany({ where: { unitId: drc.id }, select: { id: true, state: true } });
    for (const { id, state } of all) {
      const found = await findRequestForStaff(actor, id);
      expect(found?.deadlineIssues, `request ${id}`).toEqual([]);
      if (state !== "SUBMITTED") expect(found?.deadline, `request ${id}`).not.toBeNull();
    }

    const before = await counts();
    expect(before.requests).toBeGreaterThan(100);
    await seedDemo(db, { demoPassword: "Demo-pass-2026" });
    expect(await counts()).toEqual(before);
  });
});
