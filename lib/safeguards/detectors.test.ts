import { describe, expect, it } from "vitest";
import { CORPUS, CORPUS_OPTIONS, card, id } from "./corpus";
import { excerpt, locate, scanText } from "./detectors";
import { compareExample, scoreCorpus } from "./evaluate";
import { FINDING_TYPES } from "./model";

const scan = (text: string) => scanText(text, CORPUS_OPTIONS);
const types = (text: string) => scan(text).map((finding) => finding.type);

/** Every detector must reach these on the corpus, known limits included. */
const MIN_PRECISION = 0.9;
const MIN_RECALL = 0.9;

describe("corpus: every example", () => {
  const regular = CORPUS.filter((example) => !example.knownLimit);
  it.each(regular.map((example) => [example.detector, example.text, example] as const))("%s: %s", (_detector, _text, example) => {
    const result = compareExample(example, scan(example.text));
    expect({ missing: result.missing, unexpected: result.unexpected }).toEqual({ missing: [], unexpected: [] });
  });

  const limits = CORPUS.filter((example) => example.knownLimit);
  it.each(limits.map((example) => [example.knownLimit, example.text, example] as const))("known limit, still wrong: %s (%s)", (_why, _text, example) => {
    const result = compareExample(example, scan(example.text));
    expect(result.missing.length + result.unexpected.length).toBeGreaterThan(0);
  });
});

describe("corpus: coverage and scores", () => {
  const { scores } = scoreCorpus(CORPUS, scan);

  it.each(FINDING_TYPES.map((type) => [type]))("%s has at least 10 positive and 10 negative examples", (type) => {
    const score = scores.find((s) => s.type === type);
    expect(score?.positives).toBeGreaterThanOrEqual(10);
    expect(score?.negatives).toBeGreaterThanOrEqual(10);
  });

  it.each(scores.map((score) => [score.type, score] as const))(`%s: precision ≥ ${MIN_PRECISION} and recall ≥ ${MIN_RECALL}`, (_type, score) => {
    expect(score.precision).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(score.recall).toBeGreaterThanOrEqual(MIN_RECALL);
  });
});

describe("findings", () => {
  it("carry type, offsets, match, label and severity", () => {
    const text = "机密★5年\n联系人手机13800138000";
    expect(scan(text)).toEqual([
      { type: "CLASSIFICATION_MARK", start: 0, end: 5, match: "机密★5年", label: "密级标志", severity: "block" },
      { type: "MOBILE", start: 11, end: 22, match: "13800138000", label: "手机号码", severity: "warn" },
    ]);
  });

  it("give the correct form of a wrong expression as a suggestion", () => {
    expect(scan("再接再励")).toEqual([
      { type: "WRONG_EXPRESSION", start: 0, end: 4, match: "再接再励", label: "错误表述", severity: "warn", suggestion: "再接再厉" },
    ]);
  });

  it("are in text order and personal data never overlaps", () => {
    const text = `邮箱13912345678@139.com，身份证${id("33010619751230204")}，卡号${card("622202100112345678")}，电话0571-87654321`;
    const findings = scan(text);
    expect(findings.map((f) => f.type)).toEqual(["EMAIL", "RESIDENT_ID", "BANK_CARD", "LANDLINE"]);
    for (let i = 1; i < findings.length; i++) expect(findings[i]?.start).toBeGreaterThanOrEqual(findings[i - 1]?.end ?? 0);
  });

  it("use the default wrong-expression list unless lists are given", () => {
    expect(scanText("进行了布署").map((f) => f.type)).toEqual(["WRONG_EXPRESSION"]);
    expect(scanText("进行了布署", { wordLists: [] })).toEqual([]);
  });

  it("match the longest word at a position and each word once", () => {
    const lists = [{ kind: "SENSITIVE" as const, entries: [{ word: "上访" }, { word: "重点上访人员" }, { word: "上访" }, { word: " " }] }];
    expect(scanText("重点上访人员和上访", { wordLists: lists }).map((f) => f.match)).toEqual(["重点上访人员", "上访"]);
  });

  it("treat regular-expression characters in words literally", () => {
    const lists = [{ kind: "SENSITIVE" as const, entries: [{ word: "a.b(c)" }] }];
    expect(scanText("axb(c) a.b(c)", { wordLists: lists }).map((f) => f.start)).toEqual([7]);
  });

  it("reject a birth date after the given day but accept it without one", () => {
    const future = id("11010520300101123");
    expect(types(future)).toEqual([]);
    expect(scanText(future).map((f) => f.type)).toEqual(["RESIDENT_ID"]);
  });

  it("accept a birth date on the given day and reject 29 February outside leap years", () => {
    expect(scanText(id("11010520250630123"), { today: { year: 2025, month: 6, day: 30 } }).map((f) => f.type)).toEqual(["RESIDENT_ID"]);
    expect(types(id("11010520230229123"))).toEqual([]);
    expect(types(id("11010520000229123"))).toEqual(["RESIDENT_ID"]);
  });

  it("read full-width digits and letters but report the original text", () => {
    const text = "手机１３８１２３４５６７８，邮箱ｌｉ＠ｑｑ．ｃｏｍ，身份证１１０１０５１９４９１２３１００２Ｘ";
    expect(scan(text).map((f) => [f.type, f.match])).toEqual([
      ["MOBILE", "１３８１２３４５６７８"],
      ["EMAIL", "ｌｉ＠ｑｑ．ｃｏｍ"],
      ["RESIDENT_ID", "１１０１０５１９４９１２３１００２Ｘ"],
    ]);
  });

  it("find nothing in an empty or plain text", () => {
    expect(scan("")).toEqual([]);
    expect(scan("示范区人民政府关于做好2024年春节期间安全生产工作的通知")).toEqual([]);
  });
});

describe("excerpt and locate", () => {
  const text = "第一段。\n请与经办人联系，手机13800138000，工作日受理。\n第三段";
  const finding = scan(text)[0] ?? { start: 0, end: 0 };

  it("returns the match with context, cut at the line", () => {
    expect(excerpt(text, finding, 4)).toEqual({ before: "系，手机", match: "13800138000", after: "，工作日", isCutBefore: true, isCutAfter: true });
    expect(excerpt(text, finding, 100)).toEqual({
      before: "请与经办人联系，手机",
      match: "13800138000",
      after: "，工作日受理。",
      isCutBefore: false,
      isCutAfter: false,
    });
  });

  it("never cuts a surrogate pair", () => {
    const wide = "𠀀𠀀13800138000";
    const [found] = scanText(wide);
    expect(found && excerpt(wide, found, 1).before).toBe("𠀀");
  });

  it("gives line and column", () => {
    expect(locate(text, finding.start)).toEqual({ line: 2, column: 11 });
    expect(locate(text, 0)).toEqual({ line: 1, column: 1 });
  });
});
