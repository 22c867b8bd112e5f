"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/login" })}
      className="rounded border border-white/60 px-3 py-1 text-sm text-white hover:bg-white/10"
    >
      退出登录
    </button>
  );
}
