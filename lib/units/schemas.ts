import { z } from "zod";
import { checkUnitCode, UNIT_KINDS } from "./model";

const optionalId = z.preprocess(
  (v) => (v === "" || v === null ? undefined : v),
  z.coerce.number({ error: "请选择上级单位" }).int("请选择上级单位").positive("请选择上级单位").optional(),
);

export const unitSchema = z.object({
  name: z.string({ error: "请填写单位全称" }).trim().min(2, "请填写单位全称（至少 2 个字）").max(100, "单位名称不能超过 100 个字"),
  shortName: z
    .string()
    .trim()
    .max(20, "简称不能超过 20 个字")
    .transform((v) => v || null)
    .nullable()
    .optional(),
  code: z
    .string({ error: "请填写单位代码" })
    .trim()
    .toUpperCase()
    .superRefine((code, ctx) => {
      const problem = checkUnitCode(code);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  kind: z.enum(UNIT_KINDS, { error: "请选择单位类型" }),
  parentId: optionalId,
  sortOrder: z.coerce.number({ error: "排序号须为整数" }).int("排序号须为整数").min(0, "排序号不能小于 0").max(9999, "排序号不能大于 9999").default(0),
});

export type UnitInput = z.infer<typeof unitSchema>;

export const idSchema = z.coerce.number().int().positive();
