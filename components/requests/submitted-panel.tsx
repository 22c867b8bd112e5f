import Link from "next/link";
import { PrintButton } from "@/components/ui/print-button";

/** The applicant's receipt: the tracking code and the secret, shown once, to write down or print. */
export function SubmittedPanel({ trackingCode, secret, heading = "申请已提交" }: { trackingCode: string; secret: string; heading?: string }) {
  return (
    <section aria-labelledby="submitted-heading" role="status" className="space-y-4 rounded-lg border border-green-700 bg-green-50 p-6">
      <h2 id="submitted-heading" className="text-2xl font-bold text-green-900">
        {heading}
      </h2>
      <dl className="grid max-w-md grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-lg">
        <dt>查询码</dt>
        <dd className="font-mono text-2xl font-bold tracking-wider">{trackingCode}</dd>
        <dt>查询密码</dt>
        <dd className="font-mono text-2xl font-bold tracking-wider">{secret}</dd>
      </dl>
      <p className="text-lg">请记下或打印查询码和查询密码：查询密码只显示这一次。凭查询码和查询密码（或登记的手机号后 4 位）可随时查询办理进度和答复结果。</p>
      <p className="text-lg">网上申请以受理机关确认收到之日为收到申请之日，答复期限自该日起计算。</p>
      <p className="flex flex-wrap items-center gap-4 print:hidden">
        <PrintButton />
        <Link href="/track">查询办理进度</Link>
      </p>
    </section>
  );
}
