import Link from "next/link";
import { LetterText } from "@/components/requests/letter-text";
import { notFound } from "next/navigation";
import { TextFieldsForm } from "@/components/admin/text-fields-form";
import { requireUser } from "@/lib/auth/guards";
import { formatDate, formatDateTime } from "@/lib/format";
import { ID_TYPE_LABELS, type IdType } from "@/lib/requests/identity";
import {
  APPLICANT_TYPE_LABELS,
  DELIVERY_METHOD_LABELS,
  INFO_FORM_LABELS,
  receiptRuleHint,
  REQUEST_CHANNEL_LABELS,
  REQUEST_OUTCOME_LABELS,
  REQUEST_STATE_LABELS,
} from "@/lib/requests/model";
import { FEE_METHOD_LABELS, type FeeMethod } from "@/lib/requests/fees";
import { findRequestForStaff, listAssignmentOptions } from "@/lib/requests/queries";
import { idSchema } from "@/lib/units/schemas";
import { RequestSteps } from "@/components/requests/request-steps";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { REVISION_STATE_LABELS } from "@/lib/review/model";
import {
  addRequestNoteAction,
  assignRequestAction,
  linkEntryAction,
  promoteToCatalogueAction,
  registerApplicationAction,
  requestStepAction,
  saveAnswerDraftAction,
} from "../actions";

export const metadata = { title: "申请详情" };

const STATUS_CLASS = { ok: "text-slate-900", dueSoon: "text-amber-800", overdue: "text-red-700", paused: "text-slate-700" } as const;

function feeText(request: { feeMethod: string | null; feeYuan: number | null; feeWaiverReason: string | null; feePaidOn: Date | null }) {
  if (request.feeYuan === null) return null;
  const method = FEE_METHOD_LABELS[request.feeMethod as FeeMethod] ?? "";
  if (request.feeWaiverReason) return `减免（${request.feeWaiverReason}）`;
  if (request.feeYuan === 0) return `不收费（${method}，在免费范围内）`;
  return `${request.feeYuan} 元（${method}）${request.feePaidOn ? `，${formatDate(request.feePaidOn)} 已缴` : "，待缴"}`;
}

function Rows({ rows }: { rows: [string, string | null | undefined][] }) {
  return (
    <table className="w-full text-left">
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label} className="border-t border-slate-200 first:border-0">
            <th scope="row" className="w-36 py-2 pr-4 align-top font-medium text-slate-700">
              {label}
            </th>
            <td className="py-2 whitespace-pre-wrap">{value || "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One application for its handlers: the deadline and how it was computed, the applicant and the request. */
export default async function RequestPage({ params }: { params: Promise<{ requestId: string }> }) {
  const actor = await requireUser();
  const id = idSchema.safeParse((await params).requestId);
  const found = id.success ? await findRequestForStaff(actor, id.data) : null;
  if (!found) notFound();
  const { request, deadline, deadlineIssues, assessment, canHandle, canPromote, today, actions, pendingAnswer } = found;
  const open = request.state !== "ANSWERED" && request.state !== "CLOSED";
  const assignment = canHandle && open ? await listAssignmentOptions(actor, request.unit.path) : null;
  const answerOutcomes = Object.fromEntries(
    Object.entries(REQUEST_OUTCOME_LABELS).filter(([code]) => code !== "OTHER_NO_CORRECTION" && code !== "OTHER_FEE_UNPAID"),
  );
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/requests">← 依申请公开</Link>
      </p>
      <div className="flex flex-wrap items-baseline gap-x-4">
        <h1 className="font-mono text-2xl font-bold">{request.trackingCode}</h1>
        <span className="rounded bg-slate-200 px-2 py-1">{REQUEST_STATE_LABELS[request.state]}</span>
        <span className="text-slate-700">
          {request.unit.name}
          {request.handler && ` · 经办人 ${request.handler.displayName}`}
        </span>
      </div>

      {request.state === "SUBMITTED" && canHandle && (
        <section aria-labelledby="register-heading" className="space-y-3 rounded-lg border border-amber-600 bg-amber-50 p-5">
          <h2 id="register-heading" className="text-lg font-semibold">
            确认收到网上申请
          </h2>
          <p>
            网上申请于 {formatDateTime(request.submittedAt)} 提交。{receiptRuleHint("ONLINE")}确认后答复期限开始计算。
          </p>
          <TextFieldsForm
            action={registerApplicationAction.bind(null, request.id, request.version)}
            initial={{ receivedOn: today }}
            submitLabel="确认收到"
            fields={[{ name: "receivedOn", label: "收到申请日期", type: "date", required: true }]}
          />
        </section>
      )}

      {deadline && (
        <section aria-labelledby="deadline-heading" className="space-y-3 rounded-lg bg-white p-5 shadow-sm">
          <h2 id="deadline-heading" className="text-lg font-semibold">
            答复期限
          </h2>
          <p className="text-xl">
            {deadline.dueOn ? `${formatDate(new Date(`${deadline.dueOn}T00:00:00Z`))} 前答复` : "计时暂停"}
            {assessment && <strong className={`ml-3 ${STATUS_CLASS[assessment.status]}`}>{assessment.label}</strong>}
          </p>
          <details open>
            <summary className="cursor-pointer font-medium">期限是怎样计算的</summary>
            <ol className="mt-2 list-decimal space-y-1 pl-6">
              {deadline.explanation.map((step, i) => (
                <li key={i} className={step.kind === "WARNING" ? "text-red-700" : undefined}>
                  {step.text}
                </li>
              ))}
            </ol>
          </details>
        </section>
      )}
      {request.clockEvents
        .filter((e) => e.kind === "CORRECTION" && e.reply)
        .map((e) => (
          <section key={e.id} aria-label="申请人在线补正" className="space-y-2 rounded-lg bg-white p-5 shadow-sm">
            <h2 className="text-lg font-semibold">申请人在线补正（{e.endOn ? formatDate(e.endOn) : ""} 提交）</h2>
            <p className="whitespace-pre-wrap">{e.reply}</p>
          </section>
        ))}
      {deadlineIssues.length > 0 && (
        <ul role="alert" className="rounded-md border border-red-700 bg-red-50 px-4 py-3 text-red-900">
          {deadlineIssues.map((issue, i) => (
            <li key={i}>{issue.message}</li>
          ))}
        </ul>
      )}

      {(actions.length > 0 || (canHandle && request.state === "IN_PROGRESS")) && (
        <section aria-labelledby="steps-heading" className="space-y-4 rounded-lg bg-white p-5 shadow-sm">
          <h2 id="steps-heading" className="text-lg font-semibold">
            办理
          </h2>
          {canHandle && request.state === "IN_PROGRESS" && (
            <details open={Boolean(pendingAnswer)} className="rounded-md border border-slate-300 p-4">
              <summary className="cursor-pointer font-medium">{pendingAnswer ? "修改答复草稿" : "起草答复"}</summary>
              <div className="mt-3">
                <TextFieldsForm
                  action={saveAnswerDraftAction.bind(null, request.id)}
                  initial={{ outcome: pendingAnswer?.outcome ?? "", explanation: pendingAnswer?.explanation ?? "", body: pendingAnswer?.body ?? "" }}
                  submitLabel="保存答复草稿"
                  fields={[
                    { name: "outcome", label: "办理结果", required: true, options: answerOutcomes, hint: "与年度报告表三的统计口径一致" },
                    { name: "explanation", label: "理由或说明", rows: 3, hint: "除“予以公开”外须写明理由和依据" },
                    { name: "body", label: "答复书正文", rows: 14, hint: "留空或更换办理结果时按模板重新生成；可直接修改后保存" },
                  ]}
                />
              </div>
            </details>
          )}
          <RequestSteps actions={actions} act={requestStepAction.bind(null, request.id, request.version)} today={today} />
        </section>
      )}

      <section aria-labelledby="entries-heading" className="space-y-3 rounded-lg bg-white p-5 shadow-sm">
        <h2 id="entries-heading" className="text-lg font-semibold">
          相关公开信息
        </h2>
        {request.entries.length === 0 ? (
          <p className="text-slate-700">尚未关联公开目录中的信息。</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {request.entries.map(({ entry, promoted }) => (
              <li key={entry.id}>
                <Link href={`/admin/entries/${entry.id}`}>{entry.revisions[0]?.title}</Link>
                <span className="ml-2 text-sm text-slate-600">
                  {entry.indexNo ?? REVISION_STATE_LABELS[entry.revisions[0]?.state ?? "DRAFT"]}
                  {promoted && " · 由本申请转为主动公开"}
                </span>
              </li>
            ))}
          </ul>
        )}
        {canHandle && (
          <TextFieldsForm
            action={linkEntryAction.bind(null, request.id)}
            initial={{}}
            submitLabel="关联"
            fields={[{ name: "indexNo", label: "按索引号关联已公开的信息", hint: "答复中提供或引用的已公开信息，关联后申请人在查询页面可以看到" }]}
          />
        )}
        {canPromote && (
          <ConfirmForm
            action={promoteToCatalogueAction.bind(null, request.id)}
            label="转为主动公开（条例第四十四条）"
            variant="secondary"
            confirmLabel="起草"
            question="将以本申请所需信息为题起草一条公开目录信息（不含申请人信息），经保密审查和审批后发布。继续吗？"
          />
        )}
      </section>

      <section aria-labelledby="handling-heading" className="space-y-4 rounded-lg bg-white p-5 shadow-sm">
        <h2 id="handling-heading" className="text-lg font-semibold">
          分派与备注
        </h2>
        {assignment && (
          <details className="rounded-md border border-slate-300 p-4">
            <summary className="cursor-pointer font-medium">分派（转交承办单位或指定经办人）</summary>
            <div className="mt-3">
              <TextFieldsForm
                action={assignRequestAction.bind(null, request.id, request.version)}
                initial={{ unitId: String(request.unit.id), handlerId: request.handlerId ? String(request.handlerId) : "" }}
                submitLabel="分派"
                fields={[
                  { name: "unitId", label: "承办单位", required: true, options: Object.fromEntries(assignment.units.map((u) => [String(u.id), u.name])) },
                  {
                    name: "handlerId",
                    label: "经办人",
                    hint: "转交其他单位时可不选，由该单位的经办人接手；答复期限不变",
                    options: Object.fromEntries(assignment.handlers.map((h) => [String(h.id), h.displayName])),
                  },
                ]}
              />
            </div>
          </details>
        )}
        {request.notes.length === 0 ? (
          <p className="text-slate-600">暂无备注。</p>
        ) : (
          <ol aria-label="办理备注" className="space-y-2">
            {request.notes.map((note) => (
              <li key={note.id} className="rounded-md bg-slate-50 px-3 py-2">
                <p className="text-sm text-slate-600">
                  {note.author.displayName} · {formatDateTime(note.createdAt)}
                </p>
                <p className="whitespace-pre-wrap">{note.body}</p>
              </li>
            ))}
          </ol>
        )}
        <TextFieldsForm
          action={addRequestNoteAction.bind(null, request.id)}
          initial={{}}
          submitLabel="添加备注"
          fields={[{ name: "body", label: "办理备注（仅工作人员可见）", rows: 3, required: true }]}
        />
      </section>

      {request.letters.length > 0 && (
        <section aria-labelledby="letters-heading" className="space-y-3 rounded-lg bg-white p-5 shadow-sm">
          <h2 id="letters-heading" className="text-lg font-semibold">
            文书
          </h2>
          {request.letters.map((letter) => (
            <details key={letter.id} open={letter.kind === "ANSWER" && !letter.approvedAt} className="rounded-md border border-slate-300 p-4">
              <summary className="cursor-pointer font-medium">
                {letter.title}
                <span className="ml-2 text-sm text-slate-600">
                  {letter.approvedAt
                    ? `已签发 ${formatDateTime(letter.approvedAt)}`
                    : letter.kind === "ANSWER"
                      ? "草稿，待审批"
                      : `生成于 ${formatDateTime(letter.createdAt)}`}
                </span>
              </summary>
              <LetterText body={letter.body} className="mt-3" />
              <p className="mt-3">
                <Link href={`/admin/requests/${request.id}/letters/${letter.id}`}>打印</Link>
                {" · "}
                <a href={`/admin/requests/${request.id}/letters/${letter.id}/pdf`} download>
                  下载 PDF
                </a>
              </p>
            </details>
          ))}
        </section>
      )}

      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="applicant-heading" className="rounded-lg bg-white p-5 shadow-sm">
          <h2 id="applicant-heading" className="mb-2 text-lg font-semibold">
            申请人（个人信息，仅限办理使用）
          </h2>
          <Rows
            rows={[
              ["申请人类型", APPLICANT_TYPE_LABELS[request.applicantType]],
              ["姓名或名称", request.applicantName],
              ["联系人", request.contactPerson],
              ["证件", `${ID_TYPE_LABELS[request.idType as IdType] ?? request.idType} ${request.idNumber}`],
              ["联系电话", request.phone],
              ["电子邮箱", request.email],
              ["通信地址", [request.address, request.postalCode].filter(Boolean).join(" ")],
            ]}
          />
        </section>
        <section aria-labelledby="content-heading" className="rounded-lg bg-white p-5 shadow-sm">
          <h2 id="content-heading" className="mb-2 text-lg font-semibold">
            申请内容
          </h2>
          <Rows
            rows={[
              ["所需信息", request.description],
              ["文号", request.documentNo],
              ["用途", request.purpose],
              ["获取形式", INFO_FORM_LABELS[request.infoForm]],
              ["获取途径", DELIVERY_METHOD_LABELS[request.delivery]],
              ["收件渠道", REQUEST_CHANNEL_LABELS[request.channel]],
              ["提交时间", formatDateTime(request.submittedAt)],
              ["收到日期", request.receivedOn ? formatDate(request.receivedOn) : "待确认"],
              ["信息处理费", feeText(request)],
              ["办理结果", request.outcome ? REQUEST_OUTCOME_LABELS[request.outcome] : null],
            ]}
          />
        </section>
      </div>
    </div>
  );
}
