"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/action-result";

export function ChangePasswordForm({ action }: { action: (state: ActionResult | null, formData: FormData) => Promise<ActionResult> }) {
  const [result, formAction] = useActionState(action, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form action={formAction} noValidate className="max-w-md space-y-4">
      <FormMessage result={result} />
      <Field name="currentPassword" label="当前密码" errors={errors} required>
        {(p) => <input {...p} type="password" autoComplete="current-password" className={inputClass} />}
      </Field>
      <Field name="newPassword" label="新密码" errors={errors} required hint="至少 10 位，须同时包含字母和数字">
        {(p) => <input {...p} type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <Field name="confirmPassword" label="再次输入新密码" errors={errors} required>
        {(p) => <input {...p} type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <SubmitButton>修改密码</SubmitButton>
    </form>
  );
}
