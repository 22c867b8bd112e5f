import type { ReactNode } from "react";
import { buttonClass } from "./button-class";
import { inputClass } from "./field";

/** A GET search box (works without JavaScript; the query stays in the URL), with optional extra filters. */
export function SearchForm({
  id,
  label,
  placeholder,
  defaultValue,
  children,
}: {
  id: string;
  label: string;
  placeholder: string;
  defaultValue?: string;
  children?: ReactNode;
}) {
  return (
    <form role="search" className="flex flex-wrap gap-2">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input id={id} name="q" defaultValue={defaultValue} placeholder={placeholder} className={`${inputClass} max-w-xs`} />
      {children}
      <button type="submit" className={buttonClass("secondary")}>
        查找
      </button>
    </form>
  );
}
