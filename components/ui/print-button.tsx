"use client";

import { buttonClass } from "./button-class";

export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className={buttonClass("secondary")}>
      打印
    </button>
  );
}
