"use server";

import { revalidatePath } from "next/cache";
import type { ApplicationSubmitted } from "@/components/requests/application-form";
import { domainFailure, formValues, validationFailure, type ActionResult } from "@/lib/action-result";
import { requireUser } from "@/lib/auth/guards";
import { intakeSchema, registerSchema } from "@/lib/requests/schemas";
import { intakeApplication, registerApplication } from "@/lib/requests/service";
import { idSchema } from "@/lib/units/schemas";

export async function intakeApplicationAction(
  _state: ActionResult<ApplicationSubmitted> | null,
  formData: FormData,
): Promise<ActionResult<ApplicationSubmitted>> {
  const actor = await requireUser();
  const values = formValues(formData);
  const parsed = intakeSchema.safeParse(values);
  if (!parsed.success) return validationFailure(parsed.error, values);
  try {
    const { trackingCode, secret } = await intakeApplication({ actor, input: parsed.data });
    revalidatePath("/admin/requests");
    return { ok: true, trackingCode, secret };
  } catch (error) {
    return domainFailure(error, values);
  }
}

export async function registerApplicationAction(requestId: number, version: number, _state: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  const values = formValues(formData);
  const parsed = registerSchema.safeParse(values);
  if (!parsed.success) return validationFailure(parsed.error, values);
  try {
    await registerApplication({ actor, requestId: idSchema.parse(requestId), receivedOn: parsed.data.receivedOn, version });
  } catch (error) {
    return domainFailure(error, values);
  }
  revalidatePath(`/admin/requests/${requestId}`);
  return { ok: true, message: "已确认收到，答复期限开始计算。" };
}
