import { describe, expect, it } from "vitest";
import { buildAnnualReport, checkAnnualReport } from "@/lib/reports/annual";
import { createWorkingCalendar } from "@/lib/requests/calendar";
import { toChinaDate } from "@/lib/requests/dates";
import { assessDeadline, computeDeadline, type ClockEvent, type PauseReason } from "@/lib/requests/deadlines";
import { OFFICIAL_OVERRIDES } from "@/lib/requests/holidays";
import { findPlaceholders } from "@/lib/requests/letters";
import { APPLICANT_TYPES, isOpen, outcomeGroupOf } from "@/lib/requests/model";
import { applicationSchema } from "@/lib/requests/schemas";
import { planSeedRequests, REPORT_FIGURES, REPORT_UNIT_KEY, tabulatePlanned, toRequestRows, type PlannedRequest } from "./requests";

const calendar = createWorkingCalendar(OFFICIAL_OVERRIDES);
/** A Monday evening in November, the first working day of a year, a Saturday in spring (China time). */
const MOMENTS = [new Date("2026-11-23T12:00:00Z"), new Date("2026-01-05T01:30:00Z"), new Date("2026-03-14T06:00:00Z")];

const clockOf = (r: PlannedRequest): ClockEvent[] =>
  r.clockEvents.map((e): ClockEvent => {
    if (e.kind === "CORRECTION") return { kind: "CORRECTION", requestedOn: e.startOn, respondedOn: e.endOn };
    if (e.kind === "PAUSE") return { kind: "PAUSE", reason: e.pauseReason as PauseReason, startedOn: e.startOn, endedOn: e.endOn };
    return { kind: "EXTENSION", approvedOn: e.startOn, workingDays: e.workingDays ?? 0, reason: e.reason ?? "" };
  });

describe("planSeedRequests", () => {
  it("is the same for the same day", () => {
    const now = MOMENTS[0]!;
    expect(JSON.stringify(planSeedRequests({ now, calendar }))).toBe(JSON.stringify(planSeedRequests({ now, calendar })));
  });

  for (const now of MOMENTS) {
    describe(`at ${now.toISOString()}`, () => {
      const plan = planSeedRequests({ now, calendar });
      const today = toChinaDate(now);

      it("writes valid applications, received on working days, nothing after now", () => {
        expect(new Set(plan.requests.map((r) => r.trackingCode)).size).toBe(plan.requests.length);
        for (const r of plan.requests) {
          expect(r.trackingCode).toMatch(/^\d{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
          // As the form sends it: blank fields are absent.
          const form = Object.fromEntries(Object.entries({ ...r, unitId: 1 }).filter(([, v]) => v !== null));
          expect(applicationSchema.safeParse(form).error?.issues ?? []).toEqual([]);
          expect(r.submittedAt.getTime()).toBeLessThanOrEqual(now.getTime());
          for (const a of r.audits) expect(a.at.getTime()).toBeLessThanOrEqual(now.getTime());
          if (r.receivedOn) {
            expect(calendar.isWorkingDay(r.receivedOn), `${r.trackingCode} received on ${r.receivedOn}`).toBe(true);
            expect(r.receivedOn >= toChinaDate(r.submittedAt)).toBe(true);
            expect(r.receivedOn <= today).toBe(true);
          } else expect(r.state).toBe("SUBMITTED");
        }
      });

      it("stores the due date deadlines.ts computes, and concludes as the services would", () => {
        for (const r of plan.requests) {
          if (r.receivedOn) {
            const result = computeDeadline({ receivedOn: r.receivedOn, events: clockOf(r) }, calendar);
            expect(result.ok ? result.deadline.dueOn : result.issues).toBe(r.dueOn);
          }
          const approved = r.letters.filter((l) => l.kind === "ANSWER" && l.approvedAt);
          for (const letter of r.letters) expect(findPlaceholders({ title: letter.title, paragraphs: letter.body.split("\n\n") })).toEqual([]);
          if (r.state === "ANSWERED") {
            expect(r.answeredOn).not.toBeNull();
            expect(approved.map((l) => l.outcome)).toEqual([r.outcome]);
            expect(approved[0]?.body).toContain(`${r.unitName}\n\n`);
          } else if (r.state === "CLOSED") {
            expect(outcomeGroupOf(r.outcome!)).toBe("OTHER");
            expect(r.closedAt).not.toBeNull();
          } else {
            expect(r.outcome).toBeNull();
            expect(approved).toEqual([]);
          }
        }
      });

      it("gives 区发改局 a balanced table 三 for last year with new, carried-over and carried-forward applications of every applicant type", () => {
        const three = tabulatePlanned(plan, REPORT_UNIT_KEY);
        for (const type of APPLICANT_TYPES) expect(three.newThisYear[type], type).toBeGreaterThan(0);
        expect(three.newThisYear.total).toBeGreaterThanOrEqual(25);
        expect(three.newThisYear.total).toBeLessThanOrEqual(45);
        expect(three.carriedOver.total).toBeGreaterThan(0);
        expect(three.carriedForward.total).toBeGreaterThan(0);
        expect(three.timeliness.late).toBeGreaterThan(0);
        expect(three.outcomes.GRANTED.total).toBeGreaterThan(three.outcomes.PARTIAL.total);
        const rows = toRequestRows(plan.requests.filter((r) => r.unitKey === REPORT_UNIT_KEY));
        expect(checkAnnualReport(buildAnnualReport({ year: plan.reportYear, entries: [], requests: rows, entered: REPORT_FIGURES }))).toEqual([]);
      });

      it("leaves the 区发改局 handlers a short queue with every kind of open application, one overdue", () => {
        const open = plan.requests.filter((r) => r.unitKey === REPORT_UNIT_KEY && isOpen(r.state));
        // Room on the queue's first page (20 rows) for the applications the end-to-end tests add.
        expect(open.length).toBeLessThanOrEqual(14);
        expect(new Set(open.map((r) => r.state))).toEqual(
          new Set(["SUBMITTED", "RECEIVED", "NEEDS_CORRECTION", "IN_PROGRESS", "CONSULTING", "AWAITING_APPROVAL"]),
        );
        const statuses = open.flatMap((r) => (r.dueOn ? [assessDeadline({ dueOn: r.dueOn, stoppedBy: null }, today, calendar).status] : []));
        expect(statuses.filter((s) => s === "overdue")).toHaveLength(1);
        expect(statuses).toContain("dueSoon");
        expect(open.some((r) => r.clockEvents.some((e) => e.kind === "EXTENSION"))).toBe(true);
      });
    });
  }
});
