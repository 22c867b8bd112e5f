"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/action-result";
import { resultKey } from "@/components/ui/result-key";

/** The applicant's corrected application (补正), sent from the status page; kept and re-shown if refused. */
export function CorrectionReplyForm({ action }: { action: (s: ActionResult | null, f: FormData) => Promise<ActionResult> }) {
  const [result, formAction] = useActionState(action, null);
  const values = result && !result.ok ? (result.values ?? {}) : {};
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form key={resultKey(result)} action={formAction} noValidate className="space-y-4 rounded-lg bg-white p-5 shadow-sm">
      <FormMessage result={result} />
      <Field
        name="reply"
        label="补正内容"
        errors={errors}
        required
        hint="请按补正告知书列出的事项逐项说明，例如所需信息的名称、文号、时间范围。提交后答复期限自今日起重新计算。"
      >
        {(p) => <textarea {...p} rows={8} maxLength={5000} defaultValue={typeof values.reply === "string" ? values.reply : ""} className={inputClass} />}
      </Field>
      <SubmitButton>提交补正</SubmitButton>
    </form>
  );
}
