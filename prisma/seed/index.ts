import { recordAudit } from "@/lib/audit/record";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Role } from "@/lib/db/generated/enums";
import { childPath } from "@/lib/units/model";
import { DEFAULT_GENRES, DEFAULT_TOPICS, DEFAULT_UPDATE_INTERVALS } from "./categories";
import { seedEntries } from "./entries";
import { reindexAll } from "@/lib/search/index-document";
import { seedRequests } from "./requests";
import { seedSite } from "./site";
import { demoUnitCode, SEED_UNITS } from "./units";

export interface SeedCredential {
  username: string;
  displayName: string;
  role: Role;
  unitName: string;
  password: string;
}

export interface SeedContext {
  db: PrismaClient;
  /** When set, every demo account gets this password (tests); otherwise each gets a random one. */
  demoPassword?: string;
  /** Accounts created in this run, to print once. */
  created: SeedCredential[];
  unitIds: Map<string, number>;
}

type SeedStep = (ctx: SeedContext) => Promise<void>;

/** Creates missing seed units; existing ones (matched by code) are left as admins edited them. */
const seedUnits: SeedStep = async ({ db, unitIds }) => {
  for (const unit of SEED_UNITS) {
    const code = demoUnitCode(unit.serial);
    const existing = await db.unit.findUnique({ where: { code }, select: { id: true } });
    if (existing) {
      unitIds.set(unit.key, existing.id);
      continue;
    }
    const parentId = unit.parentKey ? unitIds.get(unit.parentKey) : undefined;
    await db.$transaction(async (tx) => {
      const parent = parentId ? await tx.unit.findUniqueOrThrow({ where: { id: parentId }, select: { path: true } }) : null;
      const created = await tx.unit.create({
        data: {
          name: unit.name,
          shortName: unit.shortName,
          code,
          kind: unit.kind,
          parentId: parentId ?? null,
          sortOrder: unit.serial,
          path: `pending:${code}`,
        },
        select: { id: true },
      });
      await tx.unit.update({ where: { id: created.id }, data: { path: childPath(parent?.path ?? null, created.id) } });
      await recordAudit(tx, {
        actor: null,
        action: "unit.create",
        entityType: "Unit",
        entityId: created.id,
        unitId: created.id,
        summary: `演示数据：新增单位「${unit.name}」`,
      });
      unitIds.set(unit.key, created.id);
    });
  }
};

/** One demo account per role. The department accounts share one unit so the review chain can be tried end to end. */
const SEED_USERS: { username: string; displayName: string; role: Role; unitKey: string }[] = [
  { username: "admin", displayName: "王建国", role: "SYSTEM_ADMIN", unitKey: "gov" },
  { username: "unitadmin", displayName: "李秀英", role: "UNIT_ADMIN", unitKey: "drc" },
  { username: "clerk", displayName: "张伟", role: "CLERK", unitKey: "drc" },
  { username: "reviewer", displayName: "刘芳", role: "REVIEWER", unitKey: "drc" },
  { username: "leader", displayName: "陈明", role: "LEADER", unitKey: "drc" },
];

const seedUsers: SeedStep = async ({ db, unitIds, demoPassword, created }) => {
  for (const user of SEED_USERS) {
    if (await db.user.findUnique({ where: { username: user.username }, select: { id: true } })) continue;
    const unitId = unitIds.get(user.unitKey);
    if (unitId === undefined) throw new Error(`Seed unit ${user.unitKey} is missing`);
    const password = demoPassword ?? generatePassword();
    const passwordHash = await hashPassword(password);
    await db.$transaction(async (tx) => {
      const row = await tx.user.create({
        data: { username: user.username, displayName: user.displayName, unitId, passwordHash, roles: { create: { role: user.role, unitId } } },
        select: { id: true, unit: { select: { name: true } } },
      });
      await recordAudit(tx, {
        actor: null,
        action: "user.create",
        entityType: "User",
        entityId: row.id,
        unitId,
        summary: `演示数据：新增用户 ${user.username}（${ROLE_LABELS[user.role]}）`,
      });
      created.push({ username: user.username, displayName: user.displayName, role: user.role, unitName: row.unit.name, password });
    });
  }
};

/** System-wide category trees; needed by every installation, not only the demo. */
const seedCategories: SeedStep = async ({ db }) => {
  if ((await db.category.count({ where: { unitId: null } })) > 0) return;
  await db.$transaction(async (tx) => {
    for (const [order, [name, children]] of DEFAULT_TOPICS.entries()) {
      const parent = await tx.category.create({ data: { kind: "TOPIC", name, sortOrder: order, updateIntervalDays: DEFAULT_UPDATE_INTERVALS[name] } });
      await tx.category.createMany({
        data: children.map((child, i) => ({
          kind: "TOPIC" as const,
          name: child,
          parentId: parent.id,
          sortOrder: i,
          updateIntervalDays: DEFAULT_UPDATE_INTERVALS[child],
        })),
      });
    }
    await tx.category.createMany({ data: DEFAULT_GENRES.map((name, i) => ({ kind: "GENRE" as const, name, sortOrder: i })) });
    await recordAudit(tx, { actor: null, action: "category.seed", entityType: "Category", entityId: "default", summary: "初始化主题分类和体裁" });
  });
};

/** The search index of the seeded entries (the seed writes entries directly, not through the service). */
const seedSearchIndex: SeedStep = async ({ db }) => {
  if ((await db.searchDocument.count()) > 0) return;
  await db.$transaction((tx) => reindexAll(tx), { timeout: 120_000 });
};

/** Seed steps in order; later features append theirs. Each must be idempotent. */
export const SEED_STEPS: SeedStep[] = [seedUnits, seedUsers, seedCategories, seedSite, seedEntries, (ctx) => seedRequests(ctx), seedSearchIndex];

/** Runs every seed step. Safe to run again: it only adds what is missing. Returns the accounts it created. */
export async function seedDemo(db: PrismaClient, options: { demoPassword?: string } = {}): Promise<SeedCredential[]> {
  const ctx: SeedContext = { db, demoPassword: options.demoPassword, created: [], unitIds: new Map() };
  for (const step of SEED_STEPS) await step(ctx);
  return ctx.created;
}

/** The console block that shows new demo logins once. */
export function formatCredentials(credentials: SeedCredential[]): string {
  if (credentials.length === 0) return "";
  const rows = credentials.map((c) => `  ${ROLE_LABELS[c.role].padEnd(6, "　")} ${c.username.padEnd(10)} ${c.password}   ${c.displayName}，${c.unitName}`);
  return ["", "演示账号 (demo logins) — shown only now, write them down:", "  角色       用户名      密码", ...rows, ""].join("\n");
}
