/**
 * The review workflow of a catalogue entry revision: 先审查、后公开.
 *
 *   DRAFT → SUBMITTED → CLEARED (step 1, 保密审查) → APPROVED (step 2, 分管领导) → PUBLISHED
 *
 * plus returns to the drafter from either step, withdrawal of a submission by its drafter,
 * WITHHELD when step 1 concludes 不予公开 (never publishable), SUPERSEDED when a newer revision of the
 * same entry is published, and WITHDRAWN when a leader takes a published revision offline (撤销/废止).
 *
 * Pure: no I/O, no clock. Services load the revision, ask `decide()`, and apply the outcome in one
 * transaction with its audit row. Legal basis: 条例 art. 17 (review mechanism), 保守国家秘密法实施条例
 * (2024) art. 42 (先审查、后公开, item by item), local 保密审查制度 (谁公开、谁审查、谁负责).
 */
import type { Actor } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";

export const REVISION_STATES = ["DRAFT", "SUBMITTED", "CLEARED", "APPROVED", "PUBLISHED", "WITHHELD", "SUPERSEDED", "WITHDRAWN"] as const;
export type RevisionState = (typeof REVISION_STATES)[number];

/** States of a revision still being worked on; an entry has at most one revision in them. */
export const OPEN_STATES: readonly RevisionState[] = ["DRAFT", "SUBMITTED", "CLEARED", "APPROVED"];

export const REVISION_STATE_LABELS: Record<RevisionState, string> = {
  DRAFT: "草稿",
  SUBMITTED: "待保密审查",
  CLEARED: "待领导审批",
  APPROVED: "待发布",
  PUBLISHED: "已发布",
  WITHHELD: "不予公开",
  SUPERSEDED: "已被新版本替代",
  WITHDRAWN: "已撤销",
};

/** 保密审查 conclusions (domain.md §7). */
export const CLEARANCE_CONCLUSIONS = ["PUBLIC", "PUBLIC_AFTER_MASKING", "NOT_PUBLIC"] as const;
export type ClearanceConclusion = (typeof CLEARANCE_CONCLUSIONS)[number];
export const CLEARANCE_CONCLUSION_LABELS: Record<ClearanceConclusion, string> = {
  PUBLIC: "可公开",
  PUBLIC_AFTER_MASKING: "部分公开（已作区分处理）",
  NOT_PUBLIC: "不予公开",
};

/** Grounds for 不予公开 (条例 art. 14–16; domain.md §3), required with NOT_PUBLIC. */
export const WITHHOLDING_GROUNDS = {
  STATE_SECRET: "属于国家秘密（条例第十四条）",
  LAW_PROHIBITED: "其他法律、行政法规禁止公开（条例第十四条）",
  SECURITY_STABILITY: "公开后可能危及国家安全、公共安全、经济安全、社会稳定（条例第十四条）",
  THIRD_PARTY: "涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害（条例第十五条）",
  INTERNAL_AFFAIRS: "人事管理、后勤管理、内部工作流程等内部事务信息（条例第十六条第一款）",
  PROCESS_INFO: "讨论记录、过程稿、磋商信函、请示报告等过程性信息（条例第十六条第二款）",
  ENFORCEMENT_FILE: "行政执法案卷信息（条例第十六条第二款）",
} as const;
export type WithholdingGround = keyof typeof WITHHOLDING_GROUNDS;

/** Why a revision goes back to its drafter; shown to the drafter with the reviewer's text. */
export const RETURN_REASONS = {
  CONFIDENTIALITY: "涉及保密或敏感内容",
  PERSONAL_DATA: "含有未处理的个人信息",
  METADATA: "目录信息（标题、文号、分类、日期等）有误",
  CONTENT: "正文或附件内容有误",
  ATTRIBUTE: "公开属性认定不当",
  OTHER: "其他",
} as const;
export type ReturnReason = keyof typeof RETURN_REASONS;

/** Why a published entry is taken offline; shown on its public page. */
export const WITHDRAWAL_REASONS = {
  REPEALED: "文件已废止",
  EXPIRED: "文件已失效",
  ERROR: "发布内容有误",
  CONFIDENTIALITY: "经复查不宜公开",
  OTHER: "其他",
} as const;
export type WithdrawalReason = keyof typeof WITHDRAWAL_REASONS;

export type ReviewAction = "submit" | "withdrawSubmission" | "clear" | "withhold" | "returnToDrafter" | "approve" | "publish" | "unpublish";

/** What the rules need to know about a revision. */
export interface RevisionFacts {
  state: RevisionState;
  unitPath: string;
  /** Who drafted the revision, and who changed its content last (the same person for a fresh draft). */
  drafterId: number;
  lastEditorId: number;
  /** SHA-256 of the current canonical content. */
  contentHash: string;
  /** Step 1 as recorded: who cleared it and which content they saw; null before step 1. */
  clearance: { reviewerId: number; contentHash: string } | null;
  /** Step 2 as recorded; null before step 2. */
  approval: { approverId: number; contentHash: string } | null;
  /** Findings of the confidentiality pre-check (lib/safeguards) on the current content that no reviewer has acknowledged. */
  unacknowledgedFindings: number;
}

export type Decision = { ok: true; to: RevisionState } | { ok: false; reason: RefusalCode; message: string };

export type RefusalCode = "WRONG_STATE" | "NO_ROLE" | "OWN_WORK" | "SAME_REVIEWER" | "STALE_REVIEW" | "OPEN_FINDINGS";

const refuse = (reason: RefusalCode, message: string): Decision => ({ ok: false, reason, message });

const FROM: Record<ReviewAction, readonly RevisionState[]> = {
  submit: ["DRAFT"],
  withdrawSubmission: ["SUBMITTED", "CLEARED", "APPROVED"],
  clear: ["SUBMITTED"],
  withhold: ["SUBMITTED"],
  returnToDrafter: ["SUBMITTED", "CLEARED"],
  approve: ["CLEARED"],
  publish: ["APPROVED"],
  unpublish: ["PUBLISHED"],
};

const TO: Record<ReviewAction, RevisionState> = {
  submit: "SUBMITTED",
  withdrawSubmission: "DRAFT",
  clear: "CLEARED",
  withhold: "WITHHELD",
  returnToDrafter: "DRAFT",
  approve: "APPROVED",
  publish: "PUBLISHED",
  unpublish: "WITHDRAWN",
};

const ACTION_LABELS: Record<ReviewAction, string> = {
  submit: "提交审查",
  withdrawSubmission: "撤回提交",
  clear: "保密审查通过",
  withhold: "认定不予公开",
  returnToDrafter: "退回修改",
  approve: "审批通过",
  publish: "发布",
  unpublish: "撤销发布",
};

/** Everyone who has shaped the content: drafter and last editor. */
function isOwnWork(actor: Actor, revision: RevisionFacts): boolean {
  return actor.id === revision.drafterId || actor.id === revision.lastEditorId;
}

/**
 * Whether `actor` may take `action` on `revision`, and the resulting state. `actor === "system"` is the
 * built-in scheduler, which may only publish an approved revision whose approval matches its content.
 *
 * Separation of duties, enforced for every role including system administrators:
 * - the drafter or last editor never clears, withholds, approves or returns their own revision;
 * - step 1 and step 2 (approving, or returning at step 2) are different people;
 * - reviewers and leaders act only in units (subtrees) where they hold the role.
 * Approval and publication also require that the earlier steps saw exactly the current content.
 * Step 1 clears a revision only when every pre-check finding on its content has been acknowledged
 * (issue P6 item 1, 逐项审查); withholding and returning it are always open to the reviewer.
 */
export function decide(actor: Actor | "system", action: ReviewAction, revision: RevisionFacts): Decision {
  if (!FROM[action].includes(revision.state)) {
    return refuse("WRONG_STATE", `当前状态为“${REVISION_STATE_LABELS[revision.state]}”，不能${ACTION_LABELS[action]}。`);
  }
  const target = { unitPath: revision.unitPath };
  const to = TO[action];

  if (actor === "system") {
    if (action !== "publish") return refuse("NO_ROLE", `系统不能${ACTION_LABELS[action]}。`);
    return approvalMatches(revision) ? { ok: true, to } : refuse("STALE_REVIEW", "内容在审批后发生了变化，需重新审查。");
  }

  switch (action) {
    case "submit":
      if (!can(actor, "entries.draft", target)) return refuse("NO_ROLE", "只有本单位的经办人可以提交审查。");
      return { ok: true, to };
    case "withdrawSubmission":
      if (actor.id !== revision.drafterId && actor.id !== revision.lastEditorId) return refuse("NO_ROLE", "只有起草人可以撤回提交。");
      return { ok: true, to };
    case "clear":
    case "withhold":
      if (!can(actor, "entries.review", target)) return refuse("NO_ROLE", "只有本单位的保密审查员可以进行保密审查。");
      if (isOwnWork(actor, revision)) return refuse("OWN_WORK", "不能审查自己起草或修改的信息。");
      if (action === "clear" && revision.unacknowledgedFindings > 0)
        return refuse("OPEN_FINDINGS", `还有 ${revision.unacknowledgedFindings} 项保密预检提示未确认，请逐项确认或退回修改。`);
      return { ok: true, to };
    case "returnToDrafter": {
      const capability = revision.state === "SUBMITTED" ? "entries.review" : "entries.approve";
      if (!can(actor, capability, target))
        return refuse("NO_ROLE", revision.state === "SUBMITTED" ? "只有本单位的保密审查员可以退回。" : "只有本单位的分管领导可以退回。");
      if (isOwnWork(actor, revision)) return refuse("OWN_WORK", "不能审查自己起草或修改的信息。");
      if (revision.state === "CLEARED" && revision.clearance?.reviewerId === actor.id) return refuse("SAME_REVIEWER", "保密审查和领导审批须由不同的人完成。");
      return { ok: true, to };
    }
    case "approve":
      if (!can(actor, "entries.approve", target)) return refuse("NO_ROLE", "只有本单位的分管领导可以审批。");
      if (isOwnWork(actor, revision)) return refuse("OWN_WORK", "不能审批自己起草或修改的信息。");
      if (revision.clearance?.reviewerId === actor.id) return refuse("SAME_REVIEWER", "保密审查和领导审批须由不同的人完成。");
      if (!clearanceMatches(revision)) return refuse("STALE_REVIEW", "内容在保密审查后发生了变化，需重新进行保密审查。");
      return { ok: true, to };
    case "publish":
      if (!can(actor, "entries.approve", target)) return refuse("NO_ROLE", "只有本单位的分管领导可以发布。");
      if (!approvalMatches(revision)) return refuse("STALE_REVIEW", "内容在审批后发生了变化，需重新审查。");
      return { ok: true, to };
    case "unpublish":
      if (!can(actor, "entries.approve", target)) return refuse("NO_ROLE", "只有本单位的分管领导可以撤销发布。");
      return { ok: true, to };
  }
}

function clearanceMatches(revision: RevisionFacts): boolean {
  return revision.clearance !== null && revision.clearance.contentHash === revision.contentHash;
}

function approvalMatches(revision: RevisionFacts): boolean {
  return (
    clearanceMatches(revision) &&
    revision.approval !== null &&
    revision.approval.contentHash === revision.contentHash &&
    revision.approval.approverId !== revision.clearance?.reviewerId
  );
}

/**
 * The state a revision falls back to when its content is edited: a draft stays a draft; anything in
 * review goes back to step 1, because a review covers only the content it saw. Published, withheld
 * and closed revisions are never edited in place (an edit of a published entry is a new revision).
 */
export function stateAfterEdit(state: RevisionState): RevisionState | null {
  if (state === "DRAFT") return "DRAFT";
  if (state === "SUBMITTED" || state === "CLEARED" || state === "APPROVED") return "SUBMITTED";
  return null;
}

/** The actions the UI offers an actor on a revision: exactly those `decide` would allow. */
export function availableActions(actor: Actor, revision: RevisionFacts): ReviewAction[] {
  return (Object.keys(FROM) as ReviewAction[]).filter((action) => decide(actor, action, revision).ok);
}
