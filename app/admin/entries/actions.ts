"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { domainFailure, formValues, validationFailure, type ActionResult } from "@/lib/action-result";
import { requireUser } from "@/lib/auth/guards";
import { approvalSchema, clearanceSchema, entryInputSchema, returnSchema, unpublishSchema } from "@/lib/entries/schemas";
import {
  approveRevision,
  createDraft,
  recordClearance,
  returnToDrafter,
  startRevision,
  submitRevision,
  unpublishRevision,
  updateRevision,
  withdrawSubmission,
} from "@/lib/entries/service";
import { idSchema } from "@/lib/units/schemas";

type Result = ActionResult | null;

const refresh = (entryId: number) => {
  revalidatePath(`/admin/entries/${entryId}`);
  revalidatePath(`/entries/${entryId}`);
  revalidatePath("/admin", "layout");
};

export async function createEntryAction(_state: Result, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  const values = formValues(formData);
  const parsed = entryInputSchema.safeParse(values);
  const unitId = idSchema.safeParse(values.unitId);
  if (!unitId.success) return { ok: false, message: "请选择发布机构。", fieldErrors: { unitId: ["请选择发布机构"] }, values };
  if (!parsed.success) return validationFailure(parsed.error, values);
  let entryId: number;
  try {
    entryId = (await createDraft({ actor, unitId: unitId.data, input: parsed.data })).entryId;
  } catch (error) {
    return domainFailure(error, values);
  }
  refresh(entryId);
  redirect(`/admin/entries/${entryId}?saved=1`);
}

export async function updateEntryAction(entryId: number, revisionId: number, version: number, _state: Result, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  const values = formValues(formData);
  const parsed = entryInputSchema.safeParse(values);
  if (!parsed.success) return validationFailure(parsed.error, values);
  try {
    await updateRevision({ actor, revisionId: idSchema.parse(revisionId), version: z.number().int().parse(version), input: parsed.data });
  } catch (error) {
    return domainFailure(error, values);
  }
  refresh(entryId);
  redirect(`/admin/entries/${entryId}?saved=1`);
}

/** Actions that take no input beyond the revision: submit, withdraw a submission. */
export async function simpleTransitionAction(entryId: number, revisionId: number, action: "submit" | "withdraw"): Promise<ActionResult> {
  const actor = await requireUser();
  try {
    const id = idSchema.parse(revisionId);
    if (action === "submit") await submitRevision({ actor, revisionId: id });
    else if (action === "withdraw") await withdrawSubmission({ actor, revisionId: id });
    else return { ok: false, message: "未知操作。" };
  } catch (error) {
    return domainFailure(error);
  }
  refresh(entryId);
  return { ok: true, message: action === "submit" ? "已提交保密审查。" : "已撤回提交。" };
}

export async function startRevisionAction(entryId: number): Promise<ActionResult> {
  const actor = await requireUser();
  try {
    await startRevision({ actor, entryId: idSchema.parse(entryId) });
  } catch (error) {
    return domainFailure(error);
  }
  refresh(entryId);
  redirect(`/admin/entries/${entryId}/edit`);
}

export async function clearanceAction(entryId: number, revisionId: number, _state: Result, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  const values = formValues(formData);
  const parsed = clearanceSchema.safeParse(values);
  if (!parsed.success) return validationFailure(parsed.error, values);
  try {
    await recordClearance({ actor, revisionId: idSchema.parse(revisionId), input: parsed.data });
  } catch (error) {
    return domainFailure(error, values);
  }
  refresh(entryId);
  return { ok: true, message: parsed.data.conclusion === "NOT_PUBLIC" ? "已认定不予公开。" : "保密审查已通过，已转分管领导审批。" };
}

export async function returnAction(entryId: number, revisionId: number, _state: Result, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  const values = formValues(formData);
  const parsed = returnSchema.safeParse(values);
  if (!parsed.success) return validationFailure(parsed.error, values);
  try {
    await returnToDrafter({ actor, revisionId: idSchema.parse(revisionId), input: parsed.data });
  } catch (error) {
    return domainFailure(error, values);
  }
  refresh(entryId);
  return { ok: true, message: "已退回起草人修改。" };
}

export async function approveAction(entryId: number, revisionId: number, _state: Result, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  const values = formValues(formData);
  const parsed = approvalSchema.safeParse(values);
  if (!parsed.success) return validationFailure(parsed.error, values);
  try {
    const result = await approveRevision({ actor, revisionId: idSchema.parse(revisionId), input: parsed.data });
    refresh(entryId);
    return { ok: true, message: result.published ? `已审批并发布，索引号 ${result.indexNo}。` : "已审批，将按设定时间自动发布。" };
  } catch (error) {
    return domainFailure(error, values);
  }
}

export async function unpublishAction(entryId: number, revisionId: number, _state: Result, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  const values = formValues(formData);
  const parsed = unpublishSchema.safeParse(values);
  if (!parsed.success) return validationFailure(parsed.error, values);
  try {
    await unpublishRevision({ actor, revisionId: idSchema.parse(revisionId), input: parsed.data });
  } catch (error) {
    return domainFailure(error, values);
  }
  refresh(entryId);
  return { ok: true, message: "已撤销发布，公众页面显示撤销说明。" };
}
