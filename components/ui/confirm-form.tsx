"use client";

import { useActionState, useRef, type ReactNode } from "react";
import type { ActionResult } from "@/lib/action-result";
import { SubmitButton } from "./button";
import { buttonClass } from "./button-class";
import { FormMessage } from "./form-message";

/**
 * A one-button form for a consequential action (disable, reset, revoke) that asks first in a modal
 * dialog. The question names what will happen; Esc or 取消 closes it without doing anything.
 */
export function ConfirmForm({
  action,
  label,
  question,
  confirmLabel = "确定",
  variant = "danger",
  children,
}: {
  action: (state: ActionResult | null, formData: FormData) => Promise<ActionResult | null>;
  label: string;
  question: string;
  confirmLabel?: string;
  variant?: "danger" | "secondary" | "primary";
  children?: ReactNode;
}) {
  const [result, formAction] = useActionState(action, null);
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <div className="space-y-2">
      <button type="button" className={buttonClass(variant)} onClick={() => dialog.current?.showModal()}>
        {label}
      </button>
      <FormMessage result={result} />
      {result?.ok && children}
      <dialog ref={dialog} aria-label={label} className="m-auto max-w-md rounded-lg p-6 shadow-xl backdrop:bg-black/40">
        <form action={formAction} onSubmit={() => dialog.current?.close()} className="space-y-4">
          <p className="text-lg">{question}</p>
          <div className="flex justify-end gap-3">
            <button type="button" className={buttonClass("secondary")} onClick={() => dialog.current?.close()}>
              取消
            </button>
            <SubmitButton variant={variant}>{confirmLabel}</SubmitButton>
          </div>
        </form>
      </dialog>
    </div>
  );
}
