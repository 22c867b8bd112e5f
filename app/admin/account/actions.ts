"use server";

import { revalidatePath } from "next/cache";
import { domainFailure, formValues, validationFailure, type ActionResult } from "@/lib/action-result";
import { requireUser } from "@/lib/auth/guards";
import { emailSettingsSchema } from "@/lib/users/schemas";
import { updateOwnEmailSettings } from "@/lib/users/service";

export async function updateEmailSettingsAction(_state: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  const values = formValues(formData);
  const parsed = emailSettingsSchema.safeParse(values);
  if (!parsed.success) return validationFailure(parsed.error, values);
  try {
    await updateOwnEmailSettings({ actor, input: parsed.data });
  } catch (error) {
    return domainFailure(error, values);
  }
  revalidatePath("/admin/account");
  return { ok: true, message: "邮件提醒设置已保存。" };
}
