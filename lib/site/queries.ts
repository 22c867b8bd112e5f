import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { publicCached } from "@/lib/cache/public-cache";
import { db, type Prisma } from "@/lib/db/client";
import { DEFAULT_RETENTION_SETTINGS, type RetentionSettings } from "./retention";
import { DEFAULT_SITE_SETTINGS } from "./schemas";

async function loadSiteSettings() {
  const row = await db.siteSettings.findUnique({ where: { id: 1 } });
  return row ?? DEFAULT_SITE_SETTINGS;
}

/** The footer details of the public site; defaults until an administrator saves them. Cached. */
export const getSiteSettings = publicCached(loadSiteSettings, { ttlMs: 60_000, maxEntries: 1 });

/** 数据保存期限 as saved (the defaults until an administrator saves them). Not cached: the purge reads it. */
export async function getRetentionSettings(tx: Pick<Prisma.TransactionClient, "siteSettings"> = db): Promise<RetentionSettings> {
  const row = await tx.siteSettings.findUnique({
    where: { id: 1 },
    select: { retainLoginAttemptsDays: true, retainImportJobsDays: true, retainNotificationsDays: true, retainLinkChecksDays: true },
  });
  return row ?? DEFAULT_RETENTION_SETTINGS;
}

/**
 * The public page of a unit: its details, its 公开指南 or — if it has none yet — the nearest
 * ancestor's, and the way up the tree for the breadcrumb. Null for unknown or disabled units.
 */
async function loadUnitPage(unitId: number) {
  const unit = await db.unit.findFirst({
    where: { id: unitId, disabled: false },
    select: {
      id: true,
      name: true,
      path: true,
      parentId: true,
      children: { where: { disabled: false }, orderBy: { sortOrder: "asc" }, select: { id: true, name: true } },
    },
  });
  if (!unit) return null;
  const ancestorIds = unit.path.split("/").filter(Boolean).map(Number);
  const [ancestors, guides] = await Promise.all([
    db.unit.findMany({ where: { id: { in: ancestorIds } }, select: { id: true, name: true, path: true } }),
    db.disclosureGuide.findMany({ where: { unitId: { in: ancestorIds } } }),
  ]);
  const trail = ancestors.sort((a, b) => a.path.length - b.path.length);
  const guide = guides.sort((a, b) => ancestorIds.indexOf(b.unitId) - ancestorIds.indexOf(a.unitId))[0] ?? null;
  const guideUnit = guide ? trail.find((a) => a.id === guide.unitId)! : null;
  return { unit, trail, guide, guideUnit: guideUnit && guideUnit.id !== unit.id ? guideUnit : null };
}
export const findUnitPage = publicCached(loadUnitPage, { ttlMs: 60_000, maxEntries: 500 });

/** The top unit of the site (the district government), whose guide the home page links. */
async function loadTopUnit() {
  return db.unit.findFirst({ where: { parentId: null, disabled: false }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: { id: true, name: true } });
}
export const findTopUnit = publicCached(loadTopUnit, { ttlMs: 60_000, maxEntries: 1 });

/** A unit's own guide for its edit form, if the actor manages the unit. */
export async function findGuideForEdit(actor: Actor, unitId: number) {
  const unit = await db.unit.findUnique({ where: { id: unitId }, select: { id: true, name: true, path: true, guide: true } });
  if (!unit || !can(actor, "units.manage", { unitPath: unit.path })) return null;
  return unit;
}

/** The 主题分类 that holds the annual reports (政府信息公开年报), from the default tree. */
async function loadReportsTopic() {
  return db.category.findFirst({ where: { kind: "TOPIC", name: "政府信息公开年报", unitId: null }, select: { id: true } });
}
export const findReportsTopic = publicCached(loadReportsTopic, { ttlMs: 60_000, maxEntries: 1 });
