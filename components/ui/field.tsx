import type { ReactNode } from "react";

/** Field errors of a form result, keyed by input name. */
export type FieldErrors = Record<string, string[] | undefined> | undefined;

/**
 * A labelled form control with its hint and error region. The control receives `id`, `name`,
 * `aria-describedby` and `aria-invalid` from here so every input is announced with its message.
 */
export function Field({
  name,
  id: givenId,
  label,
  hint,
  errors,
  required,
  children,
}: {
  name: string;
  /** When a page has several forms with the same field name. */
  id?: string;
  label: string;
  hint?: string;
  errors?: FieldErrors;
  required?: boolean;
  children: (props: { id: string; name: string; "aria-describedby": string; "aria-invalid": boolean; required?: boolean }) => ReactNode;
}) {
  const id = givenId ?? `field-${name}`;
  const messages = errors?.[name];
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium text-slate-800">
        {label}
        {required && (
          <span className="ml-1 text-red-700" aria-hidden="true">
            *
          </span>
        )}
      </label>
      {children({ id, name, "aria-describedby": `${id}-hint ${id}-error`, "aria-invalid": Boolean(messages?.length), required })}
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <p id={`${id}-error`} aria-live="polite" className="text-sm font-medium text-red-700">
        {messages?.join("；")}
      </p>
    </div>
  );
}

export const inputClass =
  "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 shadow-sm aria-[invalid=true]:border-red-600 disabled:bg-slate-100";
