"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/action-result";
import { UNIT_KIND_LABELS, UNIT_KINDS } from "@/lib/units/model";
import { resultKey } from "@/components/ui/result-key";

export interface UnitOption {
  id: number;
  name: string;
  depth: number;
}

export interface UnitFormValues {
  name: string;
  shortName: string;
  code: string;
  kind: string;
  parentId: string;
  sortOrder: string;
}

export function UnitForm({
  action,
  parents,
  initial,
  submitLabel,
  allowRoot,
}: {
  action: (state: ActionResult | null, formData: FormData) => Promise<ActionResult>;
  parents: UnitOption[];
  initial: UnitFormValues;
  submitLabel: string;
  allowRoot: boolean;
}) {
  const [result, formAction] = useActionState(action, null);
  const values = { ...initial, ...(result && !result.ok ? (result.values as Partial<UnitFormValues>) : {}) };
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form key={resultKey(result)} action={formAction} noValidate className="max-w-2xl space-y-4">
      <FormMessage result={result} />
      <Field name="name" label="单位全称" errors={errors} required hint="与公章一致，例如“示范区发展和改革局”">
        {(p) => <input {...p} defaultValue={values.name} className={inputClass} />}
      </Field>
      <Field name="shortName" label="简称" errors={errors}>
        {(p) => <input {...p} defaultValue={values.shortName} className={inputClass} />}
      </Field>
      <Field name="code" label="单位代码" errors={errors} required hint="用于生成索引号：18 位统一社会信用代码、9 位组织机构代码，或本地编码">
        {(p) => <input {...p} defaultValue={values.code} autoCapitalize="characters" spellCheck={false} className={`${inputClass} font-mono`} />}
      </Field>
      <Field name="kind" label="单位类型" errors={errors} required>
        {(p) => (
          <select {...p} defaultValue={values.kind} className={inputClass}>
            <option value="">请选择</option>
            {UNIT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {UNIT_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="parentId" label="上级单位" errors={errors} required={!allowRoot}>
        {(p) => (
          <select {...p} defaultValue={values.parentId} className={inputClass}>
            {allowRoot ? <option value="">（无，顶级单位）</option> : <option value="">请选择</option>}
            {parents.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {"　".repeat(unit.depth)}
                {unit.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="sortOrder" label="排序号" errors={errors} hint="数字越小越靠前">
        {(p) => <input {...p} type="number" min={0} max={9999} defaultValue={values.sortOrder} className={`${inputClass} w-32`} />}
      </Field>
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
