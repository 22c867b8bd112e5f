import { z } from "zod";
import { isDomainError } from "./errors";

/** What a form's server action returns to `useActionState`. `values` refills the form after an error. */
export type ActionResult<Extra = unknown> =
  | ({ ok: true; message?: string } & Extra)
  | { ok: false; message: string; fieldErrors?: Record<string, string[] | undefined>; values?: Record<string, unknown> };

/** The submitted form as plain values (repeated names become arrays), minus React's internal fields. */
export function formValues(formData: FormData): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    values[key] = all.length > 1 ? all : all[0];
  }
  return values;
}

/** Values safe to send back to the browser: never echo passwords. */
function echoable(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !/password/i.test(key)));
}

export function validationFailure(error: z.ZodError, values: Record<string, unknown>): ActionResult<never> {
  return { ok: false, message: "填写的内容有误，请按提示修改。", fieldErrors: z.flattenError(error).fieldErrors, values: echoable(values) };
}

/**
 * Turns a service's DomainError into a form result; anything else is a bug and is rethrown so the
 * error boundary shows a generic message and the server log has the stack.
 */
export function domainFailure(error: unknown, values: Record<string, unknown> = {}): ActionResult<never> {
  if (!isDomainError(error)) throw error;
  return { ok: false, message: error.message, fieldErrors: error.fieldErrors, values: echoable(values) };
}
