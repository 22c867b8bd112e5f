import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { can, hasRole, scopesFor, type Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { pageWindow } from "@/lib/pagination";
import type { WordList } from "./model";
import { WATCH_WORD_KIND_LABELS, type WatchWordInput } from "./watch-word-schemas";
import { wordListsWith } from "./word-lists";

/*
 * The configurable word lists of the pre-check (P6 item 1): system administrators keep system-wide
 * words, unit administrators their units' words. A revision is scanned with the built-in lists, the
 * system-wide words and those of its unit and every unit above it.
 */

type Tx = Prisma.TransactionClient;

/** The lists that apply to entries of the unit at `unitPath` (e.g. "/1/4/"). */
export async function loadWordListsForUnit(tx: Pick<Tx, "watchWord">, unitPath: string): Promise<WordList[]> {
  const lineage = unitPath.split("/").filter(Boolean).map(Number);
  const words = await tx.watchWord.findMany({
    where: { OR: [{ unitId: null }, { unitId: { in: lineage } }] },
    orderBy: { id: "asc" },
    select: { kind: true, word: true, correct: true },
  });
  return wordListsWith(words);
}

/** The unit the word is for, after checking the actor may manage words there; null for system-wide. */
async function managedScope(tx: Tx, actor: Actor, unitId: number | null): Promise<{ id: number; name: string } | null> {
  if (unitId === null) {
    if (!hasRole(actor, "SYSTEM_ADMIN")) throw new DomainError("FORBIDDEN", { fieldErrors: { scope: ["只有系统管理员可以维护全系统的词表，请选择单位"] } });
    return null;
  }
  const unit = await tx.unit.findUnique({ where: { id: unitId }, select: { id: true, path: true, name: true } });
  if (!unit || !can(actor, "units.manage", { unitPath: unit.path })) throw new DomainError("FORBIDDEN", { fieldErrors: { scope: ["您无权维护该单位的词表"] } });
  return unit;
}

export async function addWatchWord({ actor, input }: { actor: Actor; input: WatchWordInput }): Promise<{ id: number }> {
  return db.$transaction(async (tx) => {
    const unit = await managedScope(tx, actor, input.scope === "system" ? null : input.scope);
    const duplicate = await tx.watchWord.count({ where: { unitId: unit?.id ?? null, word: input.word } });
    if (duplicate) throw new DomainError("CONFLICT", { fieldErrors: { word: ["该范围的词表中已有这个词"] } });
    const created = await tx.watchWord.create({
      data: { unitId: unit?.id ?? null, kind: input.kind, word: input.word, correct: input.correct ?? null, note: input.note || null, createdById: actor.id },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor,
      action: "watch_word.add",
      entityType: "WatchWord",
      entityId: created.id,
      unitId: unit?.id ?? null,
      summary: `${WATCH_WORD_KIND_LABELS[input.kind]}「${input.word}」${input.correct ? `→「${input.correct}」` : ""}加入${unit?.name ?? "全系统"}词表`,
      details: { ...input, scope: unit?.id ?? "system" },
    });
    return created;
  });
}

export async function removeWatchWord({ actor, id }: { actor: Actor; id: number }): Promise<void> {
  await db.$transaction(async (tx) => {
    const word = await tx.watchWord.findUnique({ where: { id } });
    if (!word) throw new DomainError("NOT_FOUND", { message: "该词已被删除。" });
    const unit = await managedScope(tx, actor, word.unitId);
    await tx.watchWord.delete({ where: { id } });
    await recordAudit(tx, {
      actor,
      action: "watch_word.remove",
      entityType: "WatchWord",
      entityId: id,
      unitId: word.unitId,
      summary: `从${unit?.name ?? "全系统"}词表删除${WATCH_WORD_KIND_LABELS[word.kind]}「${word.word}」`,
      details: { kind: word.kind, word: word.word, correct: word.correct },
    });
  });
}

export const WATCH_WORDS_PAGE_SIZE = 50;

/**
 * The words an administrator sees: system-wide ones (editable by system administrators) and those of
 * the units they manage, newest first, with the units they may add words for.
 */
export async function listWatchWords(actor: Actor, page: number) {
  const scopes = scopesFor(actor, "units.manage");
  const units = scopes.length
    ? await db.unit.findMany({ where: { OR: scopes.map((p) => ({ path: { startsWith: p } })) }, orderBy: { path: "asc" }, select: { id: true, name: true } })
    : [];
  const where: Prisma.WatchWordWhereInput = { OR: [{ unitId: null }, { unitId: { in: units.map((u) => u.id) } }] };
  const total = await db.watchWord.count({ where });
  const window = pageWindow(total, page, WATCH_WORDS_PAGE_SIZE);
  const rows = await db.watchWord.findMany({
    where,
    orderBy: { id: "desc" },
    skip: window.skip,
    take: window.take,
    select: { id: true, unitId: true, kind: true, word: true, correct: true, note: true, createdAt: true, unit: { select: { name: true } } },
  });
  const systemAdmin = hasRole(actor, "SYSTEM_ADMIN");
  return {
    rows: rows.map((row) => ({ ...row, editable: row.unitId === null ? systemAdmin : true })),
    total,
    page: window.page,
    pageCount: window.pageCount,
    units,
    allowSystemWide: systemAdmin,
  };
}
