import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { entryInputSchema } from "@/lib/entries/schemas";
import { createDraft, submitRevision } from "@/lib/entries/service";
import { createTestActor, createTestCategories, createTestUnit } from "@/lib/testing/factories";
import { setUpTestDatabase } from "@/lib/testing/database";
import { watchWordSchema } from "./watch-word-schemas";
import { addWatchWord, listWatchWords, removeWatchWord } from "./watch-words";

setUpTestDatabase();

const word = (input: Record<string, unknown>) => watchWordSchema.parse({ kind: "SENSITIVE", note: "", ...input });

/** Submits an entry of `unit` whose body is `text`; returns its findings as "type:match(suggestion)". */
async function findingsFor(unit: { id: number; path: string; name: string }, text: string) {
  const clerk = await createTestActor(unit, ["CLERK"]);
  const input = entryInputSchema.parse({
    title: "关于开展安全生产检查的通知",
    summary: "安全生产检查",
    generatedOn: "2026-02-10",
    keywords: "安全生产",
    methods: ["政府网站"],
    bodyHtml: `<p>${text}</p>`,
    ...(await createTestCategories()),
  });
  const { revisionId } = await createDraft({ actor: clerk, unitId: unit.id, input });
  await submitRevision({ actor: clerk, revisionId });
  const findings = await db.precheckFinding.findMany({ where: { revisionId }, orderBy: { start: "asc" } });
  return findings.map((f) => `${f.type}:${f.match}${f.suggestion ? `(${f.suggestion})` : ""}`);
}

describe("configurable word lists (P6 item 1)", () => {
  it("a unit's words apply to it and the units below, not to its neighbours; system-wide words everywhere", async () => {
    const root = await createTestUnit();
    const bureau = await createTestUnit(root);
    const office = await createTestUnit(bureau);
    const neighbour = await createTestUnit(root);
    const system = await createTestActor(root, ["SYSTEM_ADMIN"]);
    const bureauAdmin = await createTestActor(bureau, ["UNIT_ADMIN"]);

    await addWatchWord({ actor: bureauAdmin, input: word({ scope: bureau.id, word: "内部掌握" }) });
    await addWatchWord({ actor: bureauAdmin, input: word({ scope: bureau.id, kind: "WRONG", word: "安全生产大检察", correct: "安全生产大检查" }) });
    await addWatchWord({ actor: system, input: word({ scope: "system", word: "试点名单待定" }) });

    const text = "本次安全生产大检察内部掌握，试点名单待定，不得防碍执法。";
    const everything = [
      "WRONG_EXPRESSION:安全生产大检察(安全生产大检查)",
      "SENSITIVE_WORD:内部掌握",
      "SENSITIVE_WORD:试点名单待定",
      "WRONG_EXPRESSION:防碍(妨碍)",
    ];
    expect(await findingsFor(office, text)).toEqual(everything);
    expect(await findingsFor(bureau, text)).toEqual(everything);
    expect(await findingsFor(neighbour, text)).toEqual(["SENSITIVE_WORD:试点名单待定", "WRONG_EXPRESSION:防碍(妨碍)"]);

    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "watch_word.add", unitId: bureau.id }, orderBy: { id: "desc" } });
    expect(audit.summary).toBe(`错误表述「安全生产大检察」→「安全生产大检查」加入${bureau.name}词表`);

    // Removed, the word is no longer looked for; the removal is audited.
    const { rows } = await listWatchWords(bureauAdmin, 1);
    await removeWatchWord({ actor: bureauAdmin, id: rows.find((r) => r.word === "内部掌握")!.id });
    expect(await findingsFor(office, "内部掌握")).toEqual([]);
    expect(await db.auditEvent.count({ where: { action: "watch_word.remove", unitId: bureau.id } })).toBe(1);
  });

  it("each administrator keeps only their own lists; duplicates are refused", async () => {
    const root = await createTestUnit();
    const bureau = await createTestUnit(root);
    const other = await createTestUnit(root);
    const bureauAdmin = await createTestActor(bureau, ["UNIT_ADMIN"]);
    const clerk = await createTestActor(bureau, ["CLERK"]);
    const system = await createTestActor(root, ["SYSTEM_ADMIN"]);

    await expect(addWatchWord({ actor: bureauAdmin, input: word({ scope: "system", word: "甲" }) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(addWatchWord({ actor: bureauAdmin, input: word({ scope: other.id, word: "甲" }) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(addWatchWord({ actor: clerk, input: word({ scope: bureau.id, word: "甲" }) })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const { id } = await addWatchWord({ actor: bureauAdmin, input: word({ scope: bureau.id, word: "甲" }) });
    await expect(addWatchWord({ actor: bureauAdmin, input: word({ scope: bureau.id, kind: "WRONG", word: "甲", correct: "乙" }) })).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { word: ["该范围的词表中已有这个词"] },
    });
    // The same word may be system-wide as well; the system-wide one is not the unit admin's to remove.
    const systemWide = await addWatchWord({ actor: system, input: word({ scope: "system", word: "甲" }) });
    await expect(removeWatchWord({ actor: bureauAdmin, id: systemWide.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const seen = await listWatchWords(bureauAdmin, 1);
    expect(seen.rows.filter((r) => r.word === "甲").map((r) => [r.unitId, r.editable])).toEqual([
      [null, false],
      [bureau.id, true],
    ]);
    expect(seen.allowSystemWide).toBe(false);
    await removeWatchWord({ actor: bureauAdmin, id });
    await expect(removeWatchWord({ actor: bureauAdmin, id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
