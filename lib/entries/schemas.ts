import { z } from "zod";
import { REVISION_STATES } from "@/lib/review/model";
import { ARTICLE_20_ITEMS, DISCLOSURE_METHODS, ENTRY_VIEWS } from "./model";

const isoDate = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}格式应为 年-月-日`)
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), `${label}不是有效日期`);

const emptyToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);
const list = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? (v as unknown[]) : [v]);

export const entryInputSchema = z
  .object({
    title: z.string({ error: "请填写标题" }).trim().min(2, "请填写标题（至少 2 个字）").max(200, "标题不能超过 200 个字"),
    summary: z.string().trim().max(500, "内容概述不能超过 500 个字").default(""),
    documentNo: z.preprocess(emptyToNull, z.string().trim().max(60, "文号不能超过 60 个字").nullable()).default(null),
    generatedOn: isoDate("生成日期"),
    writtenOn: z.preprocess(emptyToNull, isoDate("成文日期").nullable()).default(null),
    topicId: z.coerce.number({ error: "请选择主题分类" }).int().positive("请选择主题分类"),
    genreId: z.coerce.number({ error: "请选择体裁" }).int().positive("请选择体裁"),
    /** Typed as one line: separated by commas, 、, semicolons or spaces. */
    keywords: z
      .string()
      .default("")
      .transform((v) => [
        ...new Set(
          v
            .split(/[,，、;；\s]+/)
            .map((k) => k.trim())
            .filter(Boolean),
        ),
      ])
      .pipe(z.array(z.string().max(20, "每个关键词不超过 20 个字")).max(10, "关键词最多 10 个")),
    validity: z.enum(["VALID", "AMENDED", "REPEALED"], { error: "请选择有效性" }).default("VALID"),
    attribute: z.enum(["PROACTIVE", "ON_REQUEST", "NOT_PUBLIC"], { error: "请选择公开属性" }).default("PROACTIVE"),
    methods: z.preprocess(list, z.array(z.enum(DISCLOSURE_METHODS, { error: "公开方式无效" })).min(1, "请至少选择一种公开方式")),
    scope: z.string().trim().min(1, "请填写公开范围").max(50, "公开范围不能超过 50 个字").default("面向社会"),
    article20Item: z
      .preprocess(
        emptyToNull,
        z
          .string()
          .refine((v) => Object.hasOwn(ARTICLE_20_ITEMS, v), "条例第二十条事项无效")
          .nullable(),
      )
      .default(null),
    bodyHtml: z.string().max(500_000, "正文过长（超过 50 万字符），请改为附件").default(""),
  })
  .refine((v) => !v.writtenOn || v.writtenOn <= v.generatedOn, { path: ["writtenOn"], message: "成文日期不能晚于生成日期" });

export type EntryInput = z.infer<typeof entryInputSchema>;

export const clearanceSchema = z
  .object({
    conclusion: z.enum(["PUBLIC", "PUBLIC_AFTER_MASKING", "NOT_PUBLIC"], { error: "请选择审查结论" }),
    legalGround: z.preprocess(emptyToNull, z.string().nullable()).default(null),
    attribute: z.enum(["PROACTIVE", "ON_REQUEST", "NOT_PUBLIC"], { error: "请确认公开属性" }),
    note: z.string().trim().max(2000, "审查意见不能超过 2000 字").default(""),
  })
  .refine((v) => v.conclusion !== "NOT_PUBLIC" || v.legalGround, { path: ["legalGround"], message: "不予公开须选择法定依据" })
  .refine((v) => v.conclusion !== "PUBLIC_AFTER_MASKING" || v.note.length > 0, { path: ["note"], message: "部分公开须说明区分处理的内容" });
export type ClearanceInput = z.infer<typeof clearanceSchema>;

export const returnSchema = z.object({
  reason: z.enum(["CONFIDENTIALITY", "PERSONAL_DATA", "METADATA", "CONTENT", "ATTRIBUTE", "OTHER"], { error: "请选择退回原因" }),
  note: z.string({ error: "请填写退回意见" }).trim().min(2, "请填写退回意见，告诉起草人需要修改什么").max(2000, "退回意见不能超过 2000 字"),
});
export type ReturnInput = z.infer<typeof returnSchema>;

/** A real Beijing-time minute: "2026-02-30T10:00" or "…T25:00" are refused, not shifted or published at once. */
function isRealLocalMinute(v: string): boolean {
  const instant = new Date(`${v}:00+08:00`);
  if (Number.isNaN(instant.getTime())) return false;
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 16) === v;
}

export const approvalSchema = z.object({
  note: z.string().trim().max(2000, "审批意见不能超过 2000 字").default(""),
  /** Empty: publish now. Otherwise a local (Asia/Shanghai) date-time, yyyy-mm-ddThh:mm. */
  publishAt: z
    .preprocess(
      emptyToNull,
      z
        .string()
        .superRefine((v, ctx) => {
          if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v)) ctx.addIssue({ code: "custom", message: "定时发布时间格式无效" });
          else if (!isRealLocalMinute(v)) ctx.addIssue({ code: "custom", message: "定时发布时间不是有效的日期时间" });
        })
        .nullable(),
    )
    .default(null),
});
export type ApprovalInput = z.infer<typeof approvalSchema>;

export const unpublishSchema = z.object({
  reason: z.enum(["REPEALED", "EXPIRED", "ERROR", "CONFIDENTIALITY", "OTHER"], { error: "请选择撤销原因" }),
  note: z.string({ error: "请填写撤销说明" }).trim().min(2, "请填写撤销说明").max(2000, "撤销说明不能超过 2000 字"),
});
export type UnpublishInput = z.infer<typeof unpublishSchema>;

/** A step-1 reviewer's acknowledgement of one pre-check finding: why it may stay (issue P6 item 1). */
export const acknowledgeFindingSchema = z.object({
  version: z.coerce.number({ error: "版本无效" }).int("版本无效").positive("版本无效"),
  note: z.string({ error: "请说明为何无碍" }).trim().min(2, "请说明为何无碍，例如：为公开的单位办公电话").max(500, "说明不能超过 500 字"),
});
export type AcknowledgeFindingInput = z.infer<typeof acknowledgeFindingSchema>;

/** The entry list's filters in the URL (/admin/entries and its export); a bad value is ignored, not an error. */
export const entryListQuerySchema = z.object({
  view: z.enum(ENTRY_VIEWS).optional().catch(undefined),
  state: z.enum(REVISION_STATES).optional().catch(undefined),
  q: z.string().trim().max(50).optional().catch(undefined),
  unitId: z.coerce.number().int().positive().optional().catch(undefined),
  topicId: z.coerce.number().int().positive().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type EntryListQuery = z.infer<typeof entryListQuerySchema>;
