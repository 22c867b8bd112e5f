/**
 * Safeguards pre-check (issue P6 item 1): the types shared by the detectors, the masking and the
 * corpus. Pure: no I/O, no clock.
 */

export const FINDING_TYPES = [
  "CLASSIFICATION_MARK",
  "RESIDENT_ID",
  "MOBILE",
  "LANDLINE",
  "BANK_CARD",
  "EMAIL",
  "ADDRESS",
  "SENSITIVE_WORD",
  "WRONG_EXPRESSION",
] as const;

export type FindingType = (typeof FINDING_TYPES)[number];

/** "block": the revision must not be published as it is; "warn": the reviewer decides. */
export type Severity = "block" | "warn";

export type Finding = {
  type: FindingType;
  /** UTF-16 offsets into the scanned text, end exclusive. */
  start: number;
  end: number;
  match: string;
  /** Chinese label shown to the reviewer, e.g. 身份证号码. */
  label: string;
  severity: Severity;
  /** The correct form, for a wrong expression. */
  suggestion?: string;
};

export type WordListEntry = { word: string; correct?: string };

/** A unit's configurable list: sensitive words (敏感词) or wrong expressions with their correct form (错误表述). */
export type WordList = { kind: "SENSITIVE" | "WRONG"; entries: WordListEntry[] };

/** A calendar date without time zone, e.g. the day of the scan, used to reject birth dates in the future. */
export type CalendarDate = { year: number; month: number; day: number };

export type ScanOptions = {
  /** Word lists to apply; when omitted, DEFAULT_WORD_LISTS. Pass [] for none. */
  wordLists?: WordList[];
  /** When given, an ID number whose birth date is after this day is not an ID number. */
  today?: CalendarDate;
};

export const FINDING_LABELS: Record<FindingType, string> = {
  CLASSIFICATION_MARK: "密级标志",
  RESIDENT_ID: "身份证号码",
  MOBILE: "手机号码",
  LANDLINE: "固定电话",
  BANK_CARD: "银行卡号",
  EMAIL: "电子邮箱",
  ADDRESS: "详细住址",
  SENSITIVE_WORD: "敏感词",
  WRONG_EXPRESSION: "错误表述",
};

export const FINDING_SEVERITIES: Record<FindingType, Severity> = {
  CLASSIFICATION_MARK: "block",
  RESIDENT_ID: "warn",
  MOBILE: "warn",
  LANDLINE: "warn",
  BANK_CARD: "warn",
  EMAIL: "warn",
  ADDRESS: "warn",
  SENSITIVE_WORD: "warn",
  WRONG_EXPRESSION: "warn",
};

/** The fields of an entry revision the pre-check reads; "attachment" is an attachment's extracted text (PDF, DOCX). */
export const PRECHECK_FIELDS = ["title", "summary", "body", "attachment"] as const;
export type PrecheckField = (typeof PRECHECK_FIELDS)[number];
/** For "attachment", a finding's line is the attachment's place in display order (1-based), not a paragraph. */
export const PRECHECK_FIELD_LABELS: Record<PrecheckField, string> = { title: "标题", summary: "内容概述", body: "正文", attachment: "附件" };

/** A finding of `type` for text[start, end). */
export function makeFinding(text: string, type: FindingType, start: number, end: number, extra?: { label?: string; suggestion?: string }): Finding {
  return {
    type,
    start,
    end,
    match: text.slice(start, end),
    label: extra?.label ?? FINDING_LABELS[type],
    severity: FINDING_SEVERITIES[type],
    ...(extra?.suggestion === undefined ? {} : { suggestion: extra.suggestion }),
  };
}

/**
 * Full-width ASCII forms (０-９, Ａ-Ｚ, ＠, －, （…) as their ASCII characters, one UTF-16 unit for one, so
 * offsets into the result are offsets into `text`. Documents typed in Chinese input modes often use them.
 */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}
