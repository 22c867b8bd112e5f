const VARIANTS = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border border-slate-400 bg-white text-slate-800 hover:bg-slate-100",
  danger: "bg-red-700 text-white hover:bg-red-800",
} as const;

export type ButtonVariant = keyof typeof VARIANTS;

/** Button look for <button>s and for links that act as buttons; usable from server and client components. */
export function buttonClass(variant: ButtonVariant = "primary") {
  return `inline-flex items-center justify-center rounded-md px-4 py-2 font-medium no-underline hover:no-underline disabled:opacity-60 ${VARIANTS[variant]}`;
}
