import { z } from "zod";
import { APPEAL_GROUPS, APPEAL_RESULTS, DECISION_KINDS, type TableFourInput, type TableTwoInput } from "./annual";

/**
 * The figures staff enter for the annual report, as form fields and as stored: the 行政许可/处罚/强制
 * decision counts and the fee amount of table 二, and the 15 numbers of table 四. An empty field is a
 * gap (null), never a zero: the report's checks list it until someone fills it in.
 */

export interface EnteredFigures {
  two: TableTwoInput;
  four: TableFourInput;
}

export const decisionField = (kind: (typeof DECISION_KINDS)[number]) => `decisions_${kind}`;
export const appealField = (group: (typeof APPEAL_GROUPS)[number], result: (typeof APPEAL_RESULTS)[number]) => `four_${group}_${result}`;
export const FEE_FIELD = "feeAmount";

const blankIsNull = (v: unknown) => (v === "" || v === undefined || v === null ? null : v);
const count = z.preprocess(blankIsNull, z.coerce.number({ error: "请填写整数" }).int("请填写整数").min(0, "不能为负数").max(10_000_000, "数字过大").nullable());
// Checked as text: 12.3456 * 10000 is not an integer in floating point.
const amount = z.preprocess(
  (v) => (typeof v === "number" ? String(v) : blankIsNull(v)),
  z
    .string()
    .trim()
    .regex(/^\d{1,8}(\.\d{1,4})?$/, "请填写金额（万元），最多保留四位小数")
    .transform(Number)
    .nullable(),
);
const narrative = z.string().trim().max(20_000, "不能超过 20000 字").catch("");

const NUMBER_FIELDS = [
  ...DECISION_KINDS.map(decisionField),
  FEE_FIELD,
  ...APPEAL_GROUPS.flatMap((group) => APPEAL_RESULTS.map((result) => appealField(group, result))),
];

/** The report form: every number field (a gap when empty) and the three narrative sections. */
export const annualReportFormSchema = z
  .object({
    ...Object.fromEntries(NUMBER_FIELDS.map((field) => [field, field === FEE_FIELD ? amount : count])),
    overview: narrative,
    problems: narrative,
    otherMatters: narrative,
  })
  .transform((v: Record<string, unknown>) => ({
    numbers: Object.fromEntries(NUMBER_FIELDS.map((field) => [field, (v[field] as number | null | undefined) ?? null])),
    overview: v.overview as string,
    problems: v.problems as string,
    otherMatters: v.otherMatters as string,
  }));
export type AnnualReportForm = z.infer<typeof annualReportFormSchema>;

/** Form values → the stored figures. */
export function figuresFromForm({ numbers }: AnnualReportForm): EnteredFigures {
  const value = (field: string) => numbers[field] ?? null;
  return {
    two: { decisions: Object.fromEntries(DECISION_KINDS.map((kind) => [kind, value(decisionField(kind))])), feeAmount: value(FEE_FIELD) },
    four: Object.fromEntries(APPEAL_GROUPS.map((group) => [group, Object.fromEntries(APPEAL_RESULTS.map((r) => [r, value(appealField(group, r))]))])),
  };
}

/** Stored figures (any shape an older version wrote) → the form's initial values. */
export function formFromFigures(figures: unknown): Record<string, string> {
  const parsed = (typeof figures === "object" && figures !== null ? figures : {}) as Partial<EnteredFigures>;
  const text = (n: unknown) => (typeof n === "number" ? String(n) : "");
  return {
    ...Object.fromEntries(DECISION_KINDS.map((kind) => [decisionField(kind), text(parsed.two?.decisions?.[kind])])),
    [FEE_FIELD]: text(parsed.two?.feeAmount),
    ...Object.fromEntries(APPEAL_GROUPS.flatMap((group) => APPEAL_RESULTS.map((r) => [appealField(group, r), text(parsed.four?.[group]?.[r])]))),
  };
}
