import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { CorrectionReplyForm } from "@/components/requests/correction-reply-form";
import { LetterText } from "@/components/requests/letter-text";
import { PrintButton } from "@/components/ui/print-button";
import { formatDate, formatDateTime } from "@/lib/format";
import { PAUSE_REASON_LABELS, type PauseReason } from "@/lib/requests/deadlines";
import { REQUEST_CHANNEL_LABELS, REQUEST_OUTCOME_LABELS, REQUEST_STATE_LABELS } from "@/lib/requests/model";
import { findApplicantView } from "@/lib/requests/queries";
import { provenTrackingCode } from "@/lib/requests/tracking-cookie";
import { replyToCorrectionAction } from "../actions";

export const metadata: Metadata = { title: "申请办理进度" };

/** The applicant's status page, open for 30 minutes after the secret was given on /track. */
export default async function TrackedRequestPage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Promise<{ replied?: string }> }) {
  const { code } = await params;
  const { replied } = await searchParams;
  if ((await provenTrackingCode()) !== code) redirect(`/track?error=expired&code=${encodeURIComponent(code)}`);
  const request = await findApplicantView(code);
  if (!request) redirect(`/track?error=wrong&code=${encodeURIComponent(code)}`);

  const steps: { on: string; text: string }[] = [{ on: formatDateTime(request.submittedAt), text: `${REQUEST_CHANNEL_LABELS[request.channel]}，申请已提交` }];
  if (request.receivedOn) steps.push({ on: formatDate(request.receivedOn), text: `${request.unit.name}确认收到申请，开始计算答复期限` });
  for (const event of request.clockEvents) {
    if (event.kind === "CORRECTION") {
      steps.push({ on: formatDate(event.startOn), text: "受理机关请您补正申请内容（答复期限暂停）" });
      if (event.endOn)
        steps.push({ on: formatDate(event.endOn), text: event.reply ? "您在线提交了补正内容，答复期限重新计算" : "收到补正后的申请，答复期限重新计算" });
    } else if (event.kind === "PAUSE") {
      steps.push({ on: formatDate(event.startOn), text: `${PAUSE_REASON_LABELS[event.pauseReason as PauseReason] ?? "暂停计时"}，所需时间不计入答复期限` });
      if (event.endOn) steps.push({ on: formatDate(event.endOn), text: "恢复计算答复期限" });
    } else {
      steps.push({ on: formatDate(event.startOn), text: `经负责人同意，答复期限延长 ${event.workingDays} 个工作日` });
    }
  }
  if (request.answeredOn && request.outcome) steps.push({ on: formatDate(request.answeredOn), text: `已答复：${REQUEST_OUTCOME_LABELS[request.outcome]}` });
  else if (request.closedAt)
    steps.push({ on: formatDateTime(request.closedAt), text: request.receivedOn ? "办理已终止" : `未予登记：${request.outcomeReason ?? ""}` });

  const summary: [string, ReactNode][] = [
    [
      "查询码",
      <span key="code" className="font-mono">
        {request.trackingCode}
      </span>,
    ],
    ["受理机关", request.unit.name],
    ["当前状态", <strong key="state">{REQUEST_STATE_LABELS[request.state]}</strong>],
    ["收到申请日期", request.receivedOn ? formatDate(request.receivedOn) : "待受理机关确认"],
    ["答复期限", request.dueOn ? `${formatDate(request.dueOn)}前（按工作日计算）` : request.answeredOn ? "—" : "暂停计算或尚未开始"],
  ];
  return (
    <div className="max-w-3xl space-y-6 text-lg">
      <h1 className="text-2xl font-bold">申请办理进度</h1>
      <table className="w-full rounded-lg bg-white text-left shadow-sm">
        <tbody>
          {summary.map(([label, value]) => (
            <tr key={label} className="border-t border-slate-200 first:border-0">
              <th scope="row" className="w-40 px-4 py-3 font-medium text-slate-700">
                {label}
              </th>
              <td className="px-4 py-3">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-labelledby="progress-heading" className="space-y-2">
        <h2 id="progress-heading" className="text-xl font-bold">
          办理过程
        </h2>
        <ol className="space-y-2 border-l-4 border-slate-300 pl-4">
          {steps.map((step, i) => (
            <li key={i}>
              <span className="text-base text-slate-600">{step.on}</span>
              <br />
              {step.text}
            </li>
          ))}
        </ol>
      </section>
      {replied && (
        <p role="status" className="rounded-lg border-2 border-green-700 bg-green-50 p-4">
          补正内容已提交，答复期限自今日起重新计算。
        </p>
      )}
      {request.state === "NEEDS_CORRECTION" && (
        <section aria-labelledby="correction-heading" className="space-y-2">
          <h2 id="correction-heading" className="text-xl font-bold">
            在线补正
          </h2>
          <p className="text-base">受理机关请您补正申请内容（见下方补正告知书）。可以在这里直接提交，也可以按告知书上的方式邮寄或送达。</p>
          <CorrectionReplyForm action={replyToCorrectionAction.bind(null, request.trackingCode)} />
        </section>
      )}
      {request.entries.length > 0 && (
        <section aria-labelledby="entries-heading" className="space-y-2">
          <h2 id="entries-heading" className="text-xl font-bold">
            相关公开信息
          </h2>
          <ul className="list-disc space-y-1 pl-6">
            {request.entries.map(({ entry }) => (
              <li key={entry.id}>
                <Link href={`/entries/${entry.id}`}>{entry.revisions[0]?.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {request.letters.length > 0 && (
        <section aria-labelledby="letters-heading" className="space-y-4">
          <h2 id="letters-heading" className="text-xl font-bold">
            告知书和答复书
          </h2>
          {request.letters.map((letter) => (
            <article key={letter.id} aria-label={letter.title} className="break-inside-avoid space-y-3 rounded-lg bg-white p-6 shadow-sm">
              <h3 className="text-center text-xl font-bold">{letter.title}</h3>
              <LetterText body={letter.body} />
              <p className="print:hidden">
                <a href={`/track/${request.trackingCode}/letters/${letter.id}`} download>
                  下载 PDF（{letter.title}）
                </a>
              </p>
            </article>
          ))}
          <p className="print:hidden">
            <PrintButton />
          </p>
        </section>
      )}
      <p className="text-base text-slate-700">
        对办理有疑问的，请联系<Link href={`/units/${request.unit.id}#guide`}>{request.unit.name}的政府信息公开工作机构</Link>。
      </p>
    </div>
  );
}
