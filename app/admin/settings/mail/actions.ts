"use server";

import { revalidatePath } from "next/cache";
import { domainFailure, formValues, validationFailure, type ActionResult } from "@/lib/action-result";
import { requireUser } from "@/lib/auth/guards";
import { saveMailSettings, sendTestMail } from "@/lib/notifications/mail";
import { mailSettingsSchema, testMailSchema } from "@/lib/notifications/schemas";

export async function saveMailSettingsAction(_state: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  const values = formValues(formData);
  const parsed = mailSettingsSchema.safeParse(values);
  if (!parsed.success) return validationFailure(parsed.error, values);
  try {
    await saveMailSettings({ actor, input: parsed.data });
  } catch (error) {
    return domainFailure(error, values);
  }
  revalidatePath("/admin/settings/mail");
  return { ok: true, message: "邮件设置已保存。" };
}

export async function sendTestMailAction(_state: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  const values = formValues(formData);
  const parsed = testMailSchema.safeParse(values);
  if (!parsed.success) return validationFailure(parsed.error, values);
  try {
    await sendTestMail({ actor, to: parsed.data.to });
  } catch (error) {
    return domainFailure(error, values);
  }
  return { ok: true, message: `测试邮件已发送至 ${parsed.data.to}。` };
}
