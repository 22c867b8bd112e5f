"use server";

import { revalidatePath } from "next/cache";
import { domainFailure, formValues, validationFailure, type ActionResult } from "@/lib/action-result";
import { requireUser } from "@/lib/auth/guards";
import { categorySchema, updateIntervalSchema } from "@/lib/categories/schemas";
import { createCategory, setUpdateInterval } from "@/lib/categories/service";

export async function createCategoryAction(_state: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  const values = formValues(formData);
  const parsed = categorySchema.safeParse(values);
  if (!parsed.success) return validationFailure(parsed.error, values);
  try {
    await createCategory({ actor, input: parsed.data });
  } catch (error) {
    return domainFailure(error, values);
  }
  revalidatePath("/admin/categories");
  return { ok: true, message: `已新增「${parsed.data.name}」。` };
}

export async function setUpdateIntervalAction(_state: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  const values = formValues(formData);
  const parsed = updateIntervalSchema.safeParse(values);
  if (!parsed.success) return validationFailure(parsed.error, values);
  try {
    await setUpdateInterval({ actor, input: parsed.data });
  } catch (error) {
    return domainFailure(error, values);
  }
  revalidatePath("/admin/categories");
  return { ok: true, message: "已保存栏目更新周期。" };
}
