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
