import "server-only";
import { describeChanges, recordAudit } from "@/lib/audit/record";
import { can, type Actor } from "@/lib/auth/permissions";
import { invalidatePublicCache } from "@/lib/cache/public-cache";
import { db } from "@/lib/db/client";
import { plainTextToHtml, sanitizeBody } from "@/lib/entries/sanitize";
import { DomainError } from "@/lib/errors";
import { getRetentionSettings } from "./queries";
import { RETENTION_KINDS, RETENTION_RULES, type RetentionSettings } from "./retention";
import { DEFAULT_SITE_SETTINGS, type GuideInput, type RetentionSettingsInput, type SiteSettingsInput } from "./schemas";

const SETTINGS_LABELS: Record<keyof SiteSettingsInput, string> = {
  siteName: "网站名称",
  hostName: "主办单位",
  siteCode: "网站标识码",
  icpNo: "ICP备案号",
  psbNo: "公安机关备案号",
  contactPhone: "联系电话",
  contactEmail: "电子邮箱",
  contactAddress: "联系地址",
};

/** Saves the footer details of the public site (system administrators only). */
export async function updateSiteSettings({ actor, input }: { actor: Actor; input: SiteSettingsInput }): Promise<void> {
  if (!can(actor, "site.manage")) throw new DomainError("FORBIDDEN", { message: "只有系统管理员可以修改网站设置。" });
  await db.$transaction(async (tx) => {
    const before = (await tx.siteSettings.findUnique({ where: { id: 1 } })) ?? DEFAULT_SITE_SETTINGS;
    const changes = describeChanges(before, input, SETTINGS_LABELS);
    if (changes.length === 0) return;
    await tx.siteSettings.upsert({ where: { id: 1 }, create: { id: 1, ...input }, update: input });
    await recordAudit(tx, {
      actor,
      action: "site.update",
      entityType: "SiteSettings",
      entityId: 1,
      summary: `修改网站设置：${changes.join("；")}`,
      details: input,
    });
  });
  invalidatePublicCache();
}

const RETENTION_LABELS = Object.fromEntries(RETENTION_KINDS.map((kind) => [RETENTION_RULES[kind].field, `${RETENTION_RULES[kind].label}保存天数`])) as Record<
  keyof RetentionSettings,
  string
>;

/** Saves 数据保存期限 (system administrators only); the next purge deletes by the new periods. */
export async function updateRetentionSettings({ actor, input }: { actor: Actor; input: RetentionSettingsInput }): Promise<void> {
  if (!can(actor, "site.manage")) throw new DomainError("FORBIDDEN", { message: "只有系统管理员可以修改数据保存期限。" });
  await db.$transaction(async (tx) => {
    const changes = describeChanges(await getRetentionSettings(tx), input, RETENTION_LABELS);
    if (changes.length === 0) return;
    await tx.siteSettings.upsert({ where: { id: 1 }, create: { id: 1, ...input }, update: input });
    await recordAudit(tx, {
      actor,
      action: "site.retention_update",
      entityType: "SiteSettings",
      entityId: 1,
      summary: `修改数据保存期限：${changes.join("；")}`,
      details: { ...input },
    });
  });
}

/** Saves a unit's 政府信息公开指南; the unit's administrators (and those above) may edit it. */
export async function saveGuide({ actor, unitId, input }: { actor: Actor; unitId: number; input: GuideInput }): Promise<void> {
  await db.$transaction(async (tx) => {
    const unit = await tx.unit.findUnique({ where: { id: unitId }, select: { name: true, path: true, guide: { select: { unitId: true } } } });
    if (!unit || !can(actor, "units.manage", { unitPath: unit.path })) throw new DomainError("NOT_FOUND");
    const { body, ...contact } = input;
    const data = { ...contact, bodyHtml: sanitizeBody(plainTextToHtml(body)) };
    await tx.disclosureGuide.upsert({ where: { unitId }, create: { unitId, ...data }, update: data });
    await recordAudit(tx, {
      actor,
      action: unit.guide ? "guide.update" : "guide.create",
      entityType: "DisclosureGuide",
      entityId: unitId,
      unitId,
      summary: `${unit.guide ? "修改" : "发布"}「${unit.name}」政府信息公开指南`,
      details: data,
    });
  });
  invalidatePublicCache();
}
