import { describe, expect, it } from "vitest";
import { documentTokens, indexTokens, normalize, queryPhrases, queryTokens, rowChecks, tokensProve } from "./tokenize";

describe("documentTokens", () => {
  it("indexes every Han bigram and character", () => {
    expect(documentTokens("部门预算")).toEqual(["部", "门", "预", "算", "部门", "门预", "预算"]);
  });

  it("keeps Latin words and numbers whole, lowercased, and full-width equal to half-width", () => {
    expect(documentTokens("示发改〔2026〕12号 PPP项目")).toEqual(["示", "发", "改", "示发", "发改", "2026", "12", "号", "ppp", "项", "目", "项目"]);
    expect(documentTokens("ＰＰＰ　２０２６")).toEqual(["ppp", "2026"]);
  });

  it("ignores punctuation and de-duplicates", () => {
    expect(documentTokens("预算、预算！")).toEqual(["预", "算", "预算"]);
    expect(documentTokens("，。！")).toEqual([]);
  });
});

describe("queryTokens", () => {
  it("needs only bigrams for Han words of two or more characters", () => {
    expect(queryTokens("预算")).toEqual(["预算"]);
    expect(queryTokens("政府采购")).toEqual(["政府", "府采", "采购"]);
  });

  it("uses the character itself for a one-character word, and words for Latin and digits", () => {
    expect(queryTokens("税")).toEqual(["税"]);
    expect(queryTokens("2026年 预算")).toEqual(["2026", "年", "预算"]);
  });

  it("every query token of a phrase is in the document that contains the phrase", () => {
    const doc = new Set(documentTokens("示范区2026年部门预算及三公经费预算公开说明"));
    for (const q of ["预算", "部门预算", "三公经费", "2026", "公开", "说"]) {
      expect(queryTokens(q).every((t) => doc.has(t))).toBe(true);
    }
    expect(queryTokens("采购").every((t) => doc.has(t))).toBe(false);
  });

  it("is empty for a query without letters or digits", () => {
    expect(queryTokens("  ，。%_  ")).toEqual([]);
  });
});

describe("queryPhrases", () => {
  it("splits a query into its runs for the recheck", () => {
    expect(queryPhrases("部门预算 2026")).toEqual(["部门预算", "2026"]);
    expect(queryPhrases("ＰＰＰ项目")).toEqual(["ppp", "项目"]);
  });
});

describe("rowChecks", () => {
  it("looks for Han phrases in the text and for Latin and number words among the tokens", () => {
    expect(rowChecks("ＰＰＰ 政府采购 2026 税")).toEqual({ inText: ["政府采购", "税"], asTokens: ["ppp", "2026"] });
  });

  it("matches exactly the rows the index and the LIKE recheck match", () => {
    const texts = ["2026年政府采购预算", "采购政府的预算", "APPP项目 府采购", "ppp 项目，政府采购意向公开", "税费 2026"];
    const queries = ["政府采购", "预算", "ppp", "ppp 项目", "府采", "2026 税", "采购政府", "税"];
    for (const raw of texts) {
      const text = normalize(raw);
      const tokens = new Set(documentTokens(raw));
      for (const query of queries) {
        const byIndex = queryTokens(query).every((t) => tokens.has(t)) && queryPhrases(query).every((p) => tokensProve(p) || text.includes(p));
        const { inText, asTokens } = rowChecks(query);
        expect(inText.every((p) => text.includes(p)) && asTokens.every((t) => tokens.has(t)), `${query} in ${raw}`).toBe(byIndex);
      }
    }
  });
});

describe("tokensProve", () => {
  it("trusts the tokens for Han phrases of one or two characters, which are tokens themselves", () => {
    expect(tokensProve("预算")).toBe(true);
    expect(tokensProve("税")).toBe(true);
  });

  it("asks for the recheck when bigrams could match out of order, or a word could hide inside another", () => {
    expect(tokensProve("政府采购")).toBe(false);
    expect(tokensProve("ppp")).toBe(false);
    expect(tokensProve("2026")).toBe(false);
  });

  it("agrees with the index: a 2-character phrase is in the text exactly when it is among the tokens", () => {
    const text = "关于2026年部门预算的说明。采购预\n算";
    for (const phrase of ["预算", "门预", "购预", "算的"]) expect(documentTokens(text).includes(phrase)).toBe(normalize(text).includes(phrase));
  });
});

describe("indexTokens", () => {
  const shares: Record<string, number> = { 政府: 0.6, 采购: 0.16, 府采: 0.02, 预算: 0.28, 工作: 0.5, 作报: 0.3 };
  const share = (token: string) => shares[token] ?? 0;

  it("looks up a long phrase by its rarer bigrams, the LIKE recheck confirming the rest", () => {
    expect(indexTokens("政府采购", share)).toEqual(["府采"]);
    expect(indexTokens("古树名木", share)).toEqual(["古树", "树名", "名木"]);
  });

  it("keeps the rarest bigram of a phrase whose bigrams are all common", () => {
    expect(indexTokens("工作报", share)).toEqual(["作报"]);
  });

  it("keeps every token the tokens alone prove, and whole Latin words, however common", () => {
    expect(indexTokens("预算 政府", share)).toEqual(["预算", "政府"]);
    expect(indexTokens("PPP 政府采购", share)).toEqual(["ppp", "府采"]);
  });

  it("is queryTokens when nothing is known about the tokens", () => {
    for (const query of ["政府采购", "部门预算 2026", "税"]) expect(indexTokens(query, () => 0)).toEqual(queryTokens(query));
  });
});
