"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Options } from "@/components/ui/options";
import type { ActionResult } from "@/lib/action-result";
import type { ApplicationFormOptions } from "./application-form-options";
import { SubmittedPanel } from "./submitted-panel";
import { resultKey } from "@/components/ui/result-key";

export type ApplicationSubmitted = { ok: true; trackingCode: string; secret: string };

const str = (v: unknown) => (typeof v === "string" ? v : "");

/**
 * The 政府信息公开申请表 (条例 art. 29), for the public and — with `staff` set, adding the channel and
 * the legal receipt date — for staff typing in a paper application. After a failed save it shows what
 * was typed; once accepted, the tracking code and secret to hand to the applicant.
 */
export function ApplicationForm({
  action,
  units,
  options,
  staff,
  submitLabel,
}: {
  action: (s: ActionResult<ApplicationSubmitted> | null, f: FormData) => Promise<ActionResult<ApplicationSubmitted>>;
  units: { id: number; label: string }[];
  options: ApplicationFormOptions;
  staff?: { today: string };
  submitLabel: string;
}) {
  const [result, formAction] = useActionState(action, null);
  if (result?.ok) return <SubmittedPanel trackingCode={result.trackingCode} secret={result.secret} heading={staff ? "申请已登记" : "申请已提交"} />;
  const failed = result && !result.ok ? result : null;
  const values = failed?.values ?? {};
  const errors = failed?.fieldErrors;
  const text = (name: string, label: string, options: { required?: boolean; hint?: string; type?: string; autoComplete?: string } = {}) => (
    <Field name={name} label={label} errors={errors} required={options.required} hint={options.hint}>
      {(p) => <input {...p} type={options.type ?? "text"} autoComplete={options.autoComplete} defaultValue={str(values[name])} className={inputClass} />}
    </Field>
  );
  const select = (name: string, label: string, items: Record<string, string> | { id: number; label: string }[], hint?: string) => (
    <Field name={name} label={label} errors={errors} required hint={hint}>
      {(p) => (
        <select {...p} defaultValue={str(values[name])} className={inputClass}>
          <Options items={items} empty="请选择" />
        </select>
      )}
    </Field>
  );
  return (
    <form key={resultKey(result)} action={formAction} noValidate className="space-y-6">
      <FormMessage result={result} />
      {staff && (
        <fieldset className="grid gap-4 rounded-lg bg-white p-5 shadow-sm md:grid-cols-2">
          <legend className="px-1 text-lg font-semibold">收件登记</legend>
          {select("channel", "收到申请的渠道", options.staffChannels)}
          <Field name="receivedOn" label="收到申请的日期" errors={errors} required hint={options.receiptRules}>
            {(p) => <input {...p} type="date" max={staff.today} defaultValue={str(values.receivedOn) || staff.today} className={inputClass} />}
          </Field>
        </fieldset>
      )}
      <fieldset className="grid gap-4 rounded-lg bg-white p-5 shadow-sm md:grid-cols-2">
        <legend className="px-1 text-lg font-semibold">受理机关</legend>
        {select("unitId", "向哪个机关申请", units, "请选择制作或保存该信息的机关")}
      </fieldset>
      <fieldset className="grid gap-4 rounded-lg bg-white p-5 shadow-sm md:grid-cols-2">
        <legend className="px-1 text-lg font-semibold">申请人信息</legend>
        {select("applicantType", "申请人类型", options.applicantTypes)}
        {text("applicantName", "姓名或名称", { required: true, autoComplete: "name" })}
        {select("idType", "证件类型", options.idTypes)}
        {text("idNumber", "证件号码", { required: true })}
        {text("contactPerson", "联系人", { hint: "法人或其他组织必填" })}
        {text("phone", "联系电话", { required: true, type: "tel", autoComplete: "tel" })}
        {text("email", "电子邮箱", { type: "email", autoComplete: "email" })}
        {text("address", "通信地址", { autoComplete: "street-address", hint: "选择邮寄时必填" })}
        {text("postalCode", "邮政编码", { autoComplete: "postal-code" })}
      </fieldset>
      <fieldset className="grid gap-4 rounded-lg bg-white p-5 shadow-sm md:grid-cols-2">
        <legend className="px-1 text-lg font-semibold">所需信息</legend>
        <div className="md:col-span-2">
          <Field name="description" label="所需政府信息的名称或内容描述" errors={errors} required hint="请尽量写明信息的名称、内容、形成时间等，便于查找">
            {(p) => <textarea {...p} rows={5} defaultValue={str(values.description)} className={inputClass} />}
          </Field>
        </div>
        {text("documentNo", "文号", { hint: "知道的话请填写，如：示发改〔2026〕12号" })}
        {text("purpose", "用途（选填）")}
        {select("infoForm", "获取信息的形式", options.infoForms)}
        {select("delivery", "获取信息的途径", options.deliveries)}
      </fieldset>
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
