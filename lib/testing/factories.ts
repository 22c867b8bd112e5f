import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { APPEAL_GROUPS, APPEAL_RESULTS, DECISION_KINDS } from "@/lib/reports/annual";
import { appealField, decisionField, FEE_FIELD } from "@/lib/reports/figures";
import { childPath } from "@/lib/units/model";

const unique = () => randomBytes(4).toString("hex").toUpperCase();

/** A unit with a unique local code, below `parent` or at the root. */
export async function createTestUnit(parent?: { id: number; path: string }, name = `测试单位${unique()}`) {
  const unit = await db.unit.create({ data: { name, code: `T-${unique()}`, kind: "DEPARTMENT", parentId: parent?.id ?? null, path: `pending:${unique()}` } });
  return db.unit.update({ where: { id: unit.id }, data: { path: childPath(parent?.path ?? null, unit.id) } });
}

/** A user holding `roles` in `unit`, returned as the Actor the services expect. */
export async function createTestActor(unit: { id: number; path: string; name: string }, roles: Role[]): Promise<Actor> {
  const username = `u${unique().toLowerCase()}`;
  const user = await db.user.create({
    data: {
      username,
      displayName: `测试${username}`,
      unitId: unit.id,
      passwordHash: "not-used",
      roles: { create: roles.map((role) => ({ role, unitId: unit.id })) },
    },
  });
  return {
    id: user.id,
    username,
    displayName: user.displayName,
    unitId: unit.id,
    roles: roles.map((role) => ({ role, unitId: unit.id, unitPath: unit.path, unitName: unit.name })),
  };
}

/** A topic and a genre category for entries. */
export async function createTestCategories() {
  const topic = await db.category.create({ data: { kind: "TOPIC", name: `测试主题${unique()}` } });
  const genre = await db.category.create({ data: { kind: "GENRE", name: `测试体裁${unique()}` } });
  return { topicId: topic.id, genreId: genre.id };
}

/** The form fields of a valid application by a natural person to `unitId`, before its schema parses them. */
export const testApplication = (unitId: number, overrides: Record<string, unknown> = {}) => ({
  unitId,
  applicantType: "NATURAL_PERSON",
  applicantName: "赵市民",
  idType: "RESIDENT_ID",
  idNumber: "11010519491231002X",
  phone: "138-0013-8000",
  description: "示范区2025年城市道路维修工程的招标文件",
  infoForm: "ELECTRONIC",
  delivery: "ONLINE",
  ...overrides,
});

/** The number fields of an annual-report form, every one filled with 0: a report with no gaps (narratives apart). */
export const zeroAnnualReportFigures = (): Record<string, string> => ({
  ...Object.fromEntries(DECISION_KINDS.map((kind) => [decisionField(kind), "0"])),
  ...Object.fromEntries(APPEAL_GROUPS.flatMap((group) => APPEAL_RESULTS.map((result) => [appealField(group, result), "0"]))),
  [FEE_FIELD]: "0",
});
