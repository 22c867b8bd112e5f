import { TextFieldsForm, type TextField } from "@/components/admin/text-fields-form";
import { ConfirmForm } from "@/components/ui/confirm-form";
import type { ActionResult } from "@/lib/action-result";
import { PAUSE_REASON_LABELS } from "@/lib/requests/deadlines";
import { FEE_METHOD_LABELS } from "@/lib/requests/fees";
import { REQUEST_ACTION_LABELS, type RequestAction } from "@/lib/requests/model";

type StepAction = (action: RequestAction, state: ActionResult | null, formData: FormData) => Promise<ActionResult>;

const on: TextField = { name: "on", label: "日期", type: "date", required: true };
const reason = (label: string): TextField => ({ name: "reason", label, rows: 3, required: true });

/** The fields each step asks for; steps without fields are one button. */
const FIELDS: Partial<Record<RequestAction, TextField[]>> = {
  discard: [
    {
      ...reason("不予登记的理由（将显示给提交人）"),
      hint: "仅用于不是政府信息公开申请的提交，如广告、测试、重复提交；不计入年度报告。真实的申请请登记后按规定答复。",
    },
  ],
  requestCorrection: [
    { ...on, label: "告知补正日期", hint: "须在收到申请之日起 7 个工作日内" },
    { name: "items", label: "需要补正的内容", rows: 4, required: true, hint: "每行一项，一次性告知全部需要补正的内容" },
  ],
  receiveCorrection: [{ ...on, label: "收到补正后申请的日期" }],
  startConsultation: [
    { ...on, label: "发出征求意见日期" },
    {
      name: "pauseReason",
      label: "征求意见对象",
      required: true,
      options: { THIRD_PARTY: PAUSE_REASON_LABELS.THIRD_PARTY, AGENCY_CONSULTATION: PAUSE_REASON_LABELS.AGENCY_CONSULTATION },
    },
  ],
  endConsultation: [{ ...on, label: "收到意见（或期满）日期" }],
  extend: [
    { ...on, label: "负责人同意延期的日期" },
    { name: "workingDays", label: "延长工作日数", type: "number", required: true, hint: "最长 20 个工作日，只能延长一次" },
    reason("延期理由（将告知申请人）"),
  ],
  sendFeeNotice: [
    { name: "method", label: "计费方式", required: true, options: FEE_METHOD_LABELS, hint: "同一申请只能选一种方式" },
    { name: "quantity", label: "件数或页数", type: "number", required: true, hint: "按件：本申请的件数（本月此前的申请自动计入）；按量：页数" },
    { name: "waiverReason", label: "减免理由（减免时填写）" },
  ],
  recordPayment: [{ ...on, label: "缴费日期" }],
  returnAnswer: [reason("退回理由")],
  reopen: [reason("重新办理的理由")],
};

/** Steps that end the request: asked for in a dialog first. */
const CONFIRM: Partial<Record<RequestAction, string>> = {
  abandonCorrection: "确定按“申请人无正当理由逾期不补正”终止办理吗？终止后计入年度报告“其他处理”。",
  withdrawByApplicant: "确定登记申请人已撤回申请并终止办理吗？",
  approveAnswer: "确定审批通过该答复吗？通过后申请人即可查看答复书。",
  feeUnpaid: "确定按“申请人逾期未缴纳信息处理费”终止办理吗？",
};

/** The next steps the current user may take on a request, each as its own small form. */
export function RequestSteps({ actions, act, today }: { actions: RequestAction[]; act: StepAction; today: string }) {
  return (
    <div className="space-y-4">
      {actions
        .filter((a) => a !== "register")
        .map((action) => {
          const label = REQUEST_ACTION_LABELS[action];
          const fields = FIELDS[action];
          const bound = act.bind(null, action);
          if (CONFIRM[action])
            return (
              <ConfirmForm key={action} action={bound} label={label} question={CONFIRM[action]} variant={action === "approveAnswer" ? "primary" : "danger"} />
            );
          if (!fields) return <TextFieldsForm key={action} action={bound} fields={[]} initial={{}} submitLabel={label} />;
          return (
            <details key={action} className="rounded-md border border-slate-300 p-4">
              <summary className="cursor-pointer font-medium">{label}</summary>
              <div className="mt-3">
                <TextFieldsForm action={bound} fields={fields} initial={{ on: today }} submitLabel={label} />
              </div>
            </details>
          );
        })}
    </div>
  );
}
