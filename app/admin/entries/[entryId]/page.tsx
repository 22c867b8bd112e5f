import { formatDateTime as time } from "@/lib/format";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EntryMetadata } from "@/components/entries/entry-metadata";
import { RevisionDiff } from "@/components/entries/revision-diff";
import { AttachmentList } from "@/components/entries/attachment-list";
import { PrecheckFindings } from "@/components/entries/precheck-findings";
import { UploadForm } from "@/components/entries/upload-form";
import { diffContent } from "@/lib/entries/diff";
import { storedContent } from "@/lib/entries/model";
import { ApproveForm, ClearanceForm, ReturnForm, UnpublishForm } from "@/components/entries/review-forms";
import { ActionButton } from "@/components/ui/action-button";
import { buttonClass } from "@/components/ui/button-class";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { FormMessage } from "@/components/ui/form-message";
import { requireUser } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import type { ReviewStep } from "@/lib/db/generated/enums";
import { findEntryForAdmin } from "@/lib/entries/queries";
import { sanitizeBody } from "@/lib/entries/sanitize";
import {
  CLEARANCE_CONCLUSION_LABELS,
  RETURN_REASONS,
  REVISION_STATE_LABELS,
  stateAfterEdit,
  WITHHOLDING_GROUNDS,
  type ReturnReason,
  type WithholdingGround,
  type ClearanceConclusion,
} from "@/lib/review/model";
import { idSchema } from "@/lib/units/schemas";
import {
  acknowledgeFindingAction,
  approveAction,
  clearanceAction,
  maskFindingsAction,
  precheckDraftAction,
  removeAttachmentAction,
  returnAction,
  simpleTransitionAction,
  startRevisionAction,
  unpublishAction,
  uploadAttachmentAction,
} from "../actions";

export const metadata = { title: "信息详情" };

/** Confirmation after an action redirected back here (the action's own form is gone by then). */
const REVIEW_STEP_LABELS: Record<ReviewStep, string> = { CLEARANCE: "保密审查", APPROVAL: "领导审批", IMPORT: "目录导入" };

const DONE_MESSAGES: Record<string, (indexNo: string | null) => string> = {
  saved: () => "已保存。",
  submitted: () => "已提交保密审查。",
  withdrawn: () => "已撤回提交。",
  cleared: () => "保密审查已通过，已转分管领导审批。",
  withheld: () => "已认定不予公开。",
  returned: () => "已退回起草人修改。",
  acknowledged: () => "已确认该项保密预检提示。",
  masked: () => "已遮盖正文中的个人信息。",
  prechecked: () => "保密预检已完成，请查看下方「保密预检」中的提示，修改或遮盖后再提交。",
  precheckedClean: () => "保密预检未发现密级标志、个人信息或敏感词。",
  published: (indexNo) => `已审批并发布，索引号 ${indexNo ?? ""}。`,
  scheduled: () => "已审批，将按设定时间自动发布。",
  unpublished: () => "已撤销发布，公众页面显示撤销说明。",
  reportDrafted: () => "已按年度报告生成公开稿。请核对正文后提交保密审查。",
};

export default async function EntryPage({ params, searchParams }: { params: Promise<{ entryId: string }>; searchParams: Promise<{ done?: string }> }) {
  const actor = await requireUser();
  const id = idSchema.safeParse((await params).entryId);
  const found = id.success ? await findEntryForAdmin(actor, id.data) : null;
  if (!found) notFound();
  const { entry, current, actions, findings, names, audit } = found;
  const { done } = await searchParams;
  const doneMessage = done && Object.hasOwn(DONE_MESSAGES, done) ? DONE_MESSAGES[done]!(entry.indexNo) : null;
  const canDraft = can(actor, "entries.draft", { unitPath: entry.unit.path });
  const editable = canDraft && stateAfterEdit(current.state) !== null;
  const canStartRevision = canDraft && ["PUBLISHED", "WITHDRAWN"].includes(current.state);
  const has = (a: (typeof actions)[number]) => actions.includes(a);
  const inReview = ["SUBMITTED", "CLEARED", "APPROVED"].includes(current.state);
  const roundReviews = current.reviews.filter((r) => current.submittedAt && r.createdAt >= current.submittedAt);
  const published = entry.revisions.find((r) => r.state === "PUBLISHED");
  const previous = entry.revisions.find((r) => r.number === current.number - 1);
  const categoryName = new Map(entry.revisions.flatMap((r) => [[r.topicId, r.topic.name] as const, [r.genreId, r.genre.name] as const]));
  const fileName = new Map(entry.revisions.flatMap((r) => r.attachments.map((a) => [a.sha256, a.filename] as const)));
  const categoryOf = {
    topic: (id: number) => categoryName.get(id) ?? String(id),
    genre: (id: number) => categoryName.get(id) ?? String(id),
    attachment: (sha256: string) => fileName.get(sha256) ?? sha256.slice(0, 12),
  };
  const diff = previous
    ? diffContent(
        storedContent(
          previous,
          entry.unitId,
          previous.attachments.map((a) => a.sha256),
        ),
        storedContent(
          current,
          entry.unitId,
          current.attachments.map((a) => a.sha256),
        ),
        categoryOf,
      )
    : null;

  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/entries">← 信息发布</Link>
      </p>
      <div className="space-y-1">
        <h1 className="text-2xl font-bold">{current.title}</h1>
        <p className="text-slate-700">
          第 {current.number} 版 · <strong>{REVISION_STATE_LABELS[current.state]}</strong> · 起草人 {names.get(current.drafterId)} · 最后修改{" "}
          {names.get(current.lastEditorId)}
          {current.scheduledAt && ` · 定于 ${time(current.scheduledAt)} 发布`}
        </p>
        {published && published.id !== current.id && <p className="text-sm">公众目前看到的是第 {published.number} 版，新版本发布前保持不变。</p>}
      </div>
      {doneMessage && <FormMessage result={{ ok: true, message: doneMessage }} />}
      {current.state === "DRAFT" && current.returnNote && (
        <div role="note" className="rounded-md border border-amber-600 bg-amber-50 px-4 py-3">
          <strong>已被退回修改</strong>（{RETURN_REASONS[current.returnReason as ReturnReason] ?? current.returnReason}）：{current.returnNote}
        </div>
      )}
      {entry.withdrawnAt && (
        <p className="rounded-md border border-red-700 bg-red-50 px-4 py-3">
          该信息已于 {time(entry.withdrawnAt)} 撤销发布：{entry.withdrawalNote}
        </p>
      )}

      <section aria-labelledby="actions-heading" className="space-y-4 rounded-lg bg-white p-5 shadow-sm">
        <h2 id="actions-heading" className="text-lg font-semibold">
          办理
        </h2>
        <div className="flex flex-wrap gap-3">
          {editable && (
            <Link href={`/admin/entries/${entry.id}/edit`} className={buttonClass("secondary")}>
              修改
            </Link>
          )}
          {editable && current.state === "DRAFT" && (
            <ActionButton action={precheckDraftAction.bind(null, entry.id, current.id, current.version)} label="保密预检" pendingText="正在预检…" />
          )}
          {has("submit") && (
            <ConfirmForm
              action={simpleTransitionAction.bind(null, entry.id, current.id, "submit")}
              label="提交审查"
              variant="primary"
              question="确定提交保密审查吗？提交后由保密审查员审查。"
              confirmLabel="提交"
            />
          )}
          {has("withdrawSubmission") && (
            <ConfirmForm
              action={simpleTransitionAction.bind(null, entry.id, current.id, "withdraw")}
              label="撤回提交"
              variant="secondary"
              question="确定撤回吗？已有的审查结果将作废。"
              confirmLabel="撤回"
            />
          )}
          {canStartRevision && (
            <ConfirmForm
              action={startRevisionAction.bind(null, entry.id)}
              label="修订"
              variant="secondary"
              question="新建一个修订版本？已发布的版本在新版本审批发布前保持在线。"
              confirmLabel="新建修订版本"
            />
          )}
          {published && (
            <Link href={`/admin/entries/${entry.id}/review-sheet?revision=${published.id}`} className={buttonClass("secondary")}>
              审核表
            </Link>
          )}
          {entry.indexNo && <Link href={`/entries/${entry.id}`}>查看公众页面</Link>}
        </div>
        {entry.importJobId && (
          <p className="text-sm text-slate-600">
            导入的信息：在原平台已经公开，经目录导入（批次 #{entry.importJobId}）保留原索引号和日期发布，未经本系统审查。
          </p>
        )}
        {editable && current.state !== "DRAFT" && (
          <p className="text-sm text-slate-600">注意：审查中的信息一经修改，已有的审查结果作废，须重新进行保密审查。</p>
        )}
        {(has("clear") || has("withhold")) && (
          <div className="space-y-2 border-t border-slate-200 pt-4">
            <h3 className="font-semibold">保密审查（第一步）</h3>
            <ClearanceForm action={clearanceAction.bind(null, entry.id, current.id)} proposedAttribute={current.attribute} />
          </div>
        )}
        {has("approve") && (
          <div className="space-y-2 border-t border-slate-200 pt-4">
            <h3 className="font-semibold">领导审批（第二步）</h3>
            <ApproveForm action={approveAction.bind(null, entry.id, current.id)} />
          </div>
        )}
        {has("returnToDrafter") && (
          <details className="border-t border-slate-200 pt-4">
            <summary className="cursor-pointer font-semibold">退回起草人修改</summary>
            <div className="pt-3">
              <ReturnForm action={returnAction.bind(null, entry.id, current.id)} />
            </div>
          </details>
        )}
        {has("unpublish") && (
          <details className="border-t border-slate-200 pt-4">
            <summary className="cursor-pointer font-semibold">撤销发布</summary>
            <div className="pt-3">
              <UnpublishForm action={unpublishAction.bind(null, entry.id, current.id)} />
            </div>
          </details>
        )}
        {actions.length === 0 && !editable && !canStartRevision && <p className="text-slate-600">您当前对这条信息没有可办理的操作。</p>}
      </section>

      {(inReview || (current.state === "DRAFT" && findings.length > 0)) && (
        <PrecheckFindings
          findings={findings}
          maskAction={editable ? (selection) => maskFindingsAction.bind(null, entry.id, current.id, current.version, selection) : undefined}
          restartsReview={inReview}
          acknowledgeAction={
            current.state === "SUBMITTED" && has("withhold")
              ? (findingId) => acknowledgeFindingAction.bind(null, entry.id, findingId, current.version)
              : undefined
          }
        />
      )}

      {roundReviews.length > 0 && (
        <section aria-labelledby="reviews-heading" className="space-y-2">
          <h2 id="reviews-heading" className="text-lg font-semibold">
            本轮审查记录
          </h2>
          <ul className="space-y-2">
            {roundReviews.map((r) => (
              <li key={r.id} className="rounded bg-white px-4 py-3 shadow-sm">
                <strong>{REVIEW_STEP_LABELS[r.step]}</strong> · {r.actorName} · {time(r.createdAt)} ·{" "}
                {r.step === "IMPORT"
                  ? "原平台已公开，直接导入"
                  : r.decision === "RETURNED"
                    ? `退回（${RETURN_REASONS[r.reason as ReturnReason] ?? r.reason}）`
                    : r.conclusion
                      ? CLEARANCE_CONCLUSION_LABELS[r.conclusion as ClearanceConclusion]
                      : "同意"}
                {r.legalGround && <div className="text-sm">依据：{WITHHOLDING_GROUNDS[r.legalGround as WithholdingGround]}</div>}
                {r.note && <div className="text-sm">意见：{r.note}</div>}
                <div className="font-mono text-xs break-all text-slate-500">内容摘要 {r.contentHash}</div>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="attachments-heading" className="space-y-3 rounded-lg bg-white p-5 shadow-sm">
        <h2 id="attachments-heading" className="text-lg font-semibold">
          附件
        </h2>
        <AttachmentList
          attachments={current.attachments}
          renderAction={
            editable
              ? (a) => (
                  <ConfirmForm
                    action={removeAttachmentAction.bind(null, entry.id, a.id)}
                    label={`删除 ${a.filename}`}
                    variant="secondary"
                    question={`确定删除附件「${a.filename}」吗？${current.state === "DRAFT" ? "" : "已有的审查结果将作废。"}`}
                    confirmLabel="删除"
                  />
                )
              : undefined
          }
        />
        {editable && <UploadForm action={uploadAttachmentAction.bind(null, entry.id, current.id)} />}
      </section>

      {previous && diff && <RevisionDiff fromNumber={previous.number} fields={diff.fields} body={diff.body} />}

      <section aria-labelledby="meta-heading" className="space-y-3">
        <h2 id="meta-heading" className="text-lg font-semibold">
          预览
        </h2>
        <div className="rounded-lg bg-white p-5 shadow-sm">
          <EntryMetadata revision={current} indexNo={entry.indexNo} unitName={entry.unit.name} firstPublishedAt={entry.firstPublishedAt} />
          {current.summary && <p className="mt-4 text-slate-700">{current.summary}</p>}
          <div className="entry-body mt-4" dangerouslySetInnerHTML={{ __html: sanitizeBody(current.bodyHtml) }} />
        </div>
      </section>

      <section aria-labelledby="history-heading" className="space-y-2">
        <h2 id="history-heading" className="text-lg font-semibold">
          办理记录
        </h2>
        <ol className="space-y-1 text-sm">
          {audit.map((event) => (
            <li key={String(event.id)}>
              <time dateTime={event.createdAt.toISOString()}>{time(event.createdAt)}</time> {event.actorName}：{event.summary}
              {event.reason && <span className="text-slate-600">（{event.reason}）</span>}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
