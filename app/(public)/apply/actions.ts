"use server";

import type { ApplicationSubmitted } from "@/components/requests/application-form";
import { domainFailure, formValues, validationFailure, type ActionResult } from "@/lib/action-result";
import { applicationSchema } from "@/lib/requests/schemas";
import { submitApplication } from "@/lib/requests/intake";

export async function submitApplicationAction(
  _state: ActionResult<ApplicationSubmitted> | null,
  formData: FormData,
): Promise<ActionResult<ApplicationSubmitted>> {
  const values = formValues(formData);
  const parsed = applicationSchema.safeParse(values);
  if (!parsed.success) return validationFailure(parsed.error, values);
  try {
    return { ok: true, ...(await submitApplication(parsed.data)) };
  } catch (error) {
    return domainFailure(error, values);
  }
}
