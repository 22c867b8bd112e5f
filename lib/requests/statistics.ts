/**
 * The application counts of annual-report table 三 (国办公开办函〔2021〕30号, domain.md §5), and the
 * channel and timeliness counts beside them, from plain request rows. Pure: the report (P5) loads the
 * rows of a unit's subtree and calls this.
 *
 * Per applicant column: 一 new this year (received in the year) + 二 carried over (received earlier,
 * still open on 1 January) = 三（七） concluded this year (answered or closed in the year, by outcome)
 * + 四 carried forward (received by 31 December, still open then).
 */
import type { IsoDate } from "./dates";
import { APPLICANT_TYPES, REQUEST_OUTCOMES, type ApplicantType, type RequestChannel, type RequestOutcome } from "./model";

export interface RequestRow {
  applicantType: ApplicantType;
  channel: RequestChannel;
  receivedOn: IsoDate | null;
  /** The day it was answered or closed (China date), if it was. */
  concludedOn: IsoDate | null;
  outcome: RequestOutcome | null;
  dueOn: IsoDate | null;
}

type Column = Record<ApplicantType, number> & { total: number };

export interface TableThree {
  newThisYear: Column;
  carriedOver: Column;
  outcomes: Record<RequestOutcome, Column>;
  concluded: Column;
  carriedForward: Column;
  byChannel: Partial<Record<RequestChannel, number>>;
  /** Of the answers given this year, those given by their due date and those after it. */
  timeliness: { onTime: number; late: number };
}

const emptyColumn = (): Column => ({ ...(Object.fromEntries(APPLICANT_TYPES.map((t) => [t, 0])) as Record<ApplicantType, number>), total: 0 });
const add = (column: Column, type: ApplicantType) => {
  column[type]++;
  column.total++;
};

/**
 * Where an application stands in the table of `year`: how it entered the year (new, or carried over from the
 * year before) and how it left it (concluded with an outcome, or carried forward); null when the year does not
 * see it at all (received after it, or concluded before it). The counts and the drill-down share this.
 */
export function placeInYear(row: RequestRow, year: number): { entered: "newThisYear" | "carriedOver"; left: RequestOutcome | "carriedForward" } | null {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  if (!row.receivedOn || row.receivedOn > end) return null; // not yet received in (or by the end of) the year
  if (row.receivedOn < start && row.concludedOn !== null && row.concludedOn < start) return null; // concluded in an earlier year
  const concluded = row.concludedOn !== null && row.concludedOn <= end && row.outcome !== null;
  return { entered: row.receivedOn >= start ? "newThisYear" : "carriedOver", left: concluded ? row.outcome! : "carriedForward" };
}

export function tabulateRequests(rows: readonly RequestRow[], year: number): TableThree {
  const table: TableThree = {
    newThisYear: emptyColumn(),
    carriedOver: emptyColumn(),
    outcomes: Object.fromEntries(REQUEST_OUTCOMES.map((o) => [o, emptyColumn()])) as Record<RequestOutcome, Column>,
    concluded: emptyColumn(),
    carriedForward: emptyColumn(),
    byChannel: {},
    timeliness: { onTime: 0, late: 0 },
  };
  for (const row of rows) {
    const place = placeInYear(row, year);
    if (!place) continue;
    add(table[place.entered], row.applicantType);
    if (place.entered === "newThisYear") table.byChannel[row.channel] = (table.byChannel[row.channel] ?? 0) + 1;
    if (place.left === "carriedForward") add(table.carriedForward, row.applicantType);
    else {
      add(table.outcomes[place.left], row.applicantType);
      add(table.concluded, row.applicantType);
      if (row.dueOn) table.timeliness[row.concludedOn! <= row.dueOn ? "onTime" : "late"]++;
    }
  }
  return table;
}
