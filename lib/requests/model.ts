/**
 * Disclosure applications (依申请公开): the vocabulary (applicant types, channels, states, outcomes, forms of
 * the information, delivery) with Chinese labels, the outcome metadata the annual report and the answer letters
 * need, the receipt-date rule per channel, and the request state machine.
 *
 *   SUBMITTED (online, not yet registered) → RECEIVED → IN_PROGRESS → AWAITING_APPROVAL → ANSWERED
 *
 * with NEEDS_CORRECTION (补正, clock stopped), CONSULTING (third party or other agency, clock paused),
 * FEE_NOTICE_SENT (信息处理费 awaited, clock paused) as side trips, CLOSED for applications that end without
 * an approved answer (no correction, fee unpaid, withdrawn), and reopening of answered or closed ones.
 *
 * Pure: no I/O, no clock. Services load the request, ask `decideRequest()`, and apply the outcome in one
 * transaction with its audit row. Legal basis: 《政府信息公开条例》 2019 art. 29–45; domain.md §1, §3, §4.
 */
import type { WorkingCalendar } from "./calendar";
import { type IsoDate } from "./dates";
import { CORRECTION_WINDOW_WORKING_DAYS, correctionDeadline } from "./deadlines";

// ---------------------------------------------------------------------------------------------------------
// Applicants, channels, forms and delivery
// ---------------------------------------------------------------------------------------------------------

/** The six applicant columns of annual-report table 三, in report order (domain.md §5). */
export const APPLICANT_TYPES = [
  "NATURAL_PERSON",
  "COMMERCIAL_ENTERPRISE",
  "RESEARCH_INSTITUTION",
  "SOCIAL_WELFARE_ORG",
  "LEGAL_SERVICE_ORG",
  "OTHER_ORG",
] as const;
export type ApplicantType = (typeof APPLICANT_TYPES)[number];

export const APPLICANT_TYPE_LABELS: Record<ApplicantType, string> = {
  NATURAL_PERSON: "自然人",
  COMMERCIAL_ENTERPRISE: "商业企业",
  RESEARCH_INSTITUTION: "科研机构",
  SOCIAL_WELFARE_ORG: "社会公益组织",
  LEGAL_SERVICE_ORG: "法律服务机构",
  OTHER_ORG: "其他",
};

/** Heading of the five organisation columns in table 三. */
export const ORGANISATION_COLUMNS_HEADING = "法人或其他组织";

/** Whether the applicant is one of the five 法人或其他组织 columns (everyone but a natural person). */
export function isOrganisation(type: ApplicantType): boolean {
  return type !== "NATURAL_PERSON";
}

export const REQUEST_CHANNELS = ["ONLINE", "IN_PERSON", "SERVICE_WINDOW", "POST_SIGNED", "POST_UNSIGNED", "FAX", "EMAIL"] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

export const REQUEST_CHANNEL_LABELS: Record<RequestChannel, string> = {
  ONLINE: "网上申请",
  IN_PERSON: "当面提交",
  SERVICE_WINDOW: "政务服务中心窗口",
  POST_SIGNED: "邮寄（挂号/快递，签收）",
  POST_UNSIGNED: "平常信函",
  FAX: "传真",
  EMAIL: "电子邮件",
};

interface ReceiptRule {
  /** Shown next to the receipt-date field of the intake form. */
  hint: string;
  /** The receipt date is the day both sides confirm it, not a day the office observes alone. */
  needsConfirmation: boolean;
}

/**
 * When an application counts as received (条例 art. 31; domain.md §1). E-mail to the published address counts
 * on the day the mail system receives it (国办公开办函〔2015〕207号), and the service window is handing in
 * in person, so neither needs a confirmation. For the confirmation channels, an applicant who cannot be
 * reached starts the clock only when contact is restored (207号).
 */
const RECEIPT_RULES: Record<RequestChannel, ReceiptRule> = {
  ONLINE: {
    hint: "网上申请以本机关与申请人双方确认之日为收到申请之日（条例第三十一条第三项）。请与申请人确认后填写确认日期；无法取得联系的，自取得联系之日起计算。",
    needsConfirmation: true,
  },
  IN_PERSON: {
    hint: "当面提交的，以提交之日为收到申请之日（条例第三十一条第一项）。",
    needsConfirmation: false,
  },
  SERVICE_WINDOW: {
    hint: "在政务服务中心窗口提交的，按当面提交处理，以提交之日为收到申请之日（条例第三十一条第一项）。",
    needsConfirmation: false,
  },
  POST_SIGNED: {
    hint: "以挂号信、快递等需签收的邮寄方式提交的，以本机关签收之日为收到申请之日（条例第三十一条第二项）。请填写签收日期。",
    needsConfirmation: false,
  },
  POST_UNSIGNED: {
    hint: "以平常信函等无需签收的方式提交的，应于收到当日与申请人确认，以确认之日为收到申请之日（条例第三十一条第二项）；无法取得联系的，自取得联系之日起计算。",
    needsConfirmation: true,
  },
  FAX: {
    hint: "通过传真提交的，以本机关与申请人双方确认之日为收到申请之日（条例第三十一条第三项）；无法取得联系的，自取得联系之日起计算。",
    needsConfirmation: true,
  },
  EMAIL: {
    hint: "通过本机关公布的电子邮箱提交的，以电子邮件系统收到之日为收到申请之日（国办公开办函〔2015〕207号），与当面提交相同，无需另行确认。",
    needsConfirmation: false,
  },
};

/** The receipt-date rule of `channel` as a hint for the intake form. */
export function receiptRuleHint(channel: RequestChannel): string {
  return RECEIPT_RULES[channel].hint;
}

/** Whether the receipt date must be confirmed with the applicant (ONLINE, FAX, POST_UNSIGNED; 条例 art. 31). */
export function receiptRuleNeedsConfirmation(channel: RequestChannel): boolean {
  return RECEIPT_RULES[channel].needsConfirmation;
}

/**
 * Channels an agency may never refuse (国办公开办函〔2017〕19号: 当面 and 邮政寄送). The others are optional,
 * but binding once announced in the 公开指南.
 */
export function isMandatoryChannel(channel: RequestChannel): boolean {
  return channel === "IN_PERSON" || channel === "POST_SIGNED" || channel === "POST_UNSIGNED";
}

/** The form in which the information is provided (条例 art. 40). */
export const INFO_FORMS = ["PAPER", "ELECTRONIC", "INSPECTION"] as const;
export type InfoForm = (typeof INFO_FORMS)[number];
export const INFO_FORM_LABELS: Record<InfoForm, string> = {
  PAPER: "纸质",
  ELECTRONIC: "电子",
  INSPECTION: "当场查阅、抄录",
};

export const DELIVERY_METHODS = ["POST", "EMAIL", "PICKUP", "ONLINE"] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];
export const DELIVERY_METHOD_LABELS: Record<DeliveryMethod, string> = {
  POST: "邮寄",
  EMAIL: "电子邮件",
  PICKUP: "自行领取",
  ONLINE: "网上获取",
};

// ---------------------------------------------------------------------------------------------------------
// Outcomes (domain.md §3): the rows of annual-report table 三, section 三、本年度办理结果
// ---------------------------------------------------------------------------------------------------------

/** Every outcome, in report order. */
export const REQUEST_OUTCOMES = [
  "GRANTED",
  "PARTIAL",
  "DENIED_STATE_SECRET",
  "DENIED_LAW_PROHIBITED",
  "DENIED_SECURITY_STABILITY",
  "DENIED_THIRD_PARTY",
  "DENIED_INTERNAL_AFFAIRS",
  "DENIED_PROCESS_INFO",
  "DENIED_ENFORCEMENT_FILE",
  "DENIED_ADMIN_QUERY",
  "UNAVAILABLE_NOT_HELD",
  "UNAVAILABLE_NEEDS_CREATION",
  "UNAVAILABLE_STILL_UNCLEAR",
  "NOT_PROCESSED_PETITION",
  "NOT_PROCESSED_DUPLICATE",
  "NOT_PROCESSED_PUBLICATION",
  "NOT_PROCESSED_EXCESSIVE",
  "NOT_PROCESSED_CONFIRM_REISSUE",
  "OTHER_NO_CORRECTION",
  "OTHER_FEE_UNPAID",
  "OTHER",
] as const;
export type RequestOutcome = (typeof REQUEST_OUTCOMES)[number];

/** The six result sections （一）…（六） of table 三. */
export const OUTCOME_GROUP_CODES = ["GRANTED", "PARTIAL", "DENIED", "UNAVAILABLE", "NOT_PROCESSED", "OTHER"] as const;
export type OutcomeGroupCode = (typeof OUTCOME_GROUP_CODES)[number];

/** The `DENIED_*` outcomes, also the grounds for the withheld part of a PARTIAL answer. */
export type DeniedOutcome = Extract<RequestOutcome, `DENIED_${string}`>;

export const REGULATION = "《中华人民共和国政府信息公开条例》";
export const FEE_REGULATION = "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）";

export interface OutcomeInfo {
  group: OutcomeGroupCode;
  /** The report row label, verbatim from the 2021 format (domain.md §3). */
  reportLabel: string;
  /** Short label for lists and forms: "不予公开：属于国家秘密". */
  label: string;
  /**
   * Provisions the answer cites, full titles included; null where domain.md §3 gives none (the clerk fills it in).
   * GRANTED and UNAVAILABLE_NOT_HELD list two items: the letter picks the one that applies.
   */
  basis: string | null;
  /** The basis is the domain notes' own mapping and is marked "(unconfirmed)" there (domain.md §3, §10). */
  basisUnconfirmed: boolean;
  /** Every non-grant reply must state reasons (条例 art. 36(3), 37; domain.md §3). */
  requiresExplanation: boolean;
}

const row = (
  group: OutcomeGroupCode,
  reportLabel: string,
  basis: string | null,
  basisUnconfirmed = false,
): Omit<OutcomeInfo, "label" | "requiresExplanation"> => ({
  group,
  reportLabel,
  basis,
  basisUnconfirmed,
});

const OUTCOME_ROWS: Record<RequestOutcome, Omit<OutcomeInfo, "label" | "requiresExplanation">> = {
  GRANTED: row("GRANTED", "（一）予以公开", `${REGULATION}第三十六条第（一）项、第（二）项`),
  PARTIAL: row("PARTIAL", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", `${REGULATION}第三十七条`),
  DENIED_STATE_SECRET: row("DENIED", "1.属于国家秘密", `${REGULATION}第十四条、第三十六条第（三）项`),
  DENIED_LAW_PROHIBITED: row("DENIED", "2.其他法律行政法规禁止公开", `${REGULATION}第十四条、第三十六条第（三）项`),
  DENIED_SECURITY_STABILITY: row("DENIED", "3.危及“三安全一稳定”", `${REGULATION}第十四条、第三十六条第（三）项`),
  DENIED_THIRD_PARTY: row("DENIED", "4.保护第三方合法权益", `${REGULATION}第十五条、第三十六条第（三）项`),
  DENIED_INTERNAL_AFFAIRS: row("DENIED", "5.属于三类内部事务信息", `${REGULATION}第十六条第一款、第三十六条第（三）项`),
  DENIED_PROCESS_INFO: row("DENIED", "6.属于四类过程性信息", `${REGULATION}第十六条第二款、第三十六条第（三）项`),
  DENIED_ENFORCEMENT_FILE: row("DENIED", "7.属于行政执法案卷", `${REGULATION}第十六条第二款、第三十六条第（三）项`),
  // domain.md §3 gives no basis; art. 36(7) (registration records with their own access rules) is the usual reading.
  DENIED_ADMIN_QUERY: row("DENIED", "8.属于行政查询事项", `${REGULATION}第三十六条第（七）项`, true),
  UNAVAILABLE_NOT_HELD: row("UNAVAILABLE", "1.本机关不掌握相关政府信息", `${REGULATION}第三十六条第（四）项、第（五）项`, true),
  UNAVAILABLE_NEEDS_CREATION: row("UNAVAILABLE", "2.没有现成信息需要另行制作", `${REGULATION}第三十八条`),
  UNAVAILABLE_STILL_UNCLEAR: row("UNAVAILABLE", "3.补正后申请内容仍不明确", `${REGULATION}第三十条`),
  NOT_PROCESSED_PETITION: row("NOT_PROCESSED", "1.信访举报投诉类申请", `${REGULATION}第三十九条第一款`),
  NOT_PROCESSED_DUPLICATE: row("NOT_PROCESSED", "2.重复申请", `${REGULATION}第三十六条第（六）项`),
  NOT_PROCESSED_PUBLICATION: row("NOT_PROCESSED", "3.要求提供公开出版物", `${REGULATION}第三十九条第二款`),
  NOT_PROCESSED_EXCESSIVE: row("NOT_PROCESSED", "4.无正当理由大量反复申请", `${REGULATION}第三十五条`),
  NOT_PROCESSED_CONFIRM_REISSUE: row("NOT_PROCESSED", "5.要求行政机关确认或重新出具已获取信息", null),
  OTHER_NO_CORRECTION: row("OTHER", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", `${REGULATION}第三十条`),
  OTHER_FEE_UNPAID: row("OTHER", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", `${REGULATION}第四十二条、${FEE_REGULATION}`),
  OTHER: row("OTHER", "3.其他", null),
};

export interface OutcomeGroup {
  code: OutcomeGroupCode;
  /** "（三）" */
  numeral: string;
  /** "不予公开" */
  heading: string;
  /** The group's own report row: "（三）不予公开"; for （一） and （二） the row of their single outcome. */
  reportLabel: string;
  outcomes: readonly RequestOutcome[];
}

const GROUP_HEADINGS: Record<OutcomeGroupCode, { numeral: string; heading: string }> = {
  GRANTED: { numeral: "（一）", heading: "予以公开" },
  PARTIAL: { numeral: "（二）", heading: "部分公开" },
  DENIED: { numeral: "（三）", heading: "不予公开" },
  UNAVAILABLE: { numeral: "（四）", heading: "无法提供" },
  NOT_PROCESSED: { numeral: "（五）", heading: "不予处理" },
  OTHER: { numeral: "（六）", heading: "其他处理" },
};

/** The six result sections of table 三 in report order, each with its outcomes in row order. */
export const OUTCOME_GROUPS: readonly OutcomeGroup[] = OUTCOME_GROUP_CODES.map((code) => {
  const { numeral, heading } = GROUP_HEADINGS[code];
  const outcomes = REQUEST_OUTCOMES.filter((outcome) => OUTCOME_ROWS[outcome].group === code);
  const single = outcomes.length === 1 && outcomes[0] !== undefined ? OUTCOME_ROWS[outcomes[0]].reportLabel : null;
  return { code, numeral, heading, reportLabel: single ?? `${numeral}${heading}`, outcomes };
});

/** "1.属于国家秘密" → "属于国家秘密" */
const withoutRowNumber = (label: string) => label.replace(/^\d+\./, "");

export const OUTCOME_INFO: Record<RequestOutcome, OutcomeInfo> = Object.fromEntries(
  REQUEST_OUTCOMES.map((outcome) => {
    const info = OUTCOME_ROWS[outcome];
    const { heading } = GROUP_HEADINGS[info.group];
    const label = info.group === "GRANTED" || info.group === "PARTIAL" ? heading : `${heading}：${withoutRowNumber(info.reportLabel)}`;
    return [outcome, { ...info, label, requiresExplanation: outcome !== "GRANTED" }];
  }),
) as Record<RequestOutcome, OutcomeInfo>;

export const REQUEST_OUTCOME_LABELS: Record<RequestOutcome, string> = Object.fromEntries(
  REQUEST_OUTCOMES.map((outcome) => [outcome, OUTCOME_INFO[outcome].label]),
) as Record<RequestOutcome, string>;

export function outcomeGroupOf(outcome: RequestOutcome): OutcomeGroupCode {
  return OUTCOME_ROWS[outcome].group;
}

export function isDeniedOutcome(outcome: RequestOutcome): outcome is DeniedOutcome {
  return OUTCOME_ROWS[outcome].group === "DENIED";
}

/** Every outcome but GRANTED must come with reasons (条例 art. 36(3), 37; domain.md §3). */
export function outcomeRequiresExplanation(outcome: RequestOutcome): boolean {
  return OUTCOME_INFO[outcome].requiresExplanation;
}

// ---------------------------------------------------------------------------------------------------------
// States
// ---------------------------------------------------------------------------------------------------------

export const REQUEST_STATES = [
  "SUBMITTED",
  "RECEIVED",
  "NEEDS_CORRECTION",
  "IN_PROGRESS",
  "CONSULTING",
  "FEE_NOTICE_SENT",
  "AWAITING_APPROVAL",
  "ANSWERED",
  "CLOSED",
] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

export const REQUEST_STATE_LABELS: Record<RequestState, string> = {
  SUBMITTED: "待登记",
  RECEIVED: "已登记",
  NEEDS_CORRECTION: "待补正",
  IN_PROGRESS: "办理中",
  CONSULTING: "征求意见中",
  FEE_NOTICE_SENT: "待缴费",
  AWAITING_APPROVAL: "答复待审批",
  ANSWERED: "已答复",
  CLOSED: "已终止",
};

/** An application still to be dealt with: everything but ANSWERED and CLOSED. */
export function isOpen(state: RequestState): boolean {
  return state !== "ANSWERED" && state !== "CLOSED";
}

/**
 * Whether the reply period is being counted. Not before registration (SUBMITTED: the receipt date of an
 * online application is the day both sides confirm, 条例 art. 31(3)); not while a 补正 is awaited (art. 30,
 * the period restarts on receipt of the correction); not during consultations (art. 32–34) or while a fee
 * notice awaits payment (domain.md §4, modelled as a pause, unconfirmed). It keeps running while the answer
 * waits for approval: internal approval is part of the reply period.
 */
export function isClockRunning(state: RequestState): boolean {
  return state === "RECEIVED" || state === "IN_PROGRESS" || state === "AWAITING_APPROVAL";
}

// ---------------------------------------------------------------------------------------------------------
// Actions, capabilities and the decision function
// ---------------------------------------------------------------------------------------------------------

export const REQUEST_ACTIONS = [
  "register",
  "discard",
  "requestCorrection",
  "receiveCorrection",
  "abandonCorrection",
  "startWork",
  "startConsultation",
  "endConsultation",
  "sendFeeNotice",
  "recordPayment",
  "feeUnpaid",
  "extend",
  "submitAnswer",
  "approveAnswer",
  "returnAnswer",
  "withdrawByApplicant",
  "reopen",
] as const;
export type RequestAction = (typeof REQUEST_ACTIONS)[number];

export const REQUEST_ACTION_LABELS: Record<RequestAction, string> = {
  register: "登记收到申请",
  discard: "不予登记（无效提交）",
  requestCorrection: "告知补正",
  receiveCorrection: "登记收到补正",
  abandonCorrection: "逾期未补正，不再处理",
  startWork: "开始办理",
  startConsultation: "征求意见",
  endConsultation: "结束征求意见",
  sendFeeNotice: "发送收费通知",
  recordPayment: "登记已缴费",
  feeUnpaid: "逾期未缴费，不再处理",
  extend: "延长答复期限",
  submitAnswer: "提交答复审批",
  approveAnswer: "审批通过答复",
  returnAnswer: "退回答复",
  withdrawByApplicant: "申请人撤回申请",
  reopen: "重新办理",
};

/**
 * Capabilities over the request's unit. The strings match the entries lib/auth/permissions.ts will carry:
 * "requests.handle" for the unit's handlers (经办人), "requests.approve" for the head of the 政府信息公开工作机构
 * or the leader who signs answers.
 */
export const REQUEST_CAPABILITIES = ["requests.handle", "requests.approve"] as const;
export type RequestCapability = (typeof REQUEST_CAPABILITIES)[number];

/**
 * The acting staff member as these rules see them. The service builds it with
 * `toRequestActor(actor, (capability) => can(actor, capability, { unitPath: request.unitPath }))`, so unit
 * scoping stays in lib/auth/permissions.ts.
 */
export interface RequestActor {
  id: number;
  capabilities: readonly RequestCapability[];
}

export function toRequestActor(actor: { id: number }, holds: (capability: RequestCapability) => boolean): RequestActor {
  return { id: actor.id, capabilities: REQUEST_CAPABILITIES.filter((capability) => holds(capability)) };
}

/** What the rules need to know about an application. */
export interface RequestFacts {
  state: RequestState;
  /** The assigned handler (承办人); null while unassigned. */
  handlerId: number | null;
  /** A 补正 notice has been sent for this application (only one is allowed, 条例 art. 30). */
  correctionRequested: boolean;
  /** The reply period has been extended (only once, 条例 art. 33). */
  extended: boolean;
  /** The answer being prepared: the chosen outcome and its explanation; null before a draft exists. */
  draft: { outcome: RequestOutcome | null; explanation: string } | null;
  /** Who submitted the current answer for approval; null unless AWAITING_APPROVAL. */
  answerSubmittedBy: number | null;
}

/** Free text that comes with an action: the reason for a return, an extension or a reopening. */
export interface ActionDetails {
  reason?: string;
}

export type RequestRefusalCode =
  | "WRONG_STATE"
  | "NO_ROLE"
  | "OWN_WORK"
  | "ALREADY_EXTENDED"
  | "CORRECTION_ALREADY_REQUESTED"
  | "NO_OUTCOME"
  | "OUTCOME_NOT_ALLOWED"
  | "EXPLANATION_MISSING"
  | "REASON_REQUIRED";

/**
 * The result of `decideRequest`. On success, `to` is the next state (the same state for `extend`) and `outcome`
 * is present when the action sets the outcome (closing and approving) or clears it (null, on reopening).
 */
export type RequestDecision = { ok: true; to: RequestState; outcome?: RequestOutcome | null } | { ok: false; reason: RequestRefusalCode; message: string };

const refuse = (reason: RequestRefusalCode, message: string): RequestDecision => ({ ok: false, reason, message });

const OPEN_STATES: readonly RequestState[] = REQUEST_STATES.filter(isOpen);

const FROM: Record<RequestAction, readonly RequestState[]> = {
  register: ["SUBMITTED"],
  discard: ["SUBMITTED"],
  requestCorrection: ["RECEIVED", "IN_PROGRESS"],
  receiveCorrection: ["NEEDS_CORRECTION"],
  abandonCorrection: ["NEEDS_CORRECTION"],
  startWork: ["RECEIVED"],
  startConsultation: ["IN_PROGRESS"],
  endConsultation: ["CONSULTING"],
  sendFeeNotice: ["IN_PROGRESS"],
  recordPayment: ["FEE_NOTICE_SENT"],
  feeUnpaid: ["FEE_NOTICE_SENT"],
  extend: ["RECEIVED", "IN_PROGRESS", "CONSULTING"],
  submitAnswer: ["IN_PROGRESS"],
  approveAnswer: ["AWAITING_APPROVAL"],
  returnAnswer: ["AWAITING_APPROVAL"],
  withdrawByApplicant: OPEN_STATES,
  reopen: ["ANSWERED", "CLOSED"],
};

/** null: the state does not change (the extension is recorded beside it). */
const TO: Record<RequestAction, RequestState | null> = {
  register: "RECEIVED",
  discard: "CLOSED",
  requestCorrection: "NEEDS_CORRECTION",
  receiveCorrection: "IN_PROGRESS",
  abandonCorrection: "CLOSED",
  startWork: "IN_PROGRESS",
  startConsultation: "CONSULTING",
  endConsultation: "IN_PROGRESS",
  sendFeeNotice: "FEE_NOTICE_SENT",
  recordPayment: "IN_PROGRESS",
  feeUnpaid: "CLOSED",
  extend: null,
  submitAnswer: "AWAITING_APPROVAL",
  approveAnswer: "ANSWERED",
  returnAnswer: "IN_PROGRESS",
  withdrawByApplicant: "CLOSED",
  reopen: "IN_PROGRESS",
};

/** The state `action` leads to (null: it stays); for steps taken outside decideRequest, such as the applicant's online 补正. */
export const stateAfter = (action: RequestAction): RequestState | null => TO[action];

/**
 * Which capability each action needs. Approving is for the leader: the extension needs the head of the
 * 政府信息公开工作机构 (条例 art. 33 ¶2); answers go out only after approval; reopening undoes an approved
 * answer or a closure. Everything else is the handler's daily work.
 */
const CAPABILITY: Record<RequestAction, RequestCapability> = {
  register: "requests.handle",
  discard: "requests.handle",
  requestCorrection: "requests.handle",
  receiveCorrection: "requests.handle",
  abandonCorrection: "requests.handle",
  startWork: "requests.handle",
  startConsultation: "requests.handle",
  endConsultation: "requests.handle",
  sendFeeNotice: "requests.handle",
  recordPayment: "requests.handle",
  feeUnpaid: "requests.handle",
  extend: "requests.approve",
  submitAnswer: "requests.handle",
  approveAnswer: "requests.approve",
  returnAnswer: "requests.approve",
  withdrawByApplicant: "requests.handle",
  reopen: "requests.approve",
};

/** Outcomes set by closing actions, never chosen in an answer: their own actions check their preconditions. */
const CLOSING_OUTCOMES: Partial<Record<RequestAction, RequestOutcome>> = {
  abandonCorrection: "OTHER_NO_CORRECTION",
  feeUnpaid: "OTHER_FEE_UNPAID",
  withdrawByApplicant: "OTHER",
};

/** Actions that need a written reason, kept in the audit trail (and, for an extension, told to the applicant). */
export const REASON_REQUIRED_ACTIONS: readonly RequestAction[] = ["discard", "extend", "returnAnswer", "reopen"];

export function requiredCapability(action: RequestAction): RequestCapability {
  return CAPABILITY[action];
}

const ROLE_MESSAGES: Record<RequestCapability, string> = {
  "requests.handle": "只有本单位的政府信息公开经办人可以",
  "requests.approve": "只有本单位政府信息公开工作机构负责人可以",
};

/**
 * Whether `actor` may take `action` on the application, and the resulting state. Checks, in order: the state,
 * the capability, separation of duties, the once-only rules, the answer draft, and the written reason.
 *
 * Separation of duties (like the review workflow, domain.md §7): whoever submitted the answer for approval,
 * and the assigned handler, never approve or return that answer, whatever roles they hold.
 */
export function decideRequest(facts: RequestFacts, action: RequestAction, actor: RequestActor, details: ActionDetails = {}): RequestDecision {
  const allowed = check(facts, action, actor);
  if (!allowed.ok) return allowed;
  if (REASON_REQUIRED_ACTIONS.includes(action) && (details.reason ?? "").trim() === "") {
    return refuse("REASON_REQUIRED", `${REQUEST_ACTION_LABELS[action]}须填写理由。`);
  }
  return allowed;
}

/** The actions the UI offers: those `decideRequest` allows once any required reason is written. */
export function availableRequestActions(facts: RequestFacts, actor: RequestActor): RequestAction[] {
  return REQUEST_ACTIONS.filter((action) => check(facts, action, actor).ok);
}

function check(facts: RequestFacts, action: RequestAction, actor: RequestActor): RequestDecision {
  const label = REQUEST_ACTION_LABELS[action];
  if (!FROM[action].includes(facts.state)) return refuse("WRONG_STATE", `当前状态为“${REQUEST_STATE_LABELS[facts.state]}”，不能${label}。`);
  const capability = CAPABILITY[action];
  if (!actor.capabilities.includes(capability)) return refuse("NO_ROLE", `${ROLE_MESSAGES[capability]}${label}。`);
  const to = TO[action] ?? facts.state;

  switch (action) {
    case "requestCorrection":
      // 条例 art. 30: one single notice listing everything to correct.
      if (facts.correctionRequested) return refuse("CORRECTION_ALREADY_REQUESTED", "补正应一次性告知（条例第三十条），本申请已告知过补正，不能再次要求补正。");
      return { ok: true, to };
    case "extend":
      if (facts.extended) return refuse("ALREADY_EXTENDED", "答复期限只能延长一次（条例第三十三条第一款），本申请已延长过。");
      return { ok: true, to };
    case "submitAnswer":
      return checkDraft(facts) ?? { ok: true, to };
    case "approveAnswer":
    case "returnAnswer": {
      if (actor.id === facts.answerSubmittedBy) return refuse("OWN_WORK", "不能审批自己提交的答复。");
      if (actor.id === facts.handlerId) return refuse("OWN_WORK", "承办人不能审批本人承办申请的答复。");
      if (action === "returnAnswer") return { ok: true, to };
      const invalid = checkDraft(facts);
      if (invalid) return invalid;
      return { ok: true, to, outcome: facts.draft?.outcome ?? null };
    }
    case "reopen":
      return { ok: true, to, outcome: null };
    case "abandonCorrection":
    case "feeUnpaid":
    case "withdrawByApplicant":
      return { ok: true, to, outcome: CLOSING_OUTCOMES[action] ?? "OTHER" };
    default:
      return { ok: true, to };
  }
}

/** An answer can go to (and through) approval only with an outcome that an answer may carry, and its reasons. */
function checkDraft(facts: RequestFacts): RequestDecision | null {
  const outcome = facts.draft?.outcome ?? null;
  if (outcome === null) return refuse("NO_OUTCOME", "请先选择办理结果。");
  if (outcome === "OTHER_NO_CORRECTION" || outcome === "OTHER_FEE_UNPAID") {
    return refuse(
      "OUTCOME_NOT_ALLOWED",
      `“${REQUEST_OUTCOME_LABELS[outcome]}”须通过“${outcome === "OTHER_NO_CORRECTION" ? REQUEST_ACTION_LABELS.abandonCorrection : REQUEST_ACTION_LABELS.feeUnpaid}”办理。`,
    );
  }
  if (outcome === "UNAVAILABLE_STILL_UNCLEAR" && !facts.correctionRequested) {
    return refuse("OUTCOME_NOT_ALLOWED", "未曾告知补正的申请，不能以“补正后申请内容仍不明确”答复（条例第三十条）。");
  }
  if (outcomeRequiresExplanation(outcome) && (facts.draft?.explanation ?? "").trim() === "") {
    return refuse("EXPLANATION_MISSING", `“${REQUEST_OUTCOME_LABELS[outcome]}”的答复须说明理由。`);
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// 补正 window
// ---------------------------------------------------------------------------------------------------------

export interface CorrectionWindow {
  /** Whether a 补正 notice may still be sent on the given day. */
  open: boolean;
  /** The last day to send it: 7 working days after receipt (条例 art. 30). */
  lastDay: IsoDate;
  /** Why it may not, in Chinese; null when open. */
  message: string | null;
}

/**
 * Whether a 补正 notice sent on `on` is within 7 working days of receipt (条例 art. 30). The state machine
 * allows `requestCorrection` from RECEIVED and IN_PROGRESS; the service also asks this with today's date.
 */
export function checkCorrectionWindow(receivedOn: IsoDate, on: IsoDate, calendar: WorkingCalendar): CorrectionWindow {
  const lastDay = correctionDeadline(receivedOn, calendar);
  if (on < receivedOn) return { open: false, lastDay, message: `补正告知日期（${on}）不能早于收到申请的日期（${receivedOn}）。` };
  if (on > lastDay)
    return {
      open: false,
      lastDay,
      message: `补正须在收到申请之日起 ${CORRECTION_WINDOW_WORKING_DAYS} 个工作日内告知（条例第三十条），最晚为 ${lastDay}，已经超过。`,
    };
  return { open: true, lastDay, message: null };
}
