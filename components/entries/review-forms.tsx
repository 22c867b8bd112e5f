"use client";

import { useActionState, useState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Options } from "@/components/ui/options";
import type { ActionResult } from "@/lib/action-result";
import { ATTRIBUTE_LABELS } from "@/lib/entries/model";
import { CLEARANCE_CONCLUSION_LABELS, RETURN_REASONS, WITHDRAWAL_REASONS, WITHHOLDING_GROUNDS } from "@/lib/review/model";
import { resultKey } from "@/components/ui/result-key";

type Action = (state: ActionResult | null, formData: FormData) => Promise<ActionResult>;

function useForm(action: Action) {
  const [result, formAction] = useActionState(action, null);
  const failed = result && !result.ok ? result : null;
  return { result, formAction, errors: failed?.fieldErrors, values: failed?.values ?? {} };
}

const str = (v: unknown) => (typeof v === "string" ? v : "");

/** Step 1: the structured 保密审查 record. */
export function ClearanceForm({ action, proposedAttribute }: { action: Action; proposedAttribute: string }) {
  const { result, formAction, errors, values } = useForm(action);
  const [conclusion, setConclusion] = useState(str(values.conclusion) || "PUBLIC");
  return (
    <form key={resultKey(result)} action={formAction} noValidate className="space-y-4">
      <FormMessage result={result} />
      <fieldset className="space-y-2">
        <legend className="font-medium">审查结论</legend>
        {Object.entries(CLEARANCE_CONCLUSION_LABELS).map(([value, label]) => (
          <label key={value} className="flex items-center gap-2">
            <input type="radio" name="conclusion" value={value} checked={conclusion === value} onChange={() => setConclusion(value)} className="size-5" />
            {label}
          </label>
        ))}
      </fieldset>
      {conclusion === "NOT_PUBLIC" && (
        <Field name="legalGround" label="不予公开的法定依据" errors={errors} required>
          {(p) => (
            <select {...p} defaultValue={str(values.legalGround)} className={inputClass}>
              <option value="">请选择</option>
              <Options items={WITHHOLDING_GROUNDS} />
            </select>
          )}
        </Field>
      )}
      <Field name="attribute" label="公开属性认定" errors={errors} required>
        {(p) => (
          <select {...p} defaultValue={str(values.attribute) || proposedAttribute} className={inputClass}>
            <Options items={ATTRIBUTE_LABELS} />
          </select>
        )}
      </Field>
      <Field name="note" id="clearance-note" label="审查意见" errors={errors} hint="部分公开须写明区分处理的内容">
        {(p) => <textarea {...p} rows={3} defaultValue={str(values.note)} className={inputClass} />}
      </Field>
      <SubmitButton variant={conclusion === "NOT_PUBLIC" ? "danger" : "primary"}>{conclusion === "NOT_PUBLIC" ? "认定不予公开" : "保密审查通过"}</SubmitButton>
    </form>
  );
}

/** Step 1: marks one pre-check finding as acceptable; the note says why. */
export function AcknowledgeFindingForm({ action, findingId }: { action: Action; findingId: number }) {
  const { result, formAction, errors, values } = useForm(action);
  return (
    <form key={resultKey(result)} action={formAction} noValidate className="space-y-2">
      <FormMessage result={result} />
      <Field name="note" id={`finding-${findingId}-note`} label="确认说明" errors={errors} required hint="说明为何可以公开，例如：为单位公开的办公电话">
        {(p) => <input {...p} defaultValue={str(values.note)} className={inputClass} />}
      </Field>
      <SubmitButton variant="secondary">确认无碍</SubmitButton>
    </form>
  );
}

export function ReturnForm({ action }: { action: Action }) {
  const { result, formAction, errors, values } = useForm(action);
  return (
    <form key={resultKey(result)} action={formAction} noValidate className="space-y-4">
      <FormMessage result={result} />
      <Field name="reason" label="退回原因" errors={errors} required>
        {(p) => (
          <select {...p} defaultValue={str(values.reason)} className={inputClass}>
            <option value="">请选择</option>
            <Options items={RETURN_REASONS} />
          </select>
        )}
      </Field>
      <Field name="note" id="return-note" label="退回意见" errors={errors} required hint="告诉起草人需要修改什么">
        {(p) => <textarea {...p} rows={3} defaultValue={str(values.note)} className={inputClass} />}
      </Field>
      <SubmitButton variant="secondary">退回修改</SubmitButton>
    </form>
  );
}

export function ApproveForm({ action }: { action: Action }) {
  const { result, formAction, errors, values } = useForm(action);
  return (
    <form key={resultKey(result)} action={formAction} noValidate className="space-y-4">
      <FormMessage result={result} />
      <Field name="note" id="approval-note" label="审批意见" errors={errors}>
        {(p) => <textarea {...p} rows={2} defaultValue={str(values.note)} className={inputClass} />}
      </Field>
      <Field name="publishAt" label="定时发布（北京时间）" errors={errors} hint="留空则审批后立即发布">
        {(p) => <input {...p} type="datetime-local" defaultValue={str(values.publishAt)} className={`${inputClass} w-64`} />}
      </Field>
      <SubmitButton>审批通过并发布</SubmitButton>
    </form>
  );
}

export function UnpublishForm({ action }: { action: Action }) {
  const { result, formAction, errors, values } = useForm(action);
  return (
    <form key={resultKey(result)} action={formAction} noValidate className="space-y-4">
      <FormMessage result={result} />
      <Field name="reason" label="撤销原因" errors={errors} required>
        {(p) => (
          <select {...p} defaultValue={str(values.reason)} className={inputClass}>
            <option value="">请选择</option>
            <Options items={WITHDRAWAL_REASONS} />
          </select>
        )}
      </Field>
      <Field name="note" id="unpublish-note" label="撤销说明" errors={errors} required hint="公众页面将显示撤销日期和原因类别">
        {(p) => <textarea {...p} rows={2} defaultValue={str(values.note)} className={inputClass} />}
      </Field>
      <SubmitButton variant="danger">撤销发布</SubmitButton>
    </form>
  );
}
