import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import type { Role } from "@/lib/db/generated/enums";
import { chinaYear, DISCLOSURE_METHODS, isoDate } from "@/lib/entries/model";
import { sanitizeBody } from "@/lib/entries/sanitize";
import { entryInputSchema } from "@/lib/entries/schemas";
import { REVISION_STATES } from "@/lib/review/model";
import { DEFAULT_GENRES, DEFAULT_TOPICS } from "./categories";
import { buildSeedRows, mulberry32, planSeedEntries, SEED_LAST_DAY, type EntryPlan, type Persona, type PlannedContent, type SeedWorld } from "./entries";
import { demoUnitCode, SEED_UNITS } from "./units";

/** The seeded district as the replay sees it, without a database: ids from the unit serials. */
function demoWorld(options: { sameReviewerAsClerk?: boolean } = {}): SeedWorld {
  const units = new Map<string, { id: number; code: string; path: string }>();
  for (const unit of SEED_UNITS) {
    const parent = unit.parentKey ? units.get(unit.parentKey) : undefined;
    units.set(unit.key, { id: unit.serial, code: demoUnitCode(unit.serial), path: `${parent?.path ?? "/"}${unit.serial}/` });
  }
  let nextId = 100;
  const staff = new Map<string, Record<Persona, Actor>>();
  for (const unit of SEED_UNITS) {
    const { id, path } = units.get(unit.key)!;
    const account = (role: Role): Actor => ({
      id: nextId++,
      username: `${unit.key}.${role}`,
      displayName: role,
      unitId: id,
      roles: [{ role, unitId: id, unitPath: path, unitName: unit.name }],
    });
    const clerk = account("CLERK");
    const reviewer = options.sameReviewerAsClerk
      ? { ...clerk, roles: [...clerk.roles, { ...clerk.roles[0]!, role: "REVIEWER" as const }] }
      : account("REVIEWER");
    staff.set(unit.key, { clerk, reviewer, leader: account("LEADER") });
  }
  const topics = new Map<string, number>();
  const genres = new Map<string, number>();
  let categoryId = 1;
  for (const [parent, children] of DEFAULT_TOPICS) {
    topics.set(parent, categoryId++);
    for (const child of children) topics.set(`${parent}\\${child}`, categoryId++);
  }
  for (const genre of DEFAULT_GENRES) genres.set(genre, categoryId++);
  return {
    units,
    staff,
    topicId: (path) => topics.get(path.join("\\")) ?? Number.NaN,
    genreId: (name) => genres.get(name) ?? Number.NaN,
  };
}

const plan = planSeedEntries();
const rows = buildSeedRows(plan.entries, demoWorld());

/** Every content a revision had: as drafted and after each edit. */
function allContents(entries: EntryPlan[]): PlannedContent[] {
  return entries.flatMap((e) => e.revisions.flatMap((r) => [r.initial, ...r.events.flatMap((ev) => (ev.type === "edit" ? [ev.content] : []))]));
}

describe("mulberry32", () => {
  it("gives the same sequence for the same seed, in [0, 1)", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const values = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(values);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(values[0]);
  });
});

describe("planSeedEntries", () => {
  it("is deterministic: the same seed gives the same plan, another seed another one", () => {
    expect(JSON.stringify(planSeedEntries())).toBe(JSON.stringify(plan));
    expect(JSON.stringify(planSeedEntries(7))).not.toBe(JSON.stringify(plan));
  });

  it("gives about 300 entries, a large share of them in 区发改局, and some in every unit", () => {
    expect(plan.entries.length).toBeGreaterThanOrEqual(280);
    expect(plan.entries.length).toBeLessThanOrEqual(360);
    const drc = plan.entries.filter((e) => e.unitKey === "drc").length;
    expect(drc / plan.entries.length).toBeGreaterThan(0.38);
    for (const unit of SEED_UNITS)
      expect(
        plan.entries.some((e) => e.unitKey === unit.key),
        unit.key,
      ).toBe(true);
  });

  it("writes content the entry form accepts: titles, summaries, keywords, methods, 第二十条 items", () => {
    for (const content of allContents(plan.entries)) {
      const input = { ...content, keywords: content.keywords.join("，"), topicId: 1, genreId: 1 };
      const parsed = entryInputSchema.safeParse(input);
      expect(parsed.success, `${content.title}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      expect(content.title.trim()).not.toBe("");
      expect(content.title).not.toMatch(/undefined|NaN|\{[A-Za-z]\}/);
      expect(content.bodyHtml).not.toMatch(/undefined|NaN|\{[A-Za-z]\}/);
      expect(content.methods.every((m) => (DISCLOSURE_METHODS as readonly string[]).includes(m))).toBe(true);
    }
  });

  it("keeps bodies exactly as sanitizeBody leaves them, so the hash matches what the service would store", () => {
    for (const content of allContents(plan.entries)) expect(sanitizeBody(content.bodyHtml)).toBe(content.bodyHtml);
  });

  it("uses only categories of the default trees", () => {
    const topics = new Set(DEFAULT_TOPICS.flatMap(([parent, children]) => [parent, ...children.map((c) => `${parent}\\${c}`)]));
    for (const content of allContents(plan.entries)) {
      expect(topics.has(content.topic.join("\\")), content.topic.join("\\")).toBe(true);
      expect(DEFAULT_GENRES, content.title).toContain(content.genre);
    }
  });

  it("gives each entry of a unit its own title", () => {
    const titles = plan.entries.map((e) => `${e.unitKey}|${e.revisions[0]!.initial.title}`);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it("dates everything between 2025-01 and the end of the story, 成文日期 never after 生成日期", () => {
    for (const content of allContents(plan.entries)) {
      expect(content.generatedOn >= "2025-01-01" && content.generatedOn <= SEED_LAST_DAY, content.title).toBe(true);
      if (content.writtenOn) expect(content.writtenOn <= content.generatedOn).toBe(true);
    }
    const events = plan.entries.flatMap((e) => e.revisions.flatMap((r) => r.events));
    expect(events.every((e) => e.at.getTime() < Date.parse(`${SEED_LAST_DAY}T10:00:00Z`))).toBe(true);
  });

  it("numbers documents per 代字 and year: 示发改〔2026〕12号", () => {
    const numbers = plan.entries.flatMap((e) => (e.revisions[0]!.initial.documentNo ? [e.revisions[0]!.initial.documentNo] : []));
    expect(numbers.length).toBeGreaterThan(15);
    for (const no of numbers) expect(no).toMatch(/^\S+〔20(25|26)〕\d+号$/);
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});

describe("buildSeedRows", () => {
  const states = (state: string) => rows.revisions.filter((r) => r.state === state);

  it("produces every revision state, mostly published", () => {
    for (const state of REVISION_STATES) expect(states(state).length, state).toBeGreaterThan(0);
    expect(states("PUBLISHED").length / rows.revisions.length).toBeGreaterThan(0.8);
  });

  it("binds the clearance and the approval of every published revision to its content hash", () => {
    for (const revision of [...states("PUBLISHED"), ...states("SUPERSEDED"), ...states("WITHDRAWN")]) {
      const reviews = rows.reviews.filter((r) => r.revisionId === revision.id && r.createdAt >= revision.submittedAt!);
      const cleared = reviews.filter((r) => r.step === "CLEARANCE" && r.decision === "CLEARED").at(-1);
      const approved = reviews.filter((r) => r.step === "APPROVAL" && r.decision === "APPROVED").at(-1);
      expect(cleared?.contentHash, revision.title).toBe(revision.contentHash);
      expect(approved?.contentHash, revision.title).toBe(revision.contentHash);
      expect(cleared?.actorId).not.toBe(approved?.actorId);
    }
  });

  it("publishes 1–15 days after the information was formed", () => {
    for (const revision of states("PUBLISHED").filter((r) => r.number === 1)) {
      const days = (Date.parse(`${isoDate(new Date(revision.publishedAt!.valueOf() + 8 * 3600_000))}T00:00:00Z`) - revision.generatedOn.valueOf()) / 86_400_000;
      expect(days, revision.title).toBeGreaterThanOrEqual(1);
      expect(days, revision.title).toBeLessThanOrEqual(15);
    }
  });

  it("leaves approved revisions scheduled after the story's end, and returned drafts with their reason", () => {
    for (const revision of states("APPROVED")) expect(revision.scheduledAt!.valueOf()).toBeGreaterThan(Date.parse(`${SEED_LAST_DAY}T10:00:00Z`));
    expect(states("DRAFT").some((r) => r.returnReason && r.returnNote && !r.submittedAt)).toBe(true);
  });

  it("allocates 索引号 per unit and year in publication order, and sequences end at the highest serial", () => {
    const published = rows.entries.filter((e) => e.indexNo).sort((a, b) => a.firstPublishedAt!.valueOf() - b.firstPublishedAt!.valueOf());
    const last = new Map<string, number>();
    for (const entry of published) {
      const [, year, serial] = /\/(\d{4})-(\d{5})$/.exec(entry.indexNo!)!;
      expect(Number(year)).toBe(chinaYear(entry.firstPublishedAt!));
      const key = `${entry.unitId}:${year}`;
      expect(Number(serial), entry.indexNo!).toBe((last.get(key) ?? 0) + 1);
      last.set(key, Number(serial));
    }
    expect(new Map(rows.sequences.map((s) => [`${s.unitId}:${s.year}`, s.last]))).toEqual(last);
  });

  it("continues after serials already used", () => {
    const world = { ...demoWorld(), usedSerials: new Map([["3:2025", 40]]) };
    const again = buildSeedRows(plan.entries, world);
    expect(again.sequences.find((s) => s.unitId === 3 && s.year === 2025)?.last).toBe(
      40 + (rows.sequences.find((s) => s.unitId === 3 && s.year === 2025)?.last ?? 0),
    );
  });

  it("writes the audit trail of the service, in time order", () => {
    const actions = new Set(rows.audits.map((a) => a.action));
    expect([...actions].sort()).toEqual([
      "entry.approve",
      "entry.clear",
      "entry.create",
      "entry.edit",
      "entry.new_revision",
      "entry.publish",
      "entry.return",
      "entry.submit",
      "entry.unpublish",
      "entry.withhold",
    ]);
    expect(rows.audits.filter((a) => a.action === "entry.create")).toHaveLength(rows.entries.length);
    for (let i = 1; i < rows.audits.length; i++) expect(rows.audits[i]!.createdAt.valueOf()).toBeGreaterThanOrEqual(rows.audits[i - 1]!.createdAt.valueOf());
    // The scheduler publishes as the system, without an actor.
    expect(rows.audits.some((a) => a.action === "entry.publish" && a.actorId === null && a.actorName === "系统")).toBe(true);
  });

  it("refuses a story the review rules would refuse (a clerk clearing their own draft)", () => {
    expect(() => buildSeedRows(plan.entries, demoWorld({ sameReviewerAsClerk: true }))).toThrow(/refused/);
  });
});
