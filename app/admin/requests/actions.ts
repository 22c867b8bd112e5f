"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ApplicationSubmitted } from "@/components/requests/application-form";
import { domainFailure, formValues, validationFailure, type ActionResult } from "@/lib/action-result";
import { requireUser } from "@/lib/auth/guards";
import { REQUEST_ACTION_LABELS, type RequestAction } from "@/lib/requests/model";
import { answerDraftSchema, assignSchema, intakeSchema, registerSchema, requestActionSchema, requestNoteSchema } from "@/lib/requests/schemas";
import { addRequestNote, assignRequest } from "@/lib/requests/assignment";
import { linkEntry, promoteToCatalogue } from "@/lib/requests/catalogue";
import { intakeApplication, registerApplication } from "@/lib/requests/intake";
import { actOnRequest, saveAnswerDraft } from "@/lib/requests/processing";
import { idSchema } from "@/lib/units/schemas";

export async function intakeApplicationAction(
  _state: ActionResult<ApplicationSubmitted> | null,
  formData: FormData,
): Promise<ActionResult<ApplicationSubmitted>> {
  const actor = await requireUser();
  const values = formValues(formData);
  const parsed = intakeSchema.safeParse(values);
  if (!parsed.success) return validationFailure(parsed.error, values);
  try {
    const { trackingCode, secret } = await intakeApplication({ actor, input: parsed.data });
    revalidatePath("/admin/requests");
    return { ok: true, trackingCode, secret };
  } catch (error) {
    return domainFailure(error, values);
  }
}

export async function registerApplicationAction(requestId: number, version: number, _state: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  const values = formValues(formData);
  const parsed = registerSchema.safeParse(values);
  if (!parsed.success) return validationFailure(parsed.error, values);
  try {
    await registerApplication({ actor, requestId: idSchema.parse(requestId), receivedOn: parsed.data.receivedOn, version });
  } catch (error) {
    return domainFailure(error, values);
  }
  revalidatePath(`/admin/requests/${requestId}`);
  return { ok: true, message: "已确认收到，答复期限开始计算。" };
}

/** One step of the request's processing (lib/requests/model.ts decides whether it is allowed). */
export async function requestStepAction(
  requestId: number,
  version: number,
  action: RequestAction,
  _state: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  const actor = await requireUser();
  const values = formValues(formData);
  const parsed = requestActionSchema.safeParse({ ...values, action });
  if (!parsed.success) return validationFailure(parsed.error, values);
  try {
    await actOnRequest({ actor, requestId: idSchema.parse(requestId), version, input: parsed.data });
  } catch (error) {
    return domainFailure(error, values);
  }
  revalidatePath(`/admin/requests/${requestId}`);
  return { ok: true, message: `已${REQUEST_ACTION_LABELS[action]}。` };
}

export async function saveAnswerDraftAction(requestId: number, _state: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  const values = formValues(formData);
  const parsed = answerDraftSchema.safeParse(values);
  if (!parsed.success) return validationFailure(parsed.error, values);
  try {
    await saveAnswerDraft({ actor, requestId: idSchema.parse(requestId), input: parsed.data });
  } catch (error) {
    return domainFailure(error, values);
  }
  revalidatePath(`/admin/requests/${requestId}`);
  return { ok: true, message: "答复草稿已保存。请核对答复书正文，确认无误后提交审批。" };
}

export async function linkEntryAction(requestId: number, _state: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  const values = formValues(formData);
  const indexNo = typeof values.indexNo === "string" ? values.indexNo.trim() : "";
  if (!indexNo) return { ok: false, message: "请填写索引号。", fieldErrors: { indexNo: ["请填写索引号"] }, values };
  try {
    await linkEntry({ actor, requestId: idSchema.parse(requestId), indexNo });
  } catch (error) {
    return domainFailure(error, values);
  }
  revalidatePath(`/admin/requests/${requestId}`);
  return { ok: true, message: `已关联 ${indexNo}。` };
}

export async function promoteToCatalogueAction(requestId: number): Promise<ActionResult> {
  const actor = await requireUser();
  let entryId: number;
  try {
    entryId = (await promoteToCatalogue({ actor, requestId: idSchema.parse(requestId) })).entryId;
  } catch (error) {
    return domainFailure(error);
  }
  redirect(`/admin/entries/${entryId}`);
}

export async function assignRequestAction(requestId: number, version: number, _state: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  const values = formValues(formData);
  const parsed = assignSchema.safeParse(values);
  if (!parsed.success) return validationFailure(parsed.error, values);
  try {
    await assignRequest({ actor, requestId, version, input: parsed.data });
  } catch (error) {
    return domainFailure(error, values);
  }
  revalidatePath(`/admin/requests/${requestId}`);
  return { ok: true, message: "已分派。" };
}

export async function addRequestNoteAction(requestId: number, _state: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  const values = formValues(formData);
  const parsed = requestNoteSchema.safeParse(values);
  if (!parsed.success) return validationFailure(parsed.error, values);
  try {
    await addRequestNote({ actor, requestId, body: parsed.data.body });
  } catch (error) {
    return domainFailure(error, values);
  }
  revalidatePath(`/admin/requests/${requestId}`);
  return { ok: true, message: "已添加备注。" };
}
