import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/db/generated/client";
import type { DisclosureAttribute, Validity } from "@/lib/db/generated/enums";
import { can, type Actor } from "@/lib/auth/permissions";

/** The queues of the entry list (/admin/entries?view=…). */
export const ENTRY_VIEWS = ["mine", "review", "approval", "all"] as const;
export type EntryView = (typeof ENTRY_VIEWS)[number];
export const ENTRY_VIEW_LABELS: Record<EntryView, string> = { mine: "我的草稿", review: "待我审查", approval: "待我审批", all: "全部信息" };

/** The queues the actor's roles open to them, in tab order; empty without an entry role. */
export function entryViewsFor(actor: Actor): EntryView[] {
  const canDraft = can(actor, "entries.draft");
  const canReview = can(actor, "entries.review");
  const canApprove = can(actor, "entries.approve");
  if (!canDraft && !canReview && !canApprove) return [];
  return ENTRY_VIEWS.filter((v) => v === "all" || (v === "mine" && canDraft) || (v === "review" && canReview) || (v === "approval" && canApprove));
}

export const VALIDITY_LABELS: Record<Validity, string> = { VALID: "有效", AMENDED: "已修订", REPEALED: "已废止" };

export const ATTRIBUTE_LABELS: Record<DisclosureAttribute, string> = { PROACTIVE: "主动公开", ON_REQUEST: "依申请公开", NOT_PUBLIC: "不予公开" };

/** 公开方式 (domain.md §6). */
export const DISCLOSURE_METHODS = ["政府网站", "政府公报", "新闻发布会", "报刊广播电视", "公告栏"] as const;

/** 条例第二十条 items (一)–(十五), stored as A20_01…A20_15 (domain.md §2). */
export const ARTICLE_20_ITEMS: Record<string, string> = {
  A20_01: "（一）行政法规、规章和规范性文件",
  A20_02: "（二）机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名",
  A20_03: "（三）国民经济和社会发展规划、专项规划、区域规划及相关政策",
  A20_04: "（四）国民经济和社会发展统计信息",
  A20_05: "（五）办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果",
  A20_06: "（六）实施行政处罚、行政强制的依据、条件、程序以及有一定社会影响的行政处罚决定",
  A20_07: "（七）财政预算、决算信息",
  A20_08: "（八）行政事业性收费项目及其依据、标准",
  A20_09: "（九）政府集中采购项目的目录、标准及实施情况",
  A20_10: "（十）重大建设项目的批准和实施情况",
  A20_11: "（十一）扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况",
  A20_12: "（十二）突发公共事件的应急预案、预警信息及应对情况",
  A20_13: "（十三）环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况",
  A20_14: "（十四）公务员招考的职位、名额、报考条件等事项以及录用结果",
  A20_15: "（十五）法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息",
};

/** The reviewed content of a revision: everything the public will see, in a fixed order. */
export interface EntryContent {
  title: string;
  summary: string;
  documentNo: string | null;
  /** ISO dates, yyyy-mm-dd. */
  generatedOn: string;
  writtenOn: string | null;
  unitId: number;
  topicId: number;
  genreId: number;
  keywords: string[];
  validity: Validity;
  attribute: DisclosureAttribute;
  methods: string[];
  scope: string;
  article20Item: string | null;
  bodyHtml: string;
  /** SHA-256 of each attachment's bytes, in display order. */
  attachmentHashes: string[];
}

/**
 * SHA-256 over the canonical JSON of the content (keys in a fixed order, no whitespace). Each review
 * step records it; any change to metadata, body or attachments changes it and voids earlier reviews.
 */
export function contentHash(content: EntryContent): string {
  const canonical: EntryContent = {
    title: content.title,
    summary: content.summary,
    documentNo: content.documentNo,
    generatedOn: content.generatedOn,
    writtenOn: content.writtenOn,
    unitId: content.unitId,
    topicId: content.topicId,
    genreId: content.genreId,
    keywords: content.keywords,
    validity: content.validity,
    attribute: content.attribute,
    methods: content.methods,
    scope: content.scope,
    article20Item: content.article20Item,
    bodyHtml: content.bodyHtml,
    attachmentHashes: content.attachmentHashes,
  };
  return createHash("sha256").update(JSON.stringify(canonical)).digest("hex");
}

/** The date part of a Date stored as @db.Date (UTC midnight), as yyyy-mm-dd. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * 索引号 in the default format `{unit code}/{yyyy}-{serial:05d}` (the gov.cn pattern, domain.md §6),
 * e.g. 11990101000000035X/2026-00012. The serial is per unit and year and never reused.
 */
export function formatIndexNo(unitCode: string, year: number, serial: number): string {
  if (!Number.isInteger(serial) || serial < 1 || serial > 99_999) throw new RangeError(`index serial out of range: ${serial}`);
  return `${unitCode}/${year}-${String(serial).padStart(5, "0")}`;
}

/** The calendar year in China (UTC+8) of an instant: an entry published at 2026-12-31T20:00Z belongs to 2027. */
export function chinaYear(instant: Date): number {
  return new Date(instant.getTime() + 8 * 3600_000).getUTCFullYear();
}

/** The stored columns of a revision that make up its content. */
export interface StoredRevision {
  title: string;
  summary: string;
  documentNo: string | null;
  generatedOn: Date;
  writtenOn: Date | null;
  topicId: number;
  genreId: number;
  keywords: string[];
  validity: Validity;
  attribute: DisclosureAttribute;
  methods: string[];
  scope: string;
  article20Item: string | null;
  bodyHtml: string;
}

/** Selects exactly the columns of StoredRevision, for queries that re-hash a revision. */
export const STORED_REVISION_SELECT = {
  title: true,
  summary: true,
  documentNo: true,
  generatedOn: true,
  writtenOn: true,
  topicId: true,
  genreId: true,
  keywords: true,
  validity: true,
  attribute: true,
  methods: true,
  scope: true,
  article20Item: true,
  bodyHtml: true,
} as const satisfies Record<keyof StoredRevision, true> & Prisma.EntryRevisionSelect;

/** The content of a stored revision of an entry of `unitId` with its attachments' hashes, exactly as it was hashed. */
export function storedContent(revision: StoredRevision, unitId: number, attachmentHashes: string[]): EntryContent {
  return {
    title: revision.title,
    summary: revision.summary,
    documentNo: revision.documentNo,
    generatedOn: isoDate(revision.generatedOn),
    writtenOn: revision.writtenOn ? isoDate(revision.writtenOn) : null,
    unitId,
    topicId: revision.topicId,
    genreId: revision.genreId,
    keywords: revision.keywords,
    validity: revision.validity,
    attribute: revision.attribute,
    methods: revision.methods,
    scope: revision.scope,
    article20Item: revision.article20Item,
    bodyHtml: revision.bodyHtml,
    attachmentHashes,
  };
}
