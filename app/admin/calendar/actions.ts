"use server";

import { revalidatePath } from "next/cache";
import { domainFailure, formValues, validationFailure, type ActionResult } from "@/lib/action-result";
import { requireUser } from "@/lib/auth/guards";
import { isIsoDate } from "@/lib/requests/dates";
import { calendarOverrideSchema } from "@/lib/requests/schemas";
import { removeCalendarDay, saveCalendarDay } from "@/lib/requests/due-dates";

const recomputed = (changed: number) => (changed ? `${changed} 件在办申请的答复期限已重新计算。` : "在办申请的答复期限不受影响。");

export async function saveCalendarDayAction(_state: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  const values = formValues(formData);
  const parsed = calendarOverrideSchema.safeParse(values);
  if (!parsed.success) return validationFailure(parsed.error, values);
  let changed: number;
  try {
    changed = await saveCalendarDay({ actor, input: parsed.data });
  } catch (error) {
    return domainFailure(error, values);
  }
  revalidatePath("/admin/calendar");
  return { ok: true, message: `已保存 ${parsed.data.date}。${recomputed(changed)}` };
}

export async function removeCalendarDayAction(date: string): Promise<ActionResult> {
  const actor = await requireUser();
  if (!isIsoDate(date)) return { ok: false, message: "日期不正确。" };
  let changed: number;
  try {
    changed = await removeCalendarDay({ actor, date });
  } catch (error) {
    return domainFailure(error);
  }
  revalidatePath("/admin/calendar");
  return { ok: true, message: `已删除 ${date}。${recomputed(changed)}` };
}
