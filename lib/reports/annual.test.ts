import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { toChinaDate } from "@/lib/requests/dates";
import { REQUEST_OUTCOMES } from "@/lib/requests/model";
import type { RequestRow } from "@/lib/requests/statistics";
import {
  annualTableCsv,
  buildAnnualReport,
  buildTableTwo,
  checkAnnualReport,
  documentKindOfTopic,
  matchesEntryDrill,
  matchesRequestDrill,
  rollUpReports,
  type AnnualReport,
  type AnnualReportInput,
  type DocumentEvent,
  type DocumentKind,
  type EntryFact,
  type ReportCell,
  type ReportProblem,
  type TableFourInput,
} from "./annual";

const YEAR = 2026;

const fact = (overrides: Partial<EntryFact>): EntryFact => ({
  article20Item: "A20_01",
  kind: "RULE",
  publishedOn: "2026-03-01",
  repealedOn: null,
  ...overrides,
});

const request = (overrides: Partial<RequestRow>): RequestRow => ({
  applicantType: "NATURAL_PERSON",
  channel: "ONLINE",
  receivedOn: "2026-03-02",
  concludedOn: null,
  outcome: null,
  dueOn: null,
  ...overrides,
});

const entryDrill = (topic: DocumentKind, event: DocumentEvent, year = YEAR) => ({ kind: "entries", article20Item: "A20_01", topic, event, year });
const computed = (value: number, drill: object) => ({ value, source: "computed", drill });
const entered = (value: number | null) => ({ value, source: "entered" });

/** Each entry's effect on 2026 is noted beside it; the expected counts below are the tallies of these notes. */
const ENTRIES: EntryFact[] = [
  fact({ publishedOn: "2026-03-01" }), // 规章: 制发, 有效
  fact({ publishedOn: "2020-05-01", repealedOn: "2026-06-30" }), // 规章: 废止
  fact({ publishedOn: "2025-12-31", repealedOn: "2027-01-01" }), // 规章: 有效 (published last year, repealed next year)
  fact({ kind: "NORMATIVE", publishedOn: "2026-01-01" }), // 规范性文件: 制发, 有效
  fact({ kind: "NORMATIVE", publishedOn: "2026-12-31", repealedOn: "2026-12-31" }), // 规范性文件: 制发, 废止
  fact({ kind: "NORMATIVE", publishedOn: "2024-07-01", repealedOn: "2026-12-31" }), // 规范性文件: 废止
  fact({ kind: "NORMATIVE", publishedOn: "2027-01-01" }), // next year: nothing
  fact({ kind: "NORMATIVE", publishedOn: "2019-01-01", repealedOn: "2025-12-31" }), // repealed last year: nothing
  fact({ article20Item: "A20_15", publishedOn: "2026-02-01" }), // another item of art. 20: nothing
  fact({ article20Item: null, publishedOn: "2026-02-01" }), // not filed under art. 20: nothing
  fact({ kind: null, publishedOn: "2026-02-01" }), // neither 规章 nor 规范性文件: nothing
];

/** Letters a–j; the tallies per row and column are worked out in `EXPECTED_THREE`. */
const REQUESTS: RequestRow[] = [
  request({ receivedOn: "2026-02-01", concludedOn: "2026-02-20", outcome: "GRANTED" }), // a
  request({ receivedOn: "2026-03-01", concludedOn: "2026-03-15", outcome: "DENIED_STATE_SECRET" }), // b
  request({ applicantType: "COMMERCIAL_ENTERPRISE", receivedOn: "2025-12-20", concludedOn: "2026-01-10", outcome: "PARTIAL" }), // c: carried over
  request({ applicantType: "RESEARCH_INSTITUTION", receivedOn: "2026-12-31" }), // d: new, carried forward
  request({ applicantType: "SOCIAL_WELFARE_ORG", receivedOn: "2025-11-01" }), // e: carried over and forward
  request({ applicantType: "LEGAL_SERVICE_ORG", receivedOn: "2026-05-05", concludedOn: "2026-05-06", outcome: "NOT_PROCESSED_DUPLICATE" }), // f
  request({ applicantType: "OTHER_ORG", receivedOn: "2026-06-01", concludedOn: "2026-06-30", outcome: "OTHER_FEE_UNPAID" }), // g
  request({ receivedOn: "2026-12-30", concludedOn: "2027-01-05", outcome: "GRANTED" }), // h: answered next year, carried forward
  request({ receivedOn: "2025-03-01", concludedOn: "2025-04-01", outcome: "GRANTED" }), // i: last year, nothing
  request({ receivedOn: "2026-04-01", concludedOn: "2026-04-10", outcome: "UNAVAILABLE_NOT_HELD" }), // j
];

/** Non-zero cells of table 三, columns 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计. */
const EXPECTED_THREE: Record<string, number[]> = {
  newThisYear: [4, 0, 1, 0, 1, 1, 7], // a b h j | d | f | g
  carriedOver: [0, 1, 0, 1, 0, 0, 2], // c | e
  GRANTED: [1, 0, 0, 0, 0, 0, 1], // a
  PARTIAL: [0, 1, 0, 0, 0, 0, 1], // c
  DENIED_STATE_SECRET: [1, 0, 0, 0, 0, 0, 1], // b
  UNAVAILABLE_NOT_HELD: [1, 0, 0, 0, 0, 0, 1], // j
  NOT_PROCESSED_DUPLICATE: [0, 0, 0, 0, 1, 0, 1], // f
  OTHER_FEE_UNPAID: [0, 0, 0, 0, 0, 1, 1], // g
  concluded: [3, 1, 0, 0, 1, 1, 6], // a b j | c | f | g
  carriedForward: [1, 0, 1, 1, 0, 0, 3], // h | d | e
};
const THREE_COLUMNS = ["NATURAL_PERSON", "COMMERCIAL_ENTERPRISE", "RESEARCH_INSTITUTION", "SOCIAL_WELFARE_ORG", "LEGAL_SERVICE_ORG", "OTHER_ORG", "total"];
const THREE_ROWS = ["newThisYear", "carriedOver", ...REQUEST_OUTCOMES, "concluded", "carriedForward"];

/** Consistent table 四: 2 + 1 + 0 + 1 = 4; 1 + 0 + 0 + 0 = 1; all zero. */
const FOUR: TableFourInput = {
  REVIEW: { upheld: 2, corrected: 1, other: 0, pending: 1, total: 4 },
  SUIT_DIRECT: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 },
  SUIT_AFTER_REVIEW: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
};

const INPUT: AnnualReportInput = {
  year: YEAR,
  entries: ENTRIES,
  requests: REQUESTS,
  entered: { two: { decisions: { LICENSING: 12, PENALTY: 3, COERCION: 0 }, feeAmount: 1.2345 }, four: FOUR },
};

const build = (overrides: Partial<AnnualReportInput> = {}): AnnualReport => buildAnnualReport({ ...INPUT, ...overrides });

type Grid = Record<string, Record<string, ReportCell>>;
const gridOf = (report: AnnualReport, table: "two" | "three" | "four"): Grid => report[table].cells;

describe("drill-down", () => {
  it("every computed cell's filter selects exactly as many records as the cell counts", () => {
    const report = build();
    const cells = [...Object.values(gridOf(report, "two")), ...Object.values(gridOf(report, "three"))].flatMap((row) => Object.values(row));
    const drilled = cells.flatMap((cell) => (cell.source === "computed" && cell.drill ? [{ cell, drill: cell.drill }] : []));
    expect(drilled).toHaveLength(6 + THREE_ROWS.length * THREE_COLUMNS.length);
    for (const { cell, drill } of drilled) {
      const selected = drill.kind === "entries" ? ENTRIES.filter((e) => matchesEntryDrill(e, drill)) : REQUESTS.filter((r) => matchesRequestDrill(r, drill));
      expect(selected, JSON.stringify(drill)).toHaveLength(cell.value);
    }
  });
});

describe("table 二 (主动公开)", () => {
  it("counts 规章 and 行政规范性文件 under 第二十条第（一）项 and keeps the entered numbers, cell by cell", () => {
    const { two } = build();
    expect(two).toEqual({
      id: "two",
      year: YEAR,
      cells: {
        RULE: {
          published: computed(1, entryDrill("RULE", "published")),
          repealed: computed(1, entryDrill("RULE", "repealed")),
          valid: computed(2, entryDrill("RULE", "valid")),
        },
        NORMATIVE: {
          published: computed(2, entryDrill("NORMATIVE", "published")),
          repealed: computed(2, entryDrill("NORMATIVE", "repealed")),
          valid: computed(1, entryDrill("NORMATIVE", "valid")),
        },
        LICENSING: { decisions: entered(12) },
        PENALTY: { decisions: entered(3) },
        COERCION: { decisions: entered(0) },
        FEES: { amount: entered(1.2345) },
      },
    });
  });

  it("keeps a missing entered number as a gap, not zero", () => {
    const two = buildTableTwo([], { decisions: { LICENSING: 5 } }, YEAR);
    expect(two.cells.LICENSING.decisions).toEqual(entered(5));
    expect(two.cells.PENALTY.decisions).toEqual(entered(null));
    expect(two.cells.FEES.amount).toEqual(entered(null));
  });

  it("reads 规章 and 行政规范性文件 off the topic name", () => {
    expect(documentKindOfTopic("规章")).toBe("RULE");
    expect(documentKindOfTopic("行政规范性文件")).toBe("NORMATIVE");
    expect(documentKindOfTopic("其他文件")).toBeNull();
  });
});

describe("table 二 year boundaries (China dates)", () => {
  it.each([
    { publishedOn: "2025-12-31", repealedOn: null, year: 2025, counts: [1, 0, 1] },
    { publishedOn: "2025-12-31", repealedOn: null, year: 2026, counts: [0, 0, 1] },
    { publishedOn: "2026-01-01", repealedOn: null, year: 2025, counts: [0, 0, 0] },
    { publishedOn: "2026-01-01", repealedOn: null, year: 2026, counts: [1, 0, 1] },
    { publishedOn: "2026-05-01", repealedOn: "2026-12-31", year: 2026, counts: [1, 1, 0] },
    { publishedOn: "2026-05-01", repealedOn: "2027-01-01", year: 2026, counts: [1, 0, 1] },
    { publishedOn: "2026-05-01", repealedOn: "2027-01-01", year: 2027, counts: [0, 1, 0] },
    { publishedOn: "2020-05-01", repealedOn: "2026-01-01", year: 2025, counts: [0, 0, 1] },
    { publishedOn: "2020-05-01", repealedOn: "2026-01-01", year: 2026, counts: [0, 1, 0] },
  ])("published $publishedOn, repealed $repealedOn: in $year 制发/废止/有效 = $counts", ({ publishedOn, repealedOn, year, counts }) => {
    const { RULE } = buildTableTwo([fact({ publishedOn, repealedOn })], {}, year).cells;
    expect([RULE.published.value, RULE.repealed.value, RULE.valid.value]).toEqual(counts);
  });

  it("an entry published at 00:30 Beijing time on 1 January belongs to the new year, though it is 31 December in UTC", () => {
    const publishedOn = toChinaDate(new Date("2025-12-31T16:30:00Z"));
    expect(buildTableTwo([fact({ publishedOn })], {}, 2026).cells.RULE.published.value).toBe(1);
    expect(buildTableTwo([fact({ publishedOn })], {}, 2025).cells.RULE.published.value).toBe(0);
  });
});

describe("table 三 (收到和处理申请)", () => {
  const { three } = build();

  it("has the official rows and columns", () => {
    const grid: Grid = three.cells;
    expect(Object.keys(grid)).toEqual(THREE_ROWS);
    for (const row of THREE_ROWS) expect(Object.keys(grid[row] ?? {})).toEqual(THREE_COLUMNS);
  });

  it("holds the hand-counted number in every cell", () => {
    const grid: Grid = three.cells;
    for (const row of THREE_ROWS) {
      THREE_COLUMNS.forEach((column, index) => {
        expect({ row, column, value: grid[row]?.[column]?.value }).toEqual({ row, column, value: EXPECTED_THREE[row]?.[index] ?? 0 });
      });
    }
  });

  it("marks every cell computed, with the records it counts", () => {
    expect(three.cells.newThisYear.NATURAL_PERSON).toEqual(computed(4, { kind: "requests", applicantType: "NATURAL_PERSON", row: "newThisYear", year: YEAR }));
    expect(three.cells.OTHER_FEE_UNPAID.total).toEqual(computed(1, { kind: "requests", applicantType: null, row: "OTHER_FEE_UNPAID", year: YEAR }));
    expect(Object.values(three.cells).flatMap((columns) => Object.values(columns).filter((cell) => cell.source !== "computed"))).toEqual([]);
  });
});

describe("table 四 (行政复议、行政诉讼)", () => {
  it("keeps the 15 entered numbers and leaves missing ones as gaps", () => {
    const { four } = build({ entered: { four: { REVIEW: { upheld: 2 } } } });
    expect(four.cells.REVIEW).toEqual({ upheld: entered(2), corrected: entered(null), other: entered(null), pending: entered(null), total: entered(null) });
    expect(Object.values(build().four.cells).flatMap((group) => Object.values(group).map((cell) => cell.value))).toEqual([
      2, 1, 0, 1, 4, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0,
    ]);
  });
});

describe("rollUpReports", () => {
  const unitA = build();
  const unitB = build({
    entries: [fact({ publishedOn: "2026-08-01" }), fact({ kind: "NORMATIVE", publishedOn: "2021-01-01" })],
    requests: [request({ applicantType: "OTHER_ORG", concludedOn: "2026-03-05", outcome: "GRANTED" }), request({ receivedOn: "2025-12-01" })],
    entered: {
      two: { decisions: { LICENSING: 1, PENALTY: 0, COERCION: 2 }, feeAmount: 0.5 },
      four: { ...FOUR, SUIT_AFTER_REVIEW: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 } },
    },
  });
  const district = rollUpReports([unitA, unitB]);

  it("equals the cell-wise sum of the units, keeping each cell's source and drill", () => {
    for (const table of ["two", "three", "four"] as const) {
      for (const [row, columns] of Object.entries(gridOf(district, table))) {
        for (const [column, cell] of Object.entries(columns)) {
          const a = gridOf(unitA, table)[row]?.[column];
          const b = gridOf(unitB, table)[row]?.[column];
          expect(cell).toEqual({ ...a, value: (a?.value ?? NaN) + (b?.value ?? NaN) });
        }
      }
    }
  });

  it("adds hand-checked cells", () => {
    expect(district.two.cells.RULE).toMatchObject({ published: { value: 2 }, repealed: { value: 1 }, valid: { value: 3 } });
    expect(district.two.cells.NORMATIVE.valid.value).toBe(2);
    expect(district.two.cells.FEES.amount).toEqual(entered(1.7345));
    expect(district.three.cells.GRANTED).toMatchObject({ NATURAL_PERSON: { value: 1 }, OTHER_ORG: { value: 1 }, total: { value: 2 } });
    expect(district.three.cells.carriedForward.total.value).toBe(4);
    expect(district.four.cells.SUIT_AFTER_REVIEW.total).toEqual(entered(1));
    expect(checkAnnualReport(district)).toEqual([]);
  });

  it("adds fee amounts in 万元 without floating-point dust", () => {
    const withFee = (feeAmount: number) => build({ entered: { ...INPUT.entered, two: { ...INPUT.entered.two, feeAmount } } });
    expect(rollUpReports([withFee(0.1), withFee(0.2)]).two.cells.FEES.amount.value).toBe(0.3);
    expect(rollUpReports([withFee(1.2345), withFee(0.0001)]).two.cells.FEES.amount.value).toBe(1.2346);
  });

  it("leaves a cell missing in any unit as a gap", () => {
    const gap = build({ entered: { two: { decisions: { LICENSING: 4 } } } });
    const total = rollUpReports([unitA, gap]);
    expect(total.two.cells.LICENSING.decisions).toEqual(entered(16));
    expect(total.two.cells.PENALTY.decisions).toEqual(entered(null));
    expect(total.four.cells.REVIEW.total).toEqual(entered(null));
  });

  it("refuses no reports and reports of different years", () => {
    expect(() => rollUpReports([])).toThrow(RangeError);
    expect(() => rollUpReports([unitA, build({ year: 2025 })])).toThrow(RangeError);
  });
});

describe("checkAnnualReport", () => {
  const kinds = (problems: ReportProblem[]) => problems.map(({ table, kind, cells }) => ({ table, kind, at: cells[0] }));

  it("is silent on a complete, consistent report", () => {
    expect(checkAnnualReport(build())).toEqual([]);
  });

  it("lists every entered number still missing as a gap, and nothing else", () => {
    const problems = checkAnnualReport(build({ entered: {} }));
    expect(problems).toHaveLength(4 + 15);
    expect(problems.every((p) => p.kind === "gap")).toBe(true);
    expect(problems.filter((p) => p.table === "two").map((p) => p.message)).toEqual([
      "行政许可「本年处理决定数量」尚未填写",
      "行政处罚「本年处理决定数量」尚未填写",
      "行政强制「本年处理决定数量」尚未填写",
      "行政事业性收费「本年收费金额（单位：万元）」尚未填写",
    ]);
    expect(problems.find((p) => p.table === "four" && p.cells[0]?.row === "SUIT_AFTER_REVIEW" && p.cells[0].column === "pending")?.message).toBe(
      "行政诉讼（复议后起诉）「尚未审结」尚未填写",
    );
  });

  it.each([
    { count: -1, valid: false },
    { count: 2.5, valid: false },
    { count: Number.NaN, valid: false },
    { count: 0, valid: true },
    { count: 40, valid: true },
  ])("decision count $count valid: $valid", ({ count, valid }) => {
    const problems = checkAnnualReport(
      build({ entered: { ...INPUT.entered, two: { decisions: { LICENSING: count, PENALTY: 0, COERCION: 0 }, feeAmount: 0 } } }),
    );
    expect(kinds(problems)).toEqual(valid ? [] : [{ table: "two", kind: "invalid", at: { row: "LICENSING", column: "decisions" } }]);
    if (!valid) expect(problems[0]?.message).toBe("行政许可「本年处理决定数量」应为非负整数");
  });

  it.each([
    { amount: 1.2345, valid: true },
    { amount: 0, valid: true },
    { amount: 120, valid: true },
    { amount: 1.23456, valid: false },
    { amount: -0.5, valid: false },
    { amount: Number.POSITIVE_INFINITY, valid: false },
  ])("fee amount $amount 万元 valid: $valid", ({ amount, valid }) => {
    const problems = checkAnnualReport(build({ entered: { ...INPUT.entered, two: { ...INPUT.entered.two, feeAmount: amount } } }));
    expect(kinds(problems)).toEqual(valid ? [] : [{ table: "two", kind: "invalid", at: { row: "FEES", column: "amount" } }]);
  });

  it("table 三: 一 + 二 ≠ （七） + 四 in a column", () => {
    const report = structuredClone(build());
    report.three.cells.newThisYear.NATURAL_PERSON.value += 1; // 5 + 0 ≠ 3 + 1
    report.three.cells.newThisYear.total.value += 1; // 8 + 2 ≠ 6 + 3; the row still adds up
    const problems = checkAnnualReport(report);
    expect(kinds(problems)).toEqual([
      { table: "three", kind: "imbalance", at: { row: "concluded", column: "NATURAL_PERSON" } },
      { table: "three", kind: "imbalance", at: { row: "concluded", column: "total" } },
    ]);
    expect(problems[0]?.cells).toEqual(["concluded", "carriedForward", "newThisYear", "carriedOver"].map((row) => ({ row, column: "NATURAL_PERSON" })));
    expect(problems[0]?.message).toBe("自然人列：第一项加第二项之和（5）应等于第三项（七）总计加第四项之和（4）");
  });

  it("table 三: （七）总计 ≠ the sum of （一）–（六） in a column", () => {
    const report = structuredClone(build());
    report.three.cells.GRANTED.COMMERCIAL_ENTERPRISE.value += 1;
    report.three.cells.GRANTED.total.value += 1;
    const problems = checkAnnualReport(report);
    expect(kinds(problems)).toEqual([
      { table: "three", kind: "imbalance", at: { row: "concluded", column: "COMMERCIAL_ENTERPRISE" } },
      { table: "three", kind: "imbalance", at: { row: "concluded", column: "total" } },
    ]);
    expect(problems[0]?.message).toBe("法人或其他组织（商业企业）列：（七）总计（1）应等于（一）至（六）各项之和（2）");
    expect(problems[0]?.cells).toHaveLength(1 + 21);
  });

  it("table 三: 总计 ≠ the sum of the six applicant columns in a row", () => {
    const report = structuredClone(build());
    // Both totals up by one: the 总计 column still balances (8 + 2 = 6 + 4), but neither row adds up.
    report.three.cells.newThisYear.total.value += 1;
    report.three.cells.carriedForward.total.value += 1;
    const problems = checkAnnualReport(report);
    expect(kinds(problems)).toEqual([
      { table: "three", kind: "imbalance", at: { row: "newThisYear", column: "NATURAL_PERSON" } },
      { table: "three", kind: "imbalance", at: { row: "carriedForward", column: "NATURAL_PERSON" } },
    ]);
    expect(problems[0]?.message).toBe("一、本年新收政府信息公开申请数量：总计（8）应等于各类申请人之和（7）");
    expect(problems[0]?.cells).toHaveLength(7);
  });

  it("table 四: 总计 ≠ the sum of its four parts in a group", () => {
    const problems = checkAnnualReport(
      build({ entered: { ...INPUT.entered, four: { ...FOUR, SUIT_DIRECT: { upheld: 1, corrected: 1, other: 0, pending: 0, total: 1 } } } }),
    );
    expect(problems).toEqual([
      {
        table: "four",
        kind: "imbalance",
        cells: ["total", "upheld", "corrected", "other", "pending"].map((column) => ({ row: "SUIT_DIRECT", column })),
        message: "行政诉讼（未经复议直接起诉）：总计（1）应等于结果维持、结果纠正、其他结果、尚未审结之和（2）",
      },
    ]);
  });

  it("table 四: a group with a gap reports the gap, not an imbalance", () => {
    const problems = checkAnnualReport(build({ entered: { ...INPUT.entered, four: { ...FOUR, REVIEW: { upheld: 2, corrected: 1, other: 0, total: 4 } } } }));
    expect(kinds(problems)).toEqual([{ table: "four", kind: "gap", at: { row: "REVIEW", column: "pending" } }]);
  });
});

describe("annualTableCsv", () => {
  /** The CSV as rows of cells, after checking the byte-order mark and CRLF line ends. */
  const rows = (csv: string): string[][] => {
    expect(csv.startsWith("\ufeff")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    return parse(csv.slice(1), { relax_column_count: true });
  };

  it("table 二: the four sub-tables under their captions; a gap is an empty cell", () => {
    const report = build({ entered: { ...INPUT.entered, two: { decisions: { LICENSING: 12, PENALTY: 3 }, feeAmount: 1.2345 } } });
    expect(rows(annualTableCsv(report.two))).toEqual([
      ["二、主动公开政府信息情况"],
      ["第二十条第（一）项"],
      ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
      ["规章", "1", "1", "2"],
      ["行政规范性文件", "2", "2", "1"],
      ["第二十条第（五）项"],
      ["信息内容", "本年处理决定数量"],
      ["行政许可", "12"],
      ["第二十条第（六）项"],
      ["信息内容", "本年处理决定数量"],
      ["行政处罚", "3"],
      ["行政强制", ""],
      ["第二十条第（八）项"],
      ["信息内容", "本年收费金额（单位：万元）"],
      ["行政事业性收费", "1.2345"],
    ]);
  });

  it("table 三: three header rows, then every row with its three label levels and seven numbers", () => {
    const R = "三、本年度办理结果";
    const line = (a: string, b: string, c: string, numbers: string) => [a, b, c, ...numbers.split(" ")];
    expect(rows(annualTableCsv(build().three))).toEqual([
      ["三、收到和处理政府信息公开申请情况"],
      ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "", "", "申请人情况", "", "", "", "", "", ""],
      ["", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"],
      ["", "", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""],
      line("一、本年新收政府信息公开申请数量", "", "", "4 0 1 0 1 1 7"),
      line("二、上年结转政府信息公开申请数量", "", "", "0 1 0 1 0 0 2"),
      line(R, "（一）予以公开", "", "1 0 0 0 0 0 1"),
      line(R, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "", "0 1 0 0 0 0 1"),
      line(R, "（三）不予公开", "1.属于国家秘密", "1 0 0 0 0 0 1"),
      line(R, "（三）不予公开", "2.其他法律行政法规禁止公开", "0 0 0 0 0 0 0"),
      line(R, "（三）不予公开", "3.危及“三安全一稳定”", "0 0 0 0 0 0 0"),
      line(R, "（三）不予公开", "4.保护第三方合法权益", "0 0 0 0 0 0 0"),
      line(R, "（三）不予公开", "5.属于三类内部事务信息", "0 0 0 0 0 0 0"),
      line(R, "（三）不予公开", "6.属于四类过程性信息", "0 0 0 0 0 0 0"),
      line(R, "（三）不予公开", "7.属于行政执法案卷", "0 0 0 0 0 0 0"),
      line(R, "（三）不予公开", "8.属于行政查询事项", "0 0 0 0 0 0 0"),
      line(R, "（四）无法提供", "1.本机关不掌握相关政府信息", "1 0 0 0 0 0 1"),
      line(R, "（四）无法提供", "2.没有现成信息需要另行制作", "0 0 0 0 0 0 0"),
      line(R, "（四）无法提供", "3.补正后申请内容仍不明确", "0 0 0 0 0 0 0"),
      line(R, "（五）不予处理", "1.信访举报投诉类申请", "0 0 0 0 0 0 0"),
      line(R, "（五）不予处理", "2.重复申请", "0 0 0 0 1 0 1"),
      line(R, "（五）不予处理", "3.要求提供公开出版物", "0 0 0 0 0 0 0"),
      line(R, "（五）不予处理", "4.无正当理由大量反复申请", "0 0 0 0 0 0 0"),
      line(R, "（五）不予处理", "5.要求行政机关确认或重新出具已获取信息", "0 0 0 0 0 0 0"),
      line(R, "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "0 0 0 0 0 0 0"),
      line(R, "（六）其他处理", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "0 0 0 0 0 1 1"),
      line(R, "（六）其他处理", "3.其他", "0 0 0 0 0 0 0"),
      line(R, "（七）总计", "", "3 1 0 0 1 1 6"),
      line("四、结转下年度继续办理", "", "", "1 0 1 1 0 0 3"),
    ]);
  });

  it("table 四: the three header rows of 行政复议 and 行政诉讼, then one row of 15 numbers", () => {
    const report = build({ entered: { ...INPUT.entered, four: { ...FOUR, SUIT_AFTER_REVIEW: { upheld: 0, corrected: 0, other: 0, total: 0 } } } });
    const results = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
    expect(rows(annualTableCsv(report.four))).toEqual([
      ["四、政府信息公开行政复议、行政诉讼情况"],
      ["行政复议", "", "", "", "", "行政诉讼", "", "", "", "", "", "", "", "", ""],
      [...results, "未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""],
      ["", "", "", "", "", ...results, ...results],
      ["2", "1", "0", "1", "4", "1", "0", "0", "0", "1", "0", "0", "0", "", "0"],
    ]);
  });
});
