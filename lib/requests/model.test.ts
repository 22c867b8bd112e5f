import { describe, expect, it } from "vitest";
import { createWorkingCalendar } from "./calendar";
import { OFFICIAL_OVERRIDES } from "./holidays";
import {
  APPLICANT_TYPE_LABELS,
  APPLICANT_TYPES,
  availableRequestActions,
  checkCorrectionWindow,
  DELIVERY_METHOD_LABELS,
  DELIVERY_METHODS,
  decideRequest,
  INFO_FORM_LABELS,
  INFO_FORMS,
  isClockRunning,
  isDeniedOutcome,
  isMandatoryChannel,
  isOpen,
  isOrganisation,
  OUTCOME_GROUPS,
  OUTCOME_INFO,
  outcomeGroupOf,
  outcomeRequiresExplanation,
  REASON_REQUIRED_ACTIONS,
  receiptRuleHint,
  receiptRuleNeedsConfirmation,
  REQUEST_ACTION_LABELS,
  REQUEST_ACTIONS,
  REQUEST_CHANNEL_LABELS,
  REQUEST_CHANNELS,
  REQUEST_OUTCOME_LABELS,
  REQUEST_OUTCOMES,
  REQUEST_STATE_LABELS,
  REQUEST_STATES,
  requiredCapability,
  toRequestActor,
  type RequestAction,
  type RequestActor,
  type RequestCapability,
  type RequestChannel,
  type RequestDecision,
  type RequestFacts,
  type RequestOutcome,
  type RequestRefusalCode,
  type RequestState,
} from "./model";

// ---------------------------------------------------------------------------------------------------------
// 1. Outcomes = the rows of annual-report table 三 (domain.md §3), written out here, not read from the module
// ---------------------------------------------------------------------------------------------------------
const TABLE_3_ROWS: [RequestOutcome, string][] = [
  ["GRANTED", "（一）予以公开"],
  ["PARTIAL", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"],
  ["DENIED_STATE_SECRET", "1.属于国家秘密"],
  ["DENIED_LAW_PROHIBITED", "2.其他法律行政法规禁止公开"],
  ["DENIED_SECURITY_STABILITY", "3.危及“三安全一稳定”"],
  ["DENIED_THIRD_PARTY", "4.保护第三方合法权益"],
  ["DENIED_INTERNAL_AFFAIRS", "5.属于三类内部事务信息"],
  ["DENIED_PROCESS_INFO", "6.属于四类过程性信息"],
  ["DENIED_ENFORCEMENT_FILE", "7.属于行政执法案卷"],
  ["DENIED_ADMIN_QUERY", "8.属于行政查询事项"],
  ["UNAVAILABLE_NOT_HELD", "1.本机关不掌握相关政府信息"],
  ["UNAVAILABLE_NEEDS_CREATION", "2.没有现成信息需要另行制作"],
  ["UNAVAILABLE_STILL_UNCLEAR", "3.补正后申请内容仍不明确"],
  ["NOT_PROCESSED_PETITION", "1.信访举报投诉类申请"],
  ["NOT_PROCESSED_DUPLICATE", "2.重复申请"],
  ["NOT_PROCESSED_PUBLICATION", "3.要求提供公开出版物"],
  ["NOT_PROCESSED_EXCESSIVE", "4.无正当理由大量反复申请"],
  ["NOT_PROCESSED_CONFIRM_REISSUE", "5.要求行政机关确认或重新出具已获取信息"],
  ["OTHER_NO_CORRECTION", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"],
  ["OTHER_FEE_UNPAID", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"],
  ["OTHER", "3.其他"],
];

describe("outcomes: table 三 of the 2021 annual-report format", () => {
  it("has exactly the 21 rows of domain.md §3, in report order", () => {
    expect(REQUEST_OUTCOMES).toEqual(TABLE_3_ROWS.map(([code]) => code));
  });

  it.each(TABLE_3_ROWS)("%s prints the verbatim row label %s", (outcome, label) => {
    expect(OUTCOME_INFO[outcome].reportLabel).toBe(label);
  });

  it("groups into the six result sections （一）…（六） with their headings, in report order", () => {
    expect(OUTCOME_GROUPS.map((group) => [group.numeral, group.heading, group.reportLabel])).toEqual([
      ["（一）", "予以公开", "（一）予以公开"],
      ["（二）", "部分公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"],
      ["（三）", "不予公开", "（三）不予公开"],
      ["（四）", "无法提供", "（四）无法提供"],
      ["（五）", "不予处理", "（五）不予处理"],
      ["（六）", "其他处理", "（六）其他处理"],
    ]);
  });

  it("each section holds its prefix's outcomes, numbered 1., 2., … in row order (sections 三–六)", () => {
    const byPrefix = (prefix: string) => REQUEST_OUTCOMES.filter((o) => o === prefix || o.startsWith(`${prefix}_`));
    expect(OUTCOME_GROUPS.map((group) => group.outcomes)).toEqual([
      ["GRANTED"],
      ["PARTIAL"],
      byPrefix("DENIED"),
      byPrefix("UNAVAILABLE"),
      byPrefix("NOT_PROCESSED"),
      byPrefix("OTHER"),
    ]);
    expect(OUTCOME_GROUPS.map((group) => group.outcomes.length)).toEqual([1, 1, 8, 3, 5, 3]);
    for (const group of OUTCOME_GROUPS.slice(2)) {
      group.outcomes.forEach((outcome, i) => expect(OUTCOME_INFO[outcome].reportLabel.startsWith(`${i + 1}.`), outcome).toBe(true));
    }
  });

  it("every outcome is in exactly one section, and outcomeGroupOf agrees", () => {
    const flattened = OUTCOME_GROUPS.flatMap((group) => group.outcomes);
    expect(flattened).toEqual([...REQUEST_OUTCOMES]);
    for (const group of OUTCOME_GROUPS) for (const outcome of group.outcomes) expect(outcomeGroupOf(outcome)).toBe(group.code);
  });

  it("only GRANTED may go without reasons", () => {
    expect(REQUEST_OUTCOMES.filter((outcome) => !outcomeRequiresExplanation(outcome))).toEqual(["GRANTED"]);
  });

  it("isDeniedOutcome is exactly section （三）", () => {
    expect(REQUEST_OUTCOMES.filter(isDeniedOutcome)).toEqual(OUTCOME_GROUPS[2]?.outcomes);
  });

  it("UI labels combine the section heading and the row text", () => {
    expect(REQUEST_OUTCOME_LABELS.GRANTED).toBe("予以公开");
    expect(REQUEST_OUTCOME_LABELS.PARTIAL).toBe("部分公开");
    expect(REQUEST_OUTCOME_LABELS.DENIED_STATE_SECRET).toBe("不予公开：属于国家秘密");
    expect(REQUEST_OUTCOME_LABELS.UNAVAILABLE_NOT_HELD).toBe("无法提供：本机关不掌握相关政府信息");
    expect(REQUEST_OUTCOME_LABELS.NOT_PROCESSED_DUPLICATE).toBe("不予处理：重复申请");
    expect(REQUEST_OUTCOME_LABELS.OTHER).toBe("其他处理：其他");
    expect(new Set(Object.values(REQUEST_OUTCOME_LABELS)).size).toBe(REQUEST_OUTCOMES.length);
  });

  // The basis per outcome (domain.md §3 "Basis" column), null where the notes give "—".
  const BASIS: Record<RequestOutcome, string | null> = {
    GRANTED: "第三十六条第（一）项、第（二）项",
    PARTIAL: "第三十七条",
    DENIED_STATE_SECRET: "第十四条",
    DENIED_LAW_PROHIBITED: "第十四条",
    DENIED_SECURITY_STABILITY: "第十四条",
    DENIED_THIRD_PARTY: "第十五条",
    DENIED_INTERNAL_AFFAIRS: "第十六条第一款",
    DENIED_PROCESS_INFO: "第十六条第二款",
    DENIED_ENFORCEMENT_FILE: "第十六条第二款",
    DENIED_ADMIN_QUERY: "第三十六条第（七）项",
    UNAVAILABLE_NOT_HELD: "第三十六条第（四）项、第（五）项",
    UNAVAILABLE_NEEDS_CREATION: "第三十八条",
    UNAVAILABLE_STILL_UNCLEAR: "第三十条",
    NOT_PROCESSED_PETITION: "第三十九条第一款",
    NOT_PROCESSED_DUPLICATE: "第三十六条第（六）项",
    NOT_PROCESSED_PUBLICATION: "第三十九条第二款",
    NOT_PROCESSED_EXCESSIVE: "第三十五条",
    NOT_PROCESSED_CONFIRM_REISSUE: null,
    OTHER_NO_CORRECTION: "第三十条",
    OTHER_FEE_UNPAID: "国办函〔2020〕109号",
    OTHER: null,
  };
  it.each(REQUEST_OUTCOMES)("%s cites its basis", (outcome) => {
    const expected = BASIS[outcome];
    if (expected === null) {
      expect(OUTCOME_INFO[outcome].basis).toBeNull();
    } else {
      expect(OUTCOME_INFO[outcome].basis).toContain(expected);
    }
  });

  it("denials also cite art. 36(3) (the duty to tell and give reasons), except the 行政查询 row", () => {
    for (const outcome of REQUEST_OUTCOMES.filter(isDeniedOutcome)) {
      expect(OUTCOME_INFO[outcome].basis?.includes("第三十六条第（三）项"), outcome).toBe(outcome !== "DENIED_ADMIN_QUERY");
    }
  });

  it("flags the mappings domain.md marks unconfirmed", () => {
    expect(REQUEST_OUTCOMES.filter((outcome) => OUTCOME_INFO[outcome].basisUnconfirmed)).toEqual(["DENIED_ADMIN_QUERY", "UNAVAILABLE_NOT_HELD"]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// 2. Applicants, channels, forms, delivery
// ---------------------------------------------------------------------------------------------------------
describe("vocabularies", () => {
  it("applicant types are the six table-三 columns in order, with their labels", () => {
    expect(APPLICANT_TYPES.map((type) => APPLICANT_TYPE_LABELS[type])).toEqual(["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]);
    expect(APPLICANT_TYPES.filter(isOrganisation)).toEqual([
      "COMMERCIAL_ENTERPRISE",
      "RESEARCH_INSTITUTION",
      "SOCIAL_WELFARE_ORG",
      "LEGAL_SERVICE_ORG",
      "OTHER_ORG",
    ]);
  });

  it("channels, forms and delivery methods have the agreed codes and labels", () => {
    expect(Object.fromEntries(REQUEST_CHANNELS.map((c) => [c, REQUEST_CHANNEL_LABELS[c]]))).toEqual({
      ONLINE: "网上申请",
      IN_PERSON: "当面提交",
      SERVICE_WINDOW: "政务服务中心窗口",
      POST_SIGNED: "邮寄（挂号/快递，签收）",
      POST_UNSIGNED: "平常信函",
      FAX: "传真",
      EMAIL: "电子邮件",
    });
    expect(Object.fromEntries(INFO_FORMS.map((f) => [f, INFO_FORM_LABELS[f]]))).toEqual({ PAPER: "纸质", ELECTRONIC: "电子", INSPECTION: "当场查阅、抄录" });
    expect(Object.fromEntries(DELIVERY_METHODS.map((d) => [d, DELIVERY_METHOD_LABELS[d]]))).toEqual({
      POST: "邮寄",
      EMAIL: "电子邮件",
      PICKUP: "自行领取",
      ONLINE: "网上获取",
    });
  });

  it("states are the nine agreed states, each with a distinct label", () => {
    expect([...REQUEST_STATES]).toEqual([
      "SUBMITTED",
      "RECEIVED",
      "NEEDS_CORRECTION",
      "IN_PROGRESS",
      "CONSULTING",
      "FEE_NOTICE_SENT",
      "AWAITING_APPROVAL",
      "ANSWERED",
      "CLOSED",
    ]);
    expect(new Set(REQUEST_STATES.map((s) => REQUEST_STATE_LABELS[s])).size).toBe(REQUEST_STATES.length);
  });
});

describe("receipt date per channel (条例 art. 31)", () => {
  const RULES: { channel: RequestChannel; confirm: boolean; mentions: string[] }[] = [
    { channel: "ONLINE", confirm: true, mentions: ["双方确认之日", "第三十一条第三项"] },
    { channel: "FAX", confirm: true, mentions: ["双方确认之日", "第三十一条第三项"] },
    { channel: "POST_UNSIGNED", confirm: true, mentions: ["当日与申请人确认", "第三十一条第二项"] },
    { channel: "POST_SIGNED", confirm: false, mentions: ["签收之日", "第三十一条第二项"] },
    { channel: "IN_PERSON", confirm: false, mentions: ["提交之日", "第三十一条第一项"] },
    { channel: "SERVICE_WINDOW", confirm: false, mentions: ["提交之日", "当面提交"] },
    { channel: "EMAIL", confirm: false, mentions: ["电子邮件系统收到之日", "207号"] },
  ];

  it("covers every channel", () => {
    expect(RULES.map((rule) => rule.channel).sort()).toEqual([...REQUEST_CHANNELS].sort());
  });

  it.each(RULES)("$channel: confirmation needed = $confirm", ({ channel, confirm, mentions }) => {
    expect(receiptRuleNeedsConfirmation(channel)).toBe(confirm);
    for (const text of mentions) expect(receiptRuleHint(channel)).toContain(text);
  });

  it("confirmation channels say what happens when the applicant cannot be reached", () => {
    for (const channel of REQUEST_CHANNELS.filter(receiptRuleNeedsConfirmation)) expect(receiptRuleHint(channel)).toContain("取得联系之日");
  });

  it("当面 and 邮政寄送 are the channels that can never be refused (国办公开办函〔2017〕19号)", () => {
    expect(REQUEST_CHANNELS.filter(isMandatoryChannel)).toEqual(["IN_PERSON", "POST_SIGNED", "POST_UNSIGNED"]);
  });
});

describe("isOpen and isClockRunning", () => {
  const EXPECTED: Record<RequestState, { open: boolean; clock: boolean }> = {
    SUBMITTED: { open: true, clock: false },
    RECEIVED: { open: true, clock: true },
    NEEDS_CORRECTION: { open: true, clock: false },
    IN_PROGRESS: { open: true, clock: true },
    CONSULTING: { open: true, clock: false },
    FEE_NOTICE_SENT: { open: true, clock: false },
    AWAITING_APPROVAL: { open: true, clock: true },
    ANSWERED: { open: false, clock: false },
    CLOSED: { open: false, clock: false },
  };
  it.each(REQUEST_STATES)("%s", (state) => {
    expect({ open: isOpen(state), clock: isClockRunning(state) }).toEqual(EXPECTED[state]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// 3. The state machine. Design, written out here from the brief and domain.md §3:
// ---------------------------------------------------------------------------------------------------------
const OPEN: RequestState[] = ["SUBMITTED", "RECEIVED", "NEEDS_CORRECTION", "IN_PROGRESS", "CONSULTING", "FEE_NOTICE_SENT", "AWAITING_APPROVAL"];
const EXPECTED_FROM: Record<RequestAction, readonly RequestState[]> = {
  register: ["SUBMITTED"],
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
  withdrawByApplicant: OPEN,
  reopen: ["ANSWERED", "CLOSED"],
  discard: ["SUBMITTED"],
};
/** null = stays where it is. */
const EXPECTED_TO: Record<RequestAction, RequestState | null> = {
  register: "RECEIVED",
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
  discard: "CLOSED",
};
const LEADER_ACTIONS: RequestAction[] = ["extend", "approveAnswer", "returnAnswer", "reopen"];

const HANDLER = 1; // assigned 承办人
const SUBMITTER = 2; // submitted the answer for approval
const OTHER = 50; // a colleague who has not touched the application
const REASON = { reason: "答复内容需补充说明" };

function facts(state: RequestState, overrides: Partial<RequestFacts> = {}): RequestFacts {
  const drafted = state === "IN_PROGRESS" || state === "AWAITING_APPROVAL";
  return {
    state,
    handlerId: HANDLER,
    correctionRequested: false,
    extended: false,
    draft: drafted ? { outcome: "DENIED_THIRD_PARTY", explanation: "涉及第三方商业秘密，第三方不同意公开。" } : null,
    answerSubmittedBy: state === "AWAITING_APPROVAL" ? SUBMITTER : null,
    ...overrides,
  };
}
const actor = (id: number, capabilities: RequestCapability[]): RequestActor => ({ id, capabilities });
const everything = (id = OTHER) => actor(id, ["requests.handle", "requests.approve"]);

function expectAllowed(decision: RequestDecision, to: RequestState) {
  expect(decision.ok).toBe(true);
  if (decision.ok) expect(decision.to).toBe(to);
}
function expectRefused(decision: RequestDecision, reason: RequestRefusalCode) {
  expect(decision.ok).toBe(false);
  if (decision.ok) return;
  expect(decision.reason).toBe(reason);
  expect(decision.message.trim()).not.toBe("");
}

describe("decideRequest: every action × every state", () => {
  it("the action list is the sixteen actions of the design, each labelled", () => {
    expect([...REQUEST_ACTIONS].sort()).toEqual(Object.keys(EXPECTED_FROM).sort());
    for (const action of REQUEST_ACTIONS) expect(REQUEST_ACTION_LABELS[action]).not.toBe("");
  });

  const rows = REQUEST_ACTIONS.flatMap((action) => REQUEST_STATES.map((state) => ({ action, state, allowed: EXPECTED_FROM[action].includes(state) })));
  it.each(rows)("$action from $state: allowed=$allowed", ({ action, state, allowed }) => {
    const decision = decideRequest(facts(state), action, everything(), REASON);
    if (allowed) {
      expectAllowed(decision, EXPECTED_TO[action] ?? state);
    } else {
      expectRefused(decision, "WRONG_STATE");
      if (!decision.ok) expect(decision.message).toContain(REQUEST_STATE_LABELS[state]);
    }
  });

  it("nothing but reopen leaves ANSWERED or CLOSED", () => {
    for (const state of ["ANSWERED", "CLOSED"] as const) expect(availableRequestActions(facts(state), everything())).toEqual(["reopen"]);
  });
});

describe("decideRequest: capabilities", () => {
  const WHO: { who: string; capabilities: RequestCapability[] }[] = [
    { who: "handler", capabilities: ["requests.handle"] },
    { who: "leader", capabilities: ["requests.approve"] },
    { who: "both", capabilities: ["requests.handle", "requests.approve"] },
    { who: "none", capabilities: [] },
  ];
  const rows = REQUEST_ACTIONS.flatMap((action) => {
    const state = EXPECTED_FROM[action][0] as RequestState;
    const needs: RequestCapability = LEADER_ACTIONS.includes(action) ? "requests.approve" : "requests.handle";
    return WHO.map(({ who, capabilities }) => ({ action, state, who, capabilities, allowed: capabilities.includes(needs) }));
  });

  it.each(rows)("$who: $action from $state allowed=$allowed", ({ action, state, capabilities, allowed }) => {
    const decision = decideRequest(facts(state), action, actor(OTHER, capabilities), REASON);
    if (allowed) expectAllowed(decision, EXPECTED_TO[action] ?? state);
    else expectRefused(decision, "NO_ROLE");
  });

  it("requiredCapability names the leader actions and leaves the rest to handlers", () => {
    expect(REQUEST_ACTIONS.filter((action) => requiredCapability(action) === "requests.approve")).toEqual(LEADER_ACTIONS);
  });

  it("the state is checked before the capability", () => {
    expectRefused(decideRequest(facts("ANSWERED"), "register", actor(OTHER, [])), "WRONG_STATE");
  });

  it("toRequestActor keeps the capabilities the predicate grants", () => {
    expect(toRequestActor({ id: 7 }, (capability) => capability === "requests.approve")).toEqual({ id: 7, capabilities: ["requests.approve"] });
    expect(toRequestActor({ id: 7 }, () => true).capabilities).toEqual(["requests.handle", "requests.approve"]);
    expect(toRequestActor({ id: 7 }, () => false).capabilities).toEqual([]);
  });
});

describe("decideRequest: separation of duties on answers", () => {
  const STEPS: ("approveAnswer" | "returnAnswer")[] = ["approveAnswer", "returnAnswer"];

  it.each(STEPS)("whoever submitted the answer cannot %s it, even holding both capabilities", (action) => {
    expectRefused(decideRequest(facts("AWAITING_APPROVAL"), action, everything(SUBMITTER), REASON), "OWN_WORK");
  });

  it.each(STEPS)("the assigned handler cannot %s the answer a colleague submitted", (action) => {
    expectRefused(decideRequest(facts("AWAITING_APPROVAL"), action, everything(HANDLER), REASON), "OWN_WORK");
  });

  it.each(STEPS)("a leader who is neither may %s", (action) => {
    expectAllowed(decideRequest(facts("AWAITING_APPROVAL"), action, actor(OTHER, ["requests.approve"]), REASON), EXPECTED_TO[action] ?? "IN_PROGRESS");
  });

  it("an unassigned application is still guarded by the submitter rule", () => {
    const unassigned = facts("AWAITING_APPROVAL", { handlerId: null });
    expectRefused(decideRequest(unassigned, "approveAnswer", everything(SUBMITTER)), "OWN_WORK");
    expectAllowed(decideRequest(unassigned, "approveAnswer", everything(HANDLER)), "ANSWERED");
  });

  it("the handler with both capabilities may submit but is then offered neither approval nor return", () => {
    expectAllowed(decideRequest(facts("IN_PROGRESS"), "submitAnswer", everything(HANDLER)), "AWAITING_APPROVAL");
    const offered = availableRequestActions(facts("AWAITING_APPROVAL", { answerSubmittedBy: HANDLER }), everything(HANDLER));
    expect(offered).toEqual(["withdrawByApplicant"]);
  });

  it("approval carries the drafted outcome", () => {
    const decision = decideRequest(facts("AWAITING_APPROVAL"), "approveAnswer", everything());
    expect(decision).toEqual({ ok: true, to: "ANSWERED", outcome: "DENIED_THIRD_PARTY" });
  });
});

describe("decideRequest: once-only rules", () => {
  it.each(EXPECTED_FROM.requestCorrection)("a second 补正 is refused from %s (条例 art. 30)", (state) => {
    expectRefused(decideRequest(facts(state, { correctionRequested: true }), "requestCorrection", everything()), "CORRECTION_ALREADY_REQUESTED");
    expectAllowed(decideRequest(facts(state), "requestCorrection", everything()), "NEEDS_CORRECTION");
  });

  it.each(EXPECTED_FROM.extend)("a second extension is refused from %s (条例 art. 33)", (state) => {
    expectRefused(decideRequest(facts(state, { extended: true }), "extend", everything(), REASON), "ALREADY_EXTENDED");
    expect(availableRequestActions(facts(state, { extended: true }), everything())).not.toContain("extend");
  });

  it("an extension keeps the state and sets no outcome", () => {
    expect(decideRequest(facts("CONSULTING"), "extend", everything(), REASON)).toEqual({ ok: true, to: "CONSULTING" });
  });
});

describe("decideRequest: the answer draft", () => {
  const leader = actor(OTHER, ["requests.approve"]);
  const clerk = actor(OTHER, ["requests.handle"]);
  const CASES: { what: string; draft: RequestFacts["draft"]; correctionRequested?: boolean; code: RequestRefusalCode | null }[] = [
    { what: "no draft", draft: null, code: "NO_OUTCOME" },
    { what: "no outcome chosen", draft: { outcome: null, explanation: "x" }, code: "NO_OUTCOME" },
    { what: "a grant without explanation", draft: { outcome: "GRANTED", explanation: "" }, code: null },
    { what: "a denial without reasons", draft: { outcome: "DENIED_STATE_SECRET", explanation: "  " }, code: "EXPLANATION_MISSING" },
    { what: "a partial grant without reasons", draft: { outcome: "PARTIAL", explanation: "" }, code: "EXPLANATION_MISSING" },
    { what: "a denial with reasons", draft: { outcome: "DENIED_STATE_SECRET", explanation: "经保密审查，属于秘密级。" }, code: null },
    { what: "OTHER_NO_CORRECTION chosen as an answer", draft: { outcome: "OTHER_NO_CORRECTION", explanation: "x" }, code: "OUTCOME_NOT_ALLOWED" },
    { what: "OTHER_FEE_UNPAID chosen as an answer", draft: { outcome: "OTHER_FEE_UNPAID", explanation: "x" }, code: "OUTCOME_NOT_ALLOWED" },
    { what: "still unclear without any 补正", draft: { outcome: "UNAVAILABLE_STILL_UNCLEAR", explanation: "x" }, code: "OUTCOME_NOT_ALLOWED" },
    { what: "still unclear after a 补正", draft: { outcome: "UNAVAILABLE_STILL_UNCLEAR", explanation: "x" }, correctionRequested: true, code: null },
    { what: "OTHER with an explanation", draft: { outcome: "OTHER", explanation: "申请人已书面撤回部分请求。" }, code: null },
  ];

  it.each(CASES)("submit and approve with $what → $code", ({ draft, correctionRequested = false, code }) => {
    const submit = decideRequest(facts("IN_PROGRESS", { draft, correctionRequested }), "submitAnswer", clerk);
    const approve = decideRequest(facts("AWAITING_APPROVAL", { draft, correctionRequested }), "approveAnswer", leader);
    if (code === null) {
      expectAllowed(submit, "AWAITING_APPROVAL");
      expect(approve).toEqual({ ok: true, to: "ANSWERED", outcome: draft?.outcome });
    } else {
      expectRefused(submit, code);
      expectRefused(approve, code);
    }
  });

  it("a leader can still return an answer whose draft is incomplete", () => {
    expectAllowed(decideRequest(facts("AWAITING_APPROVAL", { draft: null }), "returnAnswer", leader, REASON), "IN_PROGRESS");
  });
});

describe("decideRequest: outcomes set by closing actions and cleared by reopening", () => {
  const CLOSING: { action: RequestAction; state: RequestState; outcome: RequestOutcome }[] = [
    { action: "abandonCorrection", state: "NEEDS_CORRECTION", outcome: "OTHER_NO_CORRECTION" },
    { action: "feeUnpaid", state: "FEE_NOTICE_SENT", outcome: "OTHER_FEE_UNPAID" },
    ...OPEN.map((state) => ({ action: "withdrawByApplicant" as const, state, outcome: "OTHER" as const })),
  ];
  it.each(CLOSING)("$action from $state closes with $outcome", ({ action, state, outcome }) => {
    expect(decideRequest(facts(state), action, actor(OTHER, ["requests.handle"]))).toEqual({ ok: true, to: "CLOSED", outcome });
  });

  it.each(["ANSWERED", "CLOSED"] as const)("reopening %s clears the outcome", (state) => {
    expect(decideRequest(facts(state), "reopen", actor(OTHER, ["requests.approve"]), REASON)).toEqual({ ok: true, to: "IN_PROGRESS", outcome: null });
  });

  it("plain transitions leave the outcome alone (no outcome key)", () => {
    for (const action of ["register", "startWork", "startConsultation", "endConsultation", "recordPayment", "receiveCorrection"] as const) {
      const decision = decideRequest(facts(EXPECTED_FROM[action][0] as RequestState), action, everything());
      expect(decision.ok && "outcome" in decision, action).toBe(false);
    }
  });
});

describe("decideRequest: written reasons", () => {
  it("discard, extend, returnAnswer and reopen need a reason", () => {
    expect([...REASON_REQUIRED_ACTIONS].sort()).toEqual(["discard", "extend", "reopen", "returnAnswer"]);
  });

  const rows = REASON_REQUIRED_ACTIONS.flatMap((action) =>
    [undefined, "", "   "].map((reason) => ({ action, state: EXPECTED_FROM[action][0] as RequestState, reason })),
  );
  it.each(rows)("$action from $state with reason=$reason is refused (REASON_REQUIRED)", ({ action, state, reason }) => {
    const decision = decideRequest(facts(state), action, everything(), reason === undefined ? {} : { reason });
    expectRefused(decision, "REASON_REQUIRED");
  });

  it("a reason is checked last: a wrong state wins over a missing reason", () => {
    expectRefused(decideRequest(facts("SUBMITTED"), "reopen", everything()), "WRONG_STATE");
  });

  it("availableRequestActions offers reason-needing actions (the form asks for the reason)", () => {
    expect(availableRequestActions(facts("IN_PROGRESS"), actor(OTHER, ["requests.approve"]))).toEqual(["extend"]);
  });

  it("other actions ignore the reason", () => {
    expectAllowed(decideRequest(facts("SUBMITTED"), "register", everything()), "RECEIVED");
  });
});

describe("availableRequestActions", () => {
  it("is exactly what decideRequest allows with a reason, for every state and capability set", () => {
    const actors = [actor(OTHER, []), actor(OTHER, ["requests.handle"]), actor(OTHER, ["requests.approve"]), everything(), everything(SUBMITTER)];
    for (const state of REQUEST_STATES) {
      for (const a of actors) {
        const expected = REQUEST_ACTIONS.filter((action) => decideRequest(facts(state), action, a, REASON).ok);
        expect(availableRequestActions(facts(state), a), `${state} ${a.capabilities.join(",")}`).toEqual(expected);
      }
    }
  });

  it("a clerk working on an application is offered the daily actions", () => {
    expect(availableRequestActions(facts("IN_PROGRESS"), actor(OTHER, ["requests.handle"]))).toEqual([
      "requestCorrection",
      "startConsultation",
      "sendFeeNotice",
      "submitAnswer",
      "withdrawByApplicant",
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// 4. The 补正 window (条例 art. 30) on the official 2026 calendar (domain.md §8: received 09-30 → +7 wd 10-15)
// ---------------------------------------------------------------------------------------------------------
describe("checkCorrectionWindow", () => {
  const calendar = createWorkingCalendar(OFFICIAL_OVERRIDES);

  it.each([
    { on: "2026-09-30", open: true },
    { on: "2026-10-08", open: true }, // during the 国庆 holiday week the window is still open
    { on: "2026-10-15", open: true }, // the 7th working day
    { on: "2026-10-16", open: false },
    { on: "2026-09-29", open: false }, // before receipt
  ])("received 2026-09-30, notice on $on: open=$open", ({ on, open }) => {
    const window = checkCorrectionWindow("2026-09-30", on, calendar);
    expect(window.open).toBe(open);
    expect(window.lastDay).toBe("2026-10-15");
    if (open) expect(window.message).toBeNull();
    else expect(window.message).toMatch(/补正/);
  });

  it("names the last day in the message when too late", () => {
    expect(checkCorrectionWindow("2026-09-30", "2026-10-20", calendar).message).toContain("2026-10-15");
  });
});
