"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { domainFailure, formValues, validationFailure, type ActionResult } from "@/lib/action-result";
import { requireUser } from "@/lib/auth/guards";
import { acknowledgeFindingSchema, approvalSchema, clearanceSchema, entryInputSchema, returnSchema, unpublishSchema } from "@/lib/entries/schemas";
import {
  acknowledgeFinding,
  addAttachment,
  approveRevision,
  createDraft,
  maskFindings,
  precheckDraft,
  recordClearance,
  removeAttachment,
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
  redirect(`/admin/entries/${entryId}?done=saved`);
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
  redirect(`/admin/entries/${entryId}?done=saved`);
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
  redirect(`/admin/entries/${entryId}?done=${action === "submit" ? "submitted" : "withdrawn"}`);
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
  redirect(`/admin/entries/${entryId}?done=${parsed.data.conclusion === "NOT_PUBLIC" ? "withheld" : "cleared"}`);
}

/** Step 1: one pre-check finding marked as acceptable, with a note; `version` is the revision version shown. */
export async function acknowledgeFindingAction(entryId: number, findingId: number, version: number, _state: Result, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  const values = formValues(formData);
  const parsed = acknowledgeFindingSchema.safeParse({ ...values, version });
  if (!parsed.success) return validationFailure(parsed.error, values);
  try {
    await acknowledgeFinding({ actor, findingId: idSchema.parse(findingId), input: parsed.data });
  } catch (error) {
    return domainFailure(error, values);
  }
  refresh(entryId);
  redirect(`/admin/entries/${entryId}?done=acknowledged`);
}

/** One-click masking of one pre-check finding or of all personal data in the body (P6 item 2). */
export async function maskFindingsAction(entryId: number, revisionId: number, version: number, selection: number | "all-personal"): Promise<ActionResult> {
  const actor = await requireUser();
  try {
    const findingIds = selection === "all-personal" ? selection : [idSchema.parse(selection)];
    await maskFindings({ actor, revisionId: idSchema.parse(revisionId), version: z.number().int().parse(version), findingIds });
  } catch (error) {
    return domainFailure(error);
  }
  refresh(entryId);
  redirect(`/admin/entries/${entryId}?done=masked`);
}

export async function precheckDraftAction(entryId: number, revisionId: number, version: number): Promise<ActionResult> {
  const actor = await requireUser();
  let findings: number;
  try {
    ({ findings } = await precheckDraft({ actor, revisionId: idSchema.parse(revisionId), version: z.number().int().parse(version) }));
  } catch (error) {
    return domainFailure(error);
  }
  refresh(entryId);
  redirect(`/admin/entries/${entryId}?done=${findings ? "prechecked" : "precheckedClean"}`);
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
  redirect(`/admin/entries/${entryId}?done=returned`);
}

export async function approveAction(entryId: number, revisionId: number, _state: Result, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  const values = formValues(formData);
  const parsed = approvalSchema.safeParse(values);
  if (!parsed.success) return validationFailure(parsed.error, values);
  let published: boolean;
  try {
    published = (await approveRevision({ actor, revisionId: idSchema.parse(revisionId), input: parsed.data })).published;
  } catch (error) {
    return domainFailure(error, values);
  }
  refresh(entryId);
  redirect(`/admin/entries/${entryId}?done=${published ? "published" : "scheduled"}`);
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
  redirect(`/admin/entries/${entryId}?done=unpublished`);
}

export async function uploadAttachmentAction(entryId: number, revisionId: number, _state: Result, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { ok: false, message: "请选择要上传的文件。", fieldErrors: { file: ["请选择要上传的文件"] } };
  try {
    await addAttachment({ actor, revisionId: idSchema.parse(revisionId), file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } });
  } catch (error) {
    return domainFailure(error);
  }
  refresh(entryId);
  return { ok: true, message: `已上传「${file.name}」。` };
}

export async function removeAttachmentAction(entryId: number, attachmentId: number): Promise<ActionResult> {
  const actor = await requireUser();
  try {
    await removeAttachment({ actor, attachmentId: idSchema.parse(attachmentId) });
  } catch (error) {
    return domainFailure(error);
  }
  refresh(entryId);
  return { ok: true, message: "附件已删除。" };
}
