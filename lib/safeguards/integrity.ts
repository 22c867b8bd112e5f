import type { Prisma } from "@/lib/db/generated/client";
import { contentHash, storedContent, type StoredRevision } from "@/lib/entries/model";

/**
 * Tamper detection (P6 item 3), the pure part: what a published revision must satisfy to be served,
 * and the spam patterns injected pages typically carry. The I/O lives in integrity-check.ts.
 */

export type IntegrityProblemKind =
  "HASH_MISMATCH" | "APPROVAL_MISSING" | "APPROVAL_MISMATCH" | "AUDIT_MISSING" | "AUDIT_MISMATCH" | "FILE_MISSING" | "FILE_CHANGED" | "SPAM";

export const INTEGRITY_PROBLEM_LABELS: Record<IntegrityProblemKind, string> = {
  HASH_MISMATCH: "内容与记录的哈希不一致",
  APPROVAL_MISSING: "缺少审批记录",
  APPROVAL_MISMATCH: "内容与审批通过的版本不一致",
  AUDIT_MISSING: "审计日志中没有发布记录",
  AUDIT_MISMATCH: "审计日志中的哈希与审批不一致",
  FILE_MISSING: "附件文件缺失",
  FILE_CHANGED: "附件文件已被改动",
  SPAM: "疑似被植入博彩等垃圾信息",
};

export interface IntegrityProblem {
  entryId: number;
  indexNo: string | null;
  revisionId: number;
  kind: IntegrityProblemKind;
  details: string;
}

/** A published (or withdrawn-with-notice) revision as stored, with what the review and audit trail recorded for it. */
export interface PublishedRevisionRecord {
  entryId: number;
  indexNo: string | null;
  unitId: number;
  revisionId: number;
  revision: StoredRevision;
  storedHash: string;
  attachmentHashes: string[];
  submittedAt: Date | null;
  /** The newest APPROVED (or IMPORTED) review record of the revision, if any. */
  approval: { contentHash: string; createdAt: Date } | null;
  /** `details.contentHash` of the revision's `entry.publish` (or `entry.import`) audit rows (empty when none). */
  auditHashes: string[];
}

function short(hash: string | null | undefined): string {
  return hash ? hash.slice(0, 12) : "（无）";
}

const APPROVAL_OR_IMPORT: Prisma.ReviewRecordWhereInput[] = [
  { step: "APPROVAL", decision: "APPROVED" },
  { step: "IMPORT", decision: "IMPORTED" },
];

/**
 * The `reviews` relation selected as `approval` below: the newest APPROVED approval record, or the
 * IMPORT record of an entry taken over from the old platform (lib/import), which stands in for the
 * approval: it binds the importing administrator to exactly the content imported.
 */
export const LATEST_APPROVAL_SELECT = {
  where: { OR: APPROVAL_OR_IMPORT },
  orderBy: { id: "desc" },
  take: 1,
  select: { contentHash: true, createdAt: true },
} as const;

/**
 * The cheap check the public site runs on every load: the row re-hashes to its stored hash, and the
 * newest approval (given after the last submission) is of exactly that content. Returns the recomputed
 * hash too, for the alert.
 */
export function checkApprovedContent(
  record: Pick<PublishedRevisionRecord, "revision" | "unitId" | "attachmentHashes" | "storedHash" | "submittedAt" | "approval">,
): { actual: string; intact: boolean } {
  const actual = contentHash(storedContent(record.revision, record.unitId, record.attachmentHashes));
  const { approval, submittedAt } = record;
  return { actual, intact: actual === record.storedHash && approval?.contentHash === actual && Boolean(submittedAt && approval.createdAt >= submittedAt) };
}

export const isApprovedContent = (record: Parameters<typeof checkApprovedContent>[0]): boolean => checkApprovedContent(record).intact;

/** Hash and approval problems of one published revision (files and spam are checked separately). */
export function checkPublishedRevision(record: PublishedRevisionRecord): IntegrityProblem[] {
  const at = { entryId: record.entryId, indexNo: record.indexNo, revisionId: record.revisionId };
  const actual = contentHash(storedContent(record.revision, record.unitId, record.attachmentHashes));
  const problems: IntegrityProblem[] = [];
  if (actual !== record.storedHash) problems.push({ ...at, kind: "HASH_MISMATCH", details: `重新计算 ${short(actual)}，记录 ${short(record.storedHash)}` });
  const { approval } = record;
  if (!approval) problems.push({ ...at, kind: "APPROVAL_MISSING", details: "该版本没有审批通过的记录" });
  else if (approval.contentHash !== actual)
    problems.push({ ...at, kind: "APPROVAL_MISMATCH", details: `当前内容 ${short(actual)}，审批通过 ${short(approval.contentHash)}` });
  else if (!record.submittedAt || approval.createdAt < record.submittedAt) problems.push({ ...at, kind: "APPROVAL_MISMATCH", details: "审批早于最后一次报送" });
  if (record.auditHashes.length === 0) problems.push({ ...at, kind: "AUDIT_MISSING", details: "没有 entry.publish 审计记录" });
  else if (approval && !record.auditHashes.includes(approval.contentHash))
    problems.push({ ...at, kind: "AUDIT_MISMATCH", details: `审计记录 ${record.auditHashes.map(short).join("、")}，审批 ${short(approval.contentHash)}` });
  return problems;
}

/**
 * Terms that on a government site practically only appear in injected gambling spam. Words that
 * also occur in genuine notices (赌博 in 打击赌博, 棋牌 in 棋牌室管理, 六合彩 in 打击"六合彩") are
 * only weak signals, below.
 */
export const SPAM_STRONG_TERMS = [
  "百家乐",
  "新葡京",
  "真人娱乐",
  "时时彩",
  "彩票平台",
  "网上赌场",
  "在线赌场",
  "娱乐城",
  "注册送彩金",
  "首存送",
  "威尼斯人娱乐",
  "太阳城娱乐",
  "bet365",
  "casino",
];

/**
 * Weak signals: genuine notices mention them too (打击"六合彩"、地下赌场), so they count only next to
 * a link to a site that is neither governmental nor the site's own.
 */
export const SPAM_WEAK_TERMS = ["博彩", "赌场", "六合彩", "老虎机", "棋牌", "彩金", "投注", "下注", "赌博", "捕鱼"];

/** Domain fragments typical of gambling sites (xpj = 新葡京, bocai = 博彩, vns = 威尼斯人). */
const SPAM_DOMAIN = /(?:casino|bet\d|bet365|bocai|duchang|caipiao|xpj|vns\d|amjs|yule(?:cheng)?|\d{4,}\.(?:com|net|cc|vip|top))/i;

const URL_PATTERN = /(?:https?:)?\/\/([a-z0-9.-]+\.[a-z]{2,})/gi;

/** Hosts the site may link to without suspicion: government domains and those passed in (the site itself). */
export function isTrustedHost(host: string, trusted: readonly string[] = []): boolean {
  const h = host.toLowerCase();
  return h === "gov.cn" || h.endsWith(".gov.cn") || trusted.some((t) => h === t || h.endsWith(`.${t}`));
}

/**
 * Spam injection findings in a piece of public text (plain text or HTML, whose links are read from
 * `href`s and bare URLs alike). Returns human-readable reasons; empty when the text looks clean.
 */
export function findSpam(text: string, trustedHosts: readonly string[] = []): string[] {
  const lower = text.toLowerCase();
  const reasons: string[] = [];
  const strong = SPAM_STRONG_TERMS.filter((t) => lower.includes(t.toLowerCase()));
  if (strong.length) reasons.push(`赌博类词语：${strong.join("、")}`);
  const weak = SPAM_WEAK_TERMS.filter((t) => lower.includes(t));
  const hosts = [...new Set([...text.matchAll(URL_PATTERN)].map((m) => m[1]!.toLowerCase()))].filter((h) => !isTrustedHost(h, trustedHosts));
  const spamHosts = hosts.filter((h) => SPAM_DOMAIN.test(h));
  if (spamHosts.length) reasons.push(`博彩类网址：${spamHosts.join("、")}`);
  const otherHosts = hosts.filter((h) => !spamHosts.includes(h));
  if (weak.length && !strong.length && otherHosts.length) reasons.push(`赌博相关词语（${weak.join("、")}）与外部链接 ${otherHosts.join("、")} 同时出现`);
  return reasons;
}

/** SPAM problems of a revision's public text fields. */
export function checkSpam(
  record: Pick<PublishedRevisionRecord, "entryId" | "indexNo" | "revisionId" | "revision">,
  trustedHosts: readonly string[] = [],
): IntegrityProblem[] {
  const fields = { 标题: record.revision.title, 摘要: record.revision.summary, 正文: record.revision.bodyHtml, 关键词: record.revision.keywords.join(" ") };
  return Object.entries(fields).flatMap(([label, text]) =>
    findSpam(text, trustedHosts).map((reason) => ({
      entryId: record.entryId,
      indexNo: record.indexNo,
      revisionId: record.revisionId,
      kind: "SPAM" as const,
      details: `${label}：${reason}`,
    })),
  );
}
