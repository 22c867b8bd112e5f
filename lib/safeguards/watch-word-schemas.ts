import { z } from "zod";

const word = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(30, `${label}不能超过 30 个字`)
    .refine((w) => !/\s/.test(w), `${label}不能含空格或换行`);

/** A word added to the pre-check's lists. `scope` is "system" (system administrators only) or a unit id. */
export const watchWordSchema = z
  .object({
    scope: z.preprocess(
      (v) => (typeof v === "string" && /^\d+$/.test(v) ? Number(v) : v),
      z.union([z.literal("system"), z.number().int().positive()], { error: "请选择适用范围" }),
    ),
    kind: z.enum(["SENSITIVE", "WRONG"], { error: "请选择类型" }),
    word: word("词语"),
    correct: z.preprocess((v) => (v === "" ? undefined : v), word("正确表述").optional()),
    note: z.string().trim().max(100, "说明不能超过 100 个字").default(""),
  })
  .superRefine((input, ctx) => {
    if (input.kind === "WRONG" && !input.correct) ctx.addIssue({ code: "custom", path: ["correct"], message: "错误表述须填写正确表述" });
    if (input.kind === "SENSITIVE" && input.correct) ctx.addIssue({ code: "custom", path: ["correct"], message: "敏感词不填写正确表述" });
    if (input.correct && input.correct === input.word) ctx.addIssue({ code: "custom", path: ["correct"], message: "正确表述与词语相同" });
  });
export type WatchWordInput = z.infer<typeof watchWordSchema>;

export const WATCH_WORD_KIND_LABELS = { SENSITIVE: "敏感词", WRONG: "错误表述" } as const;
