"use server";

import { revalidatePath } from "next/cache";
import { domainFailure, formValues, validationFailure, type ActionResult } from "@/lib/action-result";
import { requireUser } from "@/lib/auth/guards";
import { purgeExpiredRecords } from "@/lib/site/purge";
import { describePurgeCounts, type PurgeCounts } from "@/lib/site/retention";
import { retentionSettingsSchema, siteSettingsSchema } from "@/lib/site/schemas";
import { updateRetentionSettings, updateSiteSettings } from "@/lib/site/service";

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

export async function updateRetentionSettingsAction(_state: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  const values = formValues(formData);
  const parsed = retentionSettingsSchema.safeParse(values);
  if (!parsed.success) return validationFailure(parsed.error, values);
  try {
    await updateRetentionSettings({ actor, input: parsed.data });
  } catch (error) {
    return domainFailure(error, values);
  }
  revalidatePath("/admin/settings");
  return { ok: true, message: "数据保存期限已保存，下次清理时按新的期限执行。" };
}

/** 立即清理: deletes what the retention periods say is due, now. */
export async function purgeExpiredRecordsAction(): Promise<ActionResult> {
  const actor = await requireUser();
  let counts: PurgeCounts;
  try {
    counts = await purgeExpiredRecords({ actor });
  } catch (error) {
    return domainFailure(error);
  }
  revalidatePath("/admin/settings");
  return { ok: true, message: `已清理：${describePurgeCounts(counts)}。` };
}
