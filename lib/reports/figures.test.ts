import { describe, expect, it } from "vitest";
import { annualReportFormSchema, figuresFromForm, formFromFigures } from "./figures";

describe("annual report form", () => {
  it("turns the form into stored figures; empty fields stay gaps, not zeros", () => {
    const form = annualReportFormSchema.parse({
      decisions_LICENSING: "1203",
      decisions_PENALTY: "0",
      decisions_COERCION: "",
      feeAmount: "12.3456",
      four_REVIEW_upheld: "2",
      four_REVIEW_total: "2",
      overview: "  本年度……  ",
    });
    expect(form.overview).toBe("本年度……");
    const figures = figuresFromForm(form);
    expect(figures.two).toEqual({ decisions: { LICENSING: 1203, PENALTY: 0, COERCION: null }, feeAmount: 12.3456 });
    expect(figures.four.REVIEW).toEqual({ upheld: 2, corrected: null, other: null, pending: null, total: 2 });
    expect(figures.four.SUIT_DIRECT).toEqual({ upheld: null, corrected: null, other: null, pending: null, total: null });
  });

  it("refuses negative, fractional and over-precise numbers with messages per field", () => {
    const result = annualReportFormSchema.safeParse({ decisions_PENALTY: "-1", four_REVIEW_pending: "1.5", feeAmount: "0.12345" });
    expect(result.success).toBe(false);
    const errors = result.error!.issues.map((i) => [i.path.join("."), i.message]);
    expect(errors).toEqual(
      expect.arrayContaining([
        ["decisions_PENALTY", "不能为负数"],
        ["four_REVIEW_pending", "请填写整数"],
        ["feeAmount", "请填写金额（万元），最多保留四位小数"],
      ]),
    );
  });

  it("fills the form from stored figures, and from anything an older version stored", () => {
    const form = formFromFigures({ two: { decisions: { LICENSING: 5 }, feeAmount: 0.5 }, four: { REVIEW: { total: 0 } } });
    expect(form).toMatchObject({ decisions_LICENSING: "5", decisions_PENALTY: "", feeAmount: "0.5", four_REVIEW_total: "0", four_SUIT_DIRECT_total: "" });
    expect(formFromFigures(null).decisions_LICENSING).toBe("");
    expect(figuresFromForm(annualReportFormSchema.parse(formFromFigures({ two: { decisions: { LICENSING: 5 } } }))).two.decisions).toEqual({
      LICENSING: 5,
      PENALTY: null,
      COERCION: null,
    });
  });
});
