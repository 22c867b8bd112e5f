"use client";

import type { ButtonHTMLAttributes } from "react";
import { useFormStatus } from "react-dom";

const VARIANTS = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border border-slate-400 bg-white text-slate-800 hover:bg-slate-100",
  danger: "bg-red-700 text-white hover:bg-red-800",
} as const;

export function buttonClass(variant: keyof typeof VARIANTS = "primary") {
  return `inline-flex items-center justify-center rounded-md px-4 py-2 font-medium no-underline hover:no-underline disabled:opacity-60 ${VARIANTS[variant]}`;
}

/** A submit button that disables itself and says so while its form is being sent. */
export function SubmitButton({
  children,
  pendingText = "正在提交…",
  variant = "primary",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { pendingText?: string; variant?: keyof typeof VARIANTS }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" {...props} disabled={pending || props.disabled} aria-disabled={pending} className={buttonClass(variant)}>
      {pending ? pendingText : children}
    </button>
  );
}
