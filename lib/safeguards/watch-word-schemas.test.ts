import { z } from "zod";
import { describe, expect, it } from "vitest";
import { watchWordSchema } from "./watch-word-schemas";
import { detectWords, wordListsWith } from "./word-lists";

const errors = (input: Record<string, unknown>) => {
  const parsed = watchWordSchema.safeParse(input);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
};

describe("watchWordSchema", () => {
  it("reads a unit id or system-wide scope from the form", () => {
    expect(watchWordSchema.parse({ scope: "12", kind: "SENSITIVE", word: " 内部掌握 ", correct: "", note: "" })).toEqual({
      scope: 12,
      kind: "SENSITIVE",
      word: "内部掌握",
      correct: undefined,
      note: "",
    });
    expect(watchWordSchema.parse({ scope: "system", kind: "WRONG", word: "布署", correct: "部署" })).toMatchObject({ scope: "system", correct: "部署" });
  });

  it("names each field's problem", () => {
    expect(errors({ scope: "", kind: "", word: "" })).toMatchObject({ scope: ["请选择适用范围"], kind: ["请选择类型"], word: ["请填写词语"] });
    expect(errors({ scope: "1", kind: "WRONG", word: "布署" })).toEqual({ correct: ["错误表述须填写正确表述"] });
    expect(errors({ scope: "1", kind: "SENSITIVE", word: "甲", correct: "乙" })).toEqual({ correct: ["敏感词不填写正确表述"] });
    expect(errors({ scope: "1", kind: "WRONG", word: "甲", correct: "甲" })).toEqual({ correct: ["正确表述与词语相同"] });
    expect(errors({ scope: "1", kind: "SENSITIVE", word: "两个 词" })).toEqual({ word: ["词语不能含空格或换行"] });
    expect(errors({ scope: "1", kind: "SENSITIVE", word: "长".repeat(31) })).toEqual({ word: ["词语不能超过 30 个字"] });
  });
});

describe("wordListsWith", () => {
  it("adds configured words to the built-in wrong expressions", () => {
    const lists = wordListsWith([
      { kind: "SENSITIVE", word: "内部掌握", correct: null },
      { kind: "WRONG", word: "大检察", correct: "大检查" },
    ]);
    expect(detectWords("安全生产大检察内部掌握，不得防碍执法", lists).map((f) => [f.type, f.match, f.suggestion])).toEqual([
      ["WRONG_EXPRESSION", "大检察", "大检查"],
      ["SENSITIVE_WORD", "内部掌握", undefined],
      ["WRONG_EXPRESSION", "防碍", "妨碍"],
    ]);
  });

  it("does not let a configured word replace a built-in correction", () => {
    expect(detectWords("防碍", wordListsWith([{ kind: "WRONG", word: "防碍", correct: "别的" }]))[0]?.suggestion).toBe("妨碍");
  });
});
