"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { domainFailure, formValues, validationFailure, type ActionResult } from "@/lib/action-result";
import { requireUser } from "@/lib/auth/guards";
import { guideSchema } from "@/lib/site/schemas";
import { saveGuide } from "@/lib/site/service";
import { idSchema, unitSchema } from "@/lib/units/schemas";
import { createUnit, setUnitDisabled, updateUnit } from "@/lib/units/service";

export async function createUnitAction(_state: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  const values = formValues(formData);
  const parsed = unitSchema.safeParse(values);
  if (!parsed.success) return validationFailure(parsed.error, values);
  let unitId: number;
  try {
    unitId = (await createUnit({ actor, input: parsed.data })).id;
  } catch (error) {
    return domainFailure(error, values);
  }
  revalidatePath("/admin/units");
  redirect(`/admin/units/${unitId}?created=1`);
}

export async function updateUnitAction(unitId: number, _state: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  const values = formValues(formData);
  const parsed = unitSchema.safeParse(values);
  if (!parsed.success) return validationFailure(parsed.error, values);
  try {
    await updateUnit({ actor, unitId: idSchema.parse(unitId), input: parsed.data });
  } catch (error) {
    return domainFailure(error, values);
  }
  revalidatePath("/admin/units");
  return { ok: true, message: "已保存。" };
}

export async function setUnitDisabledAction(unitId: number, disabled: boolean): Promise<ActionResult> {
  const actor = await requireUser();
  try {
    await setUnitDisabled({ actor, unitId: idSchema.parse(unitId), disabled: disabled === true });
  } catch (error) {
    return domainFailure(error);
  }
  revalidatePath("/admin/units");
  return { ok: true, message: disabled ? "单位已停用。" : "单位已启用。" };
}

export async function saveGuideAction(unitId: number, _state: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  const values = formValues(formData);
  const parsed = guideSchema.safeParse(values);
  if (!parsed.success) return validationFailure(parsed.error, values);
  try {
    await saveGuide({ actor, unitId: idSchema.parse(unitId), input: parsed.data });
  } catch (error) {
    return domainFailure(error, values);
  }
  revalidatePath(`/admin/units/${unitId}/guide`);
  return { ok: true, message: "公开指南已保存并在公开网站上更新。" };
}
