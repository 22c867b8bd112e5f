"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { SubmitButton } from "./button";
import { FormMessage } from "./form-message";

/** A one-button form for a harmless action (no confirmation), showing the action's error if it fails. */
export function ActionButton({
  action,
  label,
  pendingText,
}: {
  action: (state: ActionResult | null, formData: FormData) => Promise<ActionResult>;
  label: string;
  pendingText?: string;
}) {
  const [result, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-2">
      <SubmitButton variant="secondary" pendingText={pendingText}>
        {label}
      </SubmitButton>
      <FormMessage result={result} />
    </form>
  );
}
