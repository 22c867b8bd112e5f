import { z } from "zod";
import { MAX_RETENTION_DAYS, RETENTION_RULES, type RetentionRule, type RetentionSettings } from "./retention";

const text = (max: number, label: string) => z.string().trim().max(max, `${label}不能超过 ${max} 个字`).default("");
const optional = (pattern: RegExp, message: string) =>
  z
    .string()
    .trim()
    .default("")
    .refine((v) => v === "" || pattern.test(v), message);
const email = z
  .string()
  .trim()
  .default("")
  .refine((v) => v === "" || z.email().safeParse(v).success, "电子邮箱格式不正确");

/** 网站标识码: 6-digit region code + 4-digit serial, or "bm" + 8 digits for departments of the State Council. */
export const SITE_CODE_PATTERN = /^(\d{10}|bm\d{8})$/;
/** ICP备案号 as printed in a footer, e.g. 京ICP备05070602号 or 京ICP备05070602号-1. */
export const ICP_PATTERN = /^[\u4e00-\u9fa5]ICP备\d{6,10}号(-\d{1,3})?$/;
/** 公安机关备案号, e.g. 京公网安备11010502030143号; the 14 digits form the query link. */
export const PSB_PATTERN = /^[\u4e00-\u9fa5]公网安备\s?(\d{14})号$/;

export const siteSettingsSchema = z.object({
  siteName: z.string({ error: "请填写网站名称" }).trim().min(2, "请填写网站名称（至少 2 个字）").max(40, "网站名称不能超过 40 个字"),
  hostName: text(60, "主办单位"),
  siteCode: optional(SITE_CODE_PATTERN, "网站标识码为 10 位数字（部委网站为 bm 加 8 位数字）"),
  icpNo: optional(ICP_PATTERN, "ICP备案号格式如：京ICP备05070602号"),
  psbNo: optional(PSB_PATTERN, "公安机关备案号格式如：京公网安备11010502030143号"),
  contactPhone: text(40, "联系电话"),
  contactEmail: email,
  contactAddress: text(100, "联系地址"),
});
export type SiteSettingsInput = z.infer<typeof siteSettingsSchema>;

/** What the site shows until an administrator saves its settings. */
export const DEFAULT_SITE_SETTINGS: SiteSettingsInput = {
  siteName: "政府信息公开",
  hostName: "",
  siteCode: "",
  icpNo: "",
  psbNo: "",
  contactPhone: "",
  contactEmail: "",
  contactAddress: "",
};

export const guideSchema = z.object({
  body: z.string({ error: "请填写公开指南正文" }).trim().min(20, "请填写公开指南正文（至少 20 个字）").max(20_000, "公开指南正文不能超过 20000 个字"),
  officeName: text(60, "工作机构名称"),
  officeAddress: text(100, "办公地址"),
  officeHours: text(100, "办公时间"),
  phone: text(40, "联系电话"),
  fax: text(40, "传真"),
  email,
  postalCode: optional(/^\d{6}$/, "邮政编码为 6 位数字"),
});
export type GuideInput = z.infer<typeof guideSchema>;

/** The query link of a 公安机关备案号 on the MPS registry, or null if the number has no 14-digit code. */
export function psbLink(psbNo: string): string | null {
  const code = PSB_PATTERN.exec(psbNo)?.[1];
  return code ? `https://beian.mps.gov.cn/#/query/webSearch?code=${code}` : null;
}

const retentionDays = (rule: RetentionRule) =>
  z.coerce
    .number({ error: `请填写${rule.label}的保存天数` })
    .int(`${rule.label}的保存天数须为整数`)
    .min(rule.minDays, `${rule.label}至少保存 ${rule.minDays} 天`)
    .max(MAX_RETENTION_DAYS, `${rule.label}最多保存 ${MAX_RETENTION_DAYS} 天`);

/** 数据保存期限 in days, each within its rule's limits (lib/site/retention.ts). */
export const retentionSettingsSchema = z.object({
  retainLoginAttemptsDays: retentionDays(RETENTION_RULES.loginAttempts),
  retainImportJobsDays: retentionDays(RETENTION_RULES.importJobs),
  retainNotificationsDays: retentionDays(RETENTION_RULES.notifications),
  retainLinkChecksDays: retentionDays(RETENTION_RULES.linkChecks),
}) satisfies z.ZodType<RetentionSettings>;
export type RetentionSettingsInput = z.infer<typeof retentionSettingsSchema>;
