import type { ActionResult } from "@/lib/action-result";
import { formatDateTime } from "@/lib/format";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { isMaskable } from "@/lib/safeguards/mask";
import { FINDING_LABELS, PRECHECK_FIELD_LABELS, type FindingType, type PrecheckField } from "@/lib/safeguards/model";
import { AcknowledgeFindingForm } from "./review-forms";

export type PrecheckFindingView = {
  id: number;
  field: string;
  type: string;
  match: string;
  severity: string;
  suggestion: string | null;
  line: number;
  /** For an attachment finding, the file's name. */
  attachmentName?: string | null;
  before: string;
  after: string;
  acknowledgedAt: Date | null;
  note: string | null;
  acknowledgedBy: { displayName: string } | null;
};

type Action = (state: ActionResult | null, formData: FormData) => Promise<ActionResult>;

/**
 * 保密预检: the findings on the current content; `acknowledgeAction` only for who may make the step-1
 * decision, `maskAction` only for the drafter side while the revision is open (`restartsReview` when
 * masking sends it back to 保密审查).
 */
export function PrecheckFindings({
  findings,
  acknowledgeAction,
  maskAction,
  restartsReview = false,
}: {
  findings: PrecheckFindingView[];
  acknowledgeAction?: (findingId: number) => Action;
  maskAction?: (selection: number | "all-personal") => () => Promise<ActionResult>;
  restartsReview?: boolean;
}) {
  const open = findings.filter((f) => !f.acknowledgedAt).length;
  const isBodyMaskable = (f: PrecheckFindingView) => f.field === "body" && isMaskable(f.type as FindingType);
  const afterMasking = restartsReview ? "修改后这条信息将重新进入保密审查，已有审查结果作废。" : "";
  return (
    <section aria-labelledby="precheck-heading" className="space-y-3 rounded-lg bg-white p-5 shadow-sm">
      <h2 id="precheck-heading" className="text-lg font-semibold">
        保密预检
      </h2>
      {findings.length === 0 ? (
        <p className="text-slate-700">保密预检未发现密级标志、个人信息或敏感词。</p>
      ) : (
        <>
          <p className="text-slate-700">
            预检发现 {findings.length} 项提示{open > 0 ? `，其中 ${open} 项尚未确认。保密审查通过前须逐项确认，或退回修改` : "，均已确认"}。
          </p>
          {maskAction && findings.some(isBodyMaskable) && (
            <ConfirmForm
              action={maskAction("all-personal")}
              label="遮盖全部个人信息"
              question={`将正文中的身份证号码、电话、银行卡号、电子邮箱和地址等个人信息全部遮盖（如 110***********1234、138****5678），原文不再保存。${afterMasking}`}
              confirmLabel="遮盖"
              variant="secondary"
            />
          )}
          <ol className="space-y-3">
            {findings.map((f) => (
              <li
                key={f.id}
                aria-label={`${FINDING_LABELS[f.type as FindingType] ?? f.type}：${f.match}`}
                className="space-y-2 rounded border border-slate-200 px-4 py-3"
              >
                <div className="flex flex-wrap items-center gap-2">
                  <strong>{FINDING_LABELS[f.type as FindingType] ?? f.type}</strong>
                  <span
                    className={f.severity === "block" ? "rounded bg-red-100 px-2 text-sm text-red-800" : "rounded bg-amber-100 px-2 text-sm text-amber-900"}
                  >
                    {f.severity === "block" ? "不得公开" : "请核实"}
                  </span>
                  <span className="text-sm text-slate-600">
                    {PRECHECK_FIELD_LABELS[f.field as PrecheckField] ?? f.field}
                    {f.field === "body" && ` 第 ${f.line} 段`}
                    {f.field === "attachment" && (f.attachmentName ? `「${f.attachmentName}」` : ` 第 ${f.line} 个`)}
                  </span>
                </div>
                <p className="break-all">
                  {f.before}
                  <mark className="bg-yellow-200 px-0.5">{f.match}</mark>
                  {f.after}
                </p>
                {f.suggestion && <p className="text-sm">建议改为：{f.suggestion}</p>}
                {maskAction && isBodyMaskable(f) && (
                  <ConfirmForm
                    action={maskAction(f.id)}
                    label="一键遮盖"
                    question={`将正文中的“${f.match}”遮盖，原文不再保存。${afterMasking}`}
                    confirmLabel="遮盖"
                    variant="secondary"
                  />
                )}
                {f.acknowledgedAt ? (
                  <p className="text-sm text-slate-700">
                    已由 {f.acknowledgedBy?.displayName} 于 {formatDateTime(f.acknowledgedAt)} 确认无碍：{f.note}
                  </p>
                ) : acknowledgeAction ? (
                  <AcknowledgeFindingForm action={acknowledgeAction(f.id)} findingId={f.id} />
                ) : (
                  <p className="text-sm text-slate-600">待保密审查员确认。</p>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
