"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { domainFailure, formValues, validationFailure, type ActionResult } from "@/lib/action-result";
import { requireUser } from "@/lib/auth/guards";
import { annualReportFormSchema } from "@/lib/reports/figures";
import { draftAnnualReportEntry, saveAnnualReport } from "@/lib/reports/service";

export async function saveAnnualReportAction(
  unitId: number,
  year: number,
  version: number,
  _state: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  const actor = await requireUser();
  const values = formValues(formData);
  const parsed = annualReportFormSchema.safeParse(values);
  if (!parsed.success) return validationFailure(parsed.error, values);
  try {
    await saveAnnualReport({ actor, unitId, year, version, input: parsed.data });
  } catch (error) {
    return domainFailure(error, values);
  }
  revalidatePath("/admin/reports/annual");
  return { ok: true, message: "已保存。表格和问题清单已按填报内容更新。" };
}

/** Files the checked report as a draft entry of 政府信息公开年报 and opens it, where the clerk submits it for review. */
export async function draftAnnualReportEntryAction(unitId: number, year: number, version: number): Promise<ActionResult> {
  const actor = await requireUser();
  let entryId: number;
  try {
    ({ entryId } = await draftAnnualReportEntry({ actor, unitId, year, version }));
  } catch (error) {
    return domainFailure(error, {});
  }
  revalidatePath("/admin/reports/annual");
  redirect(`/admin/entries/${entryId}?done=reportDrafted`);
}
