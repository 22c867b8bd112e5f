"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Options } from "@/components/ui/options";
import type { ActionResult } from "@/lib/action-result";
import { resultKey } from "@/components/ui/result-key";

interface Option {
  id: number;
  label: string;
}

const str = (v: unknown) => (typeof v === "string" ? v : "");

export function CategoryForm({
  action,
  parents,
  units,
  allowSystemWide,
}: {
  action: (s: ActionResult | null, f: FormData) => Promise<ActionResult>;
  parents: Option[];
  units: Option[];
  allowSystemWide: boolean;
}) {
  const [result, formAction] = useActionState(action, null);
  const failed = result && !result.ok ? result : null;
  const values = failed?.values ?? {};
  return (
    <form key={resultKey(result)} action={formAction} noValidate className="grid gap-4 md:grid-cols-2">
      <div className="md:col-span-2">
        <FormMessage result={result} />
      </div>
      <Field name="kind" label="类别" errors={failed?.fieldErrors} required>
        {(p) => (
          <select {...p} defaultValue={str(values.kind) || "TOPIC"} className={inputClass}>
            <option value="TOPIC">主题分类</option>
            <option value="GENRE">体裁</option>
          </select>
        )}
      </Field>
      <Field name="name" label="名称" errors={failed?.fieldErrors} required>
        {(p) => <input {...p} defaultValue={str(values.name)} className={inputClass} />}
      </Field>
      <Field name="parentId" label="上级主题" errors={failed?.fieldErrors} hint="仅主题分类可设上级">
        {(p) => (
          <select {...p} defaultValue={str(values.parentId)} className={inputClass}>
            <option value="">（无，作为一级分类）</option>
            <Options items={parents} />
          </select>
        )}
      </Field>
      <Field name="unitId" label="适用单位" errors={failed?.fieldErrors} required={!allowSystemWide} hint="分类对该单位及其下级单位可用">
        {(p) => (
          <select {...p} defaultValue={str(values.unitId)} className={inputClass}>
            {allowSystemWide ? <option value="">全系统通用</option> : <option value="">请选择</option>}
            <Options items={units} />
          </select>
        )}
      </Field>
      <div>
        <SubmitButton>新增分类</SubmitButton>
      </div>
    </form>
  );
}
