import { describe, expect, it } from "vitest";
import { layoutLetter } from "./letter-layout";

describe("layoutLetter", () => {
  it("puts the salutation flush left, indents the body and right-aligns sender and date", () => {
    const body = ["赵市民：", "本机关于2026年11月2日收到您提出的政府信息公开申请。", "特此告知。", "示范区发展和改革局", "2026年11月23日"].join("\n\n");
    expect(layoutLetter(body)).toEqual([
      { text: "赵市民：", align: "left", indent: false },
      { text: "本机关于2026年11月2日收到您提出的政府信息公开申请。", align: "left", indent: true },
      { text: "特此告知。", align: "left", indent: true },
      { text: "示范区发展和改革局", align: "right", indent: false },
      { text: "2026年11月23日", align: "right", indent: false },
    ]);
  });

  it("accepts dates in Chinese numerals, Windows line ends and stray blank lines", () => {
    const laid = layoutLetter("王某：\r\n\r\n\r\n正文。\r\n\r\n某某局\r\n\r\n二〇二六年十一月二十三日\r\n");
    expect(laid.map((p) => p.align)).toEqual(["left", "left", "right", "right"]);
  });

  it("right-aligns nothing when the handler's edit no longer ends with a date", () => {
    const laid = layoutLetter("王某：\n\n正文。\n\n某某局");
    expect(laid.every((p) => p.align === "left")).toBe(true);
  });

  it("does not mistake a final sentence for the sender's name", () => {
    const laid = layoutLetter("王某：\n\n如不服本答复，可以依法申请行政复议。\n\n2026年11月23日");
    expect(laid.map((p) => p.align)).toEqual(["left", "left", "right"]);
  });

  it("keeps lines inside a paragraph (numbered items typed on their own lines)", () => {
    expect(layoutLetter("请补正：\n（一）项目名称；\n（二）时间范围。")).toEqual([
      { text: "请补正：\n（一）项目名称；\n（二）时间范围。", align: "left", indent: true },
    ]);
  });
});
