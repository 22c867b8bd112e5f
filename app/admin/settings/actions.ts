"use server";

import { domainFailure, formValues, validationFailure, type ActionResult } from "@/lib/action-result";
import { requireUser } from "@/lib/auth/guards";
import { siteSettingsSchema } from "@/lib/site/schemas";
import { updateSiteSettings } from "@/lib/site/service";

export async function updateSiteSettingsAction(_state: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  const values = formValues(formData);
  const parsed = siteSettingsSchema.safeParse(values);
  if (!parsed.success) return validationFailure(parsed.error, values);
  try {
    await updateSiteSettings({ actor, input: parsed.data });
  } catch (error) {
    return domainFailure(error, values);
  }
  return { ok: true, message: "网站设置已保存，公开页面页脚已更新。" };
}
