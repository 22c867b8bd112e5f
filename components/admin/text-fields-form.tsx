"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Options } from "@/components/ui/options";
import type { ActionResult } from "@/lib/action-result";
import { resultKey } from "@/components/ui/result-key";

export interface TextField {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  /** Rows of a multi-line field; single-line when absent. */
  rows?: number;
  /** A password field is never filled in, not even after a failed save. */
  type?: "text" | "email" | "tel" | "date" | "number" | "password";
  /** A choice instead of free text: value → label. */
  options?: Record<string, string>;
  /** The label of the empty choice (default 请选择). */
  emptyLabel?: string;
}

/**
 * A form of plain text fields (settings, guides): filled from `initial`, and after a failed save
 * from what the user typed, with each field's message beside it.
 */
export function TextFieldsForm({
  action,
  fields,
  initial,
  submitLabel,
}: {
  action: (s: ActionResult | null, f: FormData) => Promise<ActionResult>;
  fields: TextField[];
  initial: Record<string, string>;
  submitLabel: string;
}) {
  const [result, formAction] = useActionState(action, null);
  const failed = result && !result.ok ? result : null;
  const value = (name: string) => {
    const typed = failed?.values?.[name];
    return typeof typed === "string" ? typed : (initial[name] ?? "");
  };
  return (
    <form key={resultKey(result)} action={formAction} noValidate className="grid gap-4 md:grid-cols-2">
      <div className="md:col-span-2">
        <FormMessage result={result} />
      </div>
      {fields.map((f) => (
        <div key={f.name} className={f.rows ? "md:col-span-2" : undefined}>
          <Field name={f.name} label={f.label} hint={f.hint} errors={failed?.fieldErrors} required={f.required}>
            {(p) =>
              f.options ? (
                <select {...p} defaultValue={value(f.name)} className={inputClass}>
                  <Options items={f.options} empty={f.emptyLabel ?? "请选择"} />
                </select>
              ) : f.rows ? (
                <textarea {...p} rows={f.rows} defaultValue={value(f.name)} className={inputClass} />
              ) : (
                <input
                  {...p}
                  type={f.type ?? "text"}
                  defaultValue={f.type === "password" ? "" : value(f.name)}
                  autoComplete={f.type === "password" ? "new-password" : undefined}
                  className={inputClass}
                />
              )
            }
          </Field>
        </div>
      ))}
      <div>
        <SubmitButton>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
