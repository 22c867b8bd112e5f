import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { getCurrentActor } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "工作人员登录" };

/** Only local admin paths are accepted as a return address (no open redirect). */
function safeCallback(value: string | string[] | undefined): string {
  const url = typeof value === "string" ? value : "";
  return /^\/admin(\/[\w\-/?=&%.]*)?$/.test(url) ? url : "/admin";
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallback(params.callbackUrl);
  if (await getCurrentActor()) redirect(callbackUrl);
  return (
    <main className="mx-auto max-w-sm space-y-6 px-4 py-16">
      <h1 className="text-2xl font-bold">工作人员登录</h1>
      <LoginForm callbackUrl={callbackUrl} />
      <p className="text-sm text-slate-600">
        公众查阅政府信息无需登录，请访问<Link href="/">政府信息公开首页</Link>。
      </p>
    </main>
  );
}
