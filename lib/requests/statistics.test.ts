import { describe, expect, it } from "vitest";
import { APPLICANT_TYPES } from "./model";
import { tabulateRequests, type RequestRow } from "./statistics";

const row = (overrides: Partial<RequestRow>): RequestRow => ({
  applicantType: "NATURAL_PERSON",
  channel: "ONLINE",
  receivedOn: "2026-03-02",
  concludedOn: null,
  outcome: null,
  dueOn: "2026-03-30",
  ...overrides,
});

describe("tabulateRequests (annual-report table 三)", () => {
  const rows: RequestRow[] = [
    row({ concludedOn: "2026-03-20", outcome: "GRANTED" }),
    row({ applicantType: "COMMERCIAL_ENTERPRISE", channel: "POST_SIGNED", concludedOn: "2026-04-10", outcome: "PARTIAL" }), // late
    row({ receivedOn: "2025-12-20", dueOn: "2026-01-20", concludedOn: "2026-01-15", outcome: "UNAVAILABLE_NOT_HELD" }), // carried over
    row({ receivedOn: "2025-06-01", concludedOn: "2025-06-20", outcome: "GRANTED" }), // an earlier year: not counted
    row({ receivedOn: "2026-12-28", dueOn: "2027-01-26" }), // carried forward
    row({ applicantType: "LEGAL_SERVICE_ORG", channel: "EMAIL", receivedOn: "2026-07-01", dueOn: "2026-07-29", concludedOn: "2026-07-03", outcome: "OTHER" }),
    row({ receivedOn: null }), // an online application not yet registered
    row({ receivedOn: "2027-01-04" }), // next year
  ];
  const table = tabulateRequests(rows, 2026);

  it("counts new, carried-over, concluded and carried-forward applications per applicant column", () => {
    expect(table.newThisYear).toMatchObject({ NATURAL_PERSON: 2, COMMERCIAL_ENTERPRISE: 1, LEGAL_SERVICE_ORG: 1, total: 4 });
    expect(table.carriedOver).toMatchObject({ NATURAL_PERSON: 1, total: 1 });
    expect(table.outcomes.GRANTED.total).toBe(1);
    expect(table.outcomes.PARTIAL).toMatchObject({ COMMERCIAL_ENTERPRISE: 1, total: 1 });
    expect(table.outcomes.UNAVAILABLE_NOT_HELD.total).toBe(1);
    expect(table.outcomes.OTHER).toMatchObject({ LEGAL_SERVICE_ORG: 1, total: 1 });
    expect(table.carriedForward).toMatchObject({ NATURAL_PERSON: 1, total: 1 });
  });

  it("balances in every column: 一 + 二 = （七）总计 + 四, and （七） is the sum of the outcome rows", () => {
    for (const column of [...APPLICANT_TYPES, "total"] as const) {
      expect(table.newThisYear[column] + table.carriedOver[column]).toBe(table.concluded[column] + table.carriedForward[column]);
      expect(Object.values(table.outcomes).reduce((sum, c) => sum + c[column], 0)).toBe(table.concluded[column]);
    }
  });

  it("counts new applications by channel, and answers by their timeliness", () => {
    expect(table.byChannel).toEqual({ ONLINE: 2, POST_SIGNED: 1, EMAIL: 1 });
    expect(table.timeliness).toEqual({ onTime: 3, late: 1 });
  });
});
