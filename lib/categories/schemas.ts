import { z } from "zod";

const optionalId = (message: string) =>
  z.preprocess(
    (v) => (v === "" || v === null || v === undefined ? undefined : v),
    z.coerce.number({ error: message }).int(message).positive(message).optional(),
  );

export const categorySchema = z.object({
  kind: z.enum(["TOPIC", "GENRE"], { error: "请选择类别" }),
  name: z.string({ error: "请填写名称" }).trim().min(1, "请填写名称").max(30, "名称不能超过 30 个字"),
  parentId: optionalId("上级分类无效"),
  /** Empty: system-wide (system administrators only). */
  unitId: optionalId("单位无效"),
});
export type CategoryInput = z.infer<typeof categorySchema>;

/** A catalogue column's expected update interval; empty removes it. */
export const updateIntervalSchema = z.object({
  categoryId: z.coerce.number({ error: "请选择栏目" }).int("请选择栏目").positive("请选择栏目"),
  days: z.preprocess(
    (v) => (v === "" || v === undefined ? null : v),
    z.coerce.number({ error: "请填写天数" }).int("请填写整数天数").min(1, "至少 1 天").max(3660, "最长 3660 天（十年）").nullable(),
  ),
});
export type UpdateIntervalInput = z.infer<typeof updateIntervalSchema>;
