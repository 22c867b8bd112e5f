"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/action-result";

export function UploadForm({ action }: { action: (state: ActionResult | null, formData: FormData) => Promise<ActionResult> }) {
  const [result, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage result={result} />
      <Field
        name="file"
        label="上传附件"
        errors={result && !result.ok ? result.fieldErrors : undefined}
        hint="PDF、Word、Excel、PowerPoint 或图片，单个不超过 20 MB；类型按文件内容识别"
      >
        {(p) => <input {...p} type="file" accept=".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.wps,.png,.jpg,.jpeg,.gif,.webp" className={inputClass} />}
      </Field>
      <SubmitButton variant="secondary" pendingText="正在上传…">
        上传
      </SubmitButton>
    </form>
  );
}
