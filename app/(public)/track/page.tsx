import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button-class";
import { inputClass } from "@/components/ui/field";
import { lookupAction } from "./actions";

export const metadata: Metadata = { title: "申请进度查询" };

const ERRORS: Record<string, string> = {
  invalid: "请填写 12 位查询码和查询密码（或登记的手机号后 4 位）。",
  wrong: "查询码或查询密码不正确，请核对后重试。",
  locked: "查询密码错误次数过多，请 15 分钟后再试，或致电受理机关查询。",
  expired: "查询已超时，请重新输入查询码和查询密码。",
};

/** The applicant's look-up: tracking code plus secret (or the phone's last 4 digits). Works without JavaScript. */
export default async function TrackPage({ searchParams }: { searchParams: Promise<{ error?: string; code?: string }> }) {
  const { error, code } = await searchParams;
  const message = error ? ERRORS[error] : undefined;
  return (
    <div className="max-w-xl space-y-6 text-lg">
      <h1 className="text-2xl font-bold">申请进度查询</h1>
      <p>请输入提交申请时得到的查询码，以及查询密码或登记的手机号后 4 位。</p>
      {message && (
        <p role="alert" className="rounded-md border border-red-700 bg-red-50 px-4 py-3 text-red-900">
          {message}
        </p>
      )}
      <form action={lookupAction} className="space-y-4 rounded-lg bg-white p-5 shadow-sm">
        <div className="space-y-1">
          <label htmlFor="trackingCode" className="block font-medium">
            查询码
          </label>
          <input
            id="trackingCode"
            name="trackingCode"
            required
            defaultValue={code}
            autoComplete="off"
            placeholder="如 2026-7QK3-M2XD"
            className={`${inputClass} font-mono text-lg`}
          />
        </div>
        <div className="space-y-1">
          <label htmlFor="secret" className="block font-medium">
            查询密码或手机号后 4 位
          </label>
          <input id="secret" name="secret" type="password" required autoComplete="off" className={`${inputClass} font-mono text-lg`} />
        </div>
        <button type="submit" className={buttonClass()}>
          查询
        </button>
      </form>
      <p>
        还没有提交申请？<Link href="/apply">在线申请政府信息公开</Link>
      </p>
    </div>
  );
}
