"use server";

import { redirect } from "next/navigation";
import { domainFailure, formValues, validationFailure, type ActionResult } from "@/lib/action-result";
import { requireUser } from "@/lib/auth/guards";
import { changePasswordSchema } from "@/lib/users/schemas";
import { changeOwnPassword } from "@/lib/users/service";

export async function changePasswordAction(_state: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser({ allowTemporaryPassword: true });
  const values = formValues(formData);
  const parsed = changePasswordSchema.safeParse(values);
  if (!parsed.success) return validationFailure(parsed.error, values);
  try {
    await changeOwnPassword({ actor, input: parsed.data });
  } catch (error) {
    return domainFailure(error, values);
  }
  redirect("/admin?passwordChanged=1");
}
