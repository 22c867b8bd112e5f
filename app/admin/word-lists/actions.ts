"use server";

import { revalidatePath } from "next/cache";
import { domainFailure, formValues, validationFailure, type ActionResult } from "@/lib/action-result";
import { requireUser } from "@/lib/auth/guards";
import { watchWordSchema } from "@/lib/safeguards/watch-word-schemas";
import { addWatchWord, removeWatchWord } from "@/lib/safeguards/watch-words";

export async function addWatchWordAction(_state: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  const values = formValues(formData);
  const parsed = watchWordSchema.safeParse(values);
  if (!parsed.success) return validationFailure(parsed.error, values);
  try {
    await addWatchWord({ actor, input: parsed.data });
  } catch (error) {
    return domainFailure(error, values);
  }
  revalidatePath("/admin/word-lists");
  return { ok: true, message: `已加入「${parsed.data.word}」，此后提交审查的信息将按它预检。` };
}

export async function removeWatchWordAction(id: number): Promise<ActionResult> {
  const actor = await requireUser();
  if (!Number.isSafeInteger(id) || id <= 0) return { ok: false, message: "记录编号不正确。" };
  try {
    await removeWatchWord({ actor, id });
  } catch (error) {
    return domainFailure(error);
  }
  revalidatePath("/admin/word-lists");
  return { ok: true, message: "已删除。" };
}
