"use client";

import type { ButtonHTMLAttributes } from "react";
import { useFormStatus } from "react-dom";
import { buttonClass, type ButtonVariant } from "./button-class";

/** A submit button that disables itself and says so while its form is being sent. */
export function SubmitButton({
  children,
  pendingText = "正在提交…",
  variant = "primary",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { pendingText?: string; variant?: ButtonVariant }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" {...props} disabled={pending || props.disabled} aria-disabled={pending} className={buttonClass(variant)}>
      {pending ? pendingText : children}
    </button>
  );
}
