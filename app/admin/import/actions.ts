"use server";

import { revalidatePath } from "next/cache";
import { domainFailure, formValues, validationFailure, type ActionResult } from "@/lib/action-result";
import { requireUser } from "@/lib/auth/guards";
import { importMappingSchema } from "@/lib/import/schemas";
import { saveImportMapping, startImport } from "@/lib/import/service";

const isId = (id: number) => Number.isSafeInteger(id) && id > 0;

export async function saveImportMappingAction(jobId: number, _state: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  if (!isId(jobId)) return { ok: false, message: "记录编号不正确。" };
  const values = formValues(formData);
  const parsed = importMappingSchema.safeParse(values);
  if (!parsed.success) return validationFailure(parsed.error, values);
  try {
    await saveImportMapping({ actor, jobId, input: parsed.data });
  } catch (error) {
    return domainFailure(error, values);
  }
  revalidatePath(`/admin/import/${jobId}`);
  return { ok: true, message: "已保存，下方预览已按新的对应关系更新。" };
}

/** Starts the dry run or the import in the background of the server; the page then shows its progress. */
export async function startImportAction(jobId: number, dryRun: boolean): Promise<ActionResult> {
  const actor = await requireUser();
  if (!isId(jobId) || typeof dryRun !== "boolean") return { ok: false, message: "记录编号不正确。" };
  try {
    await startImport({ actor, jobId, dryRun });
  } catch (error) {
    return domainFailure(error);
  }
  revalidatePath(`/admin/import/${jobId}`);
  return { ok: true, message: dryRun ? "已开始校验。" : "已开始导入。" };
}
