import { appendFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { closeDatabase, db, getDatabase } from "@/lib/db/client";
import { entryInputSchema } from "@/lib/entries/schemas";
import { addAttachment, approveRevision, createDraft, recordClearance, submitRevision } from "@/lib/entries/service";
import { verifyPublicContent } from "@/lib/safeguards/integrity-check";
import { createTestActor, createTestCategories, createTestUnit } from "@/lib/testing/factories";
import { createPostgresTestDatabase, setUpTestDatabase } from "@/lib/testing/database";
import { BackupError, createBackup, readBackup, restoreBackup } from "./backup";

setUpTestDatabase();

const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.4\n1 0 obj << /Title (${text}) >> endobj\ntrailer << >>\n%%EOF\n`);

/** A unit tree two deep with staff, a published entry with an attachment and a draft. */
async function populate() {
  const root = await createTestUnit();
  const unit = await createTestUnit(root);
  const categories = await createTestCategories();
  const clerk = await createTestActor(unit, ["CLERK"]);
  const reviewer = await createTestActor(unit, ["REVIEWER"]);
  const leader = await createTestActor(unit, ["LEADER"]);
  const input = (title: string) =>
    entryInputSchema.parse({
      title,
      summary: "预算公开",
      generatedOn: "2026-02-10",
      keywords: "预算",
      methods: ["政府网站"],
      bodyHtml: "<p>预算公开。</p>",
      ...categories,
    });
  const { revisionId } = await createDraft({ actor: clerk, unitId: unit.id, input: input("示范区2026年部门预算") });
  await addAttachment({ actor: clerk, revisionId, file: { name: "预算表.pdf", bytes: pdf("budget") } });
  await submitRevision({ actor: clerk, revisionId });
  await recordClearance({ actor: reviewer, revisionId, input: { conclusion: "PUBLIC", legalGround: null, attribute: "PROACTIVE", note: "" } });
  await approveRevision({ actor: leader, revisionId, input: { note: "", publishAt: null } });
  return { unit, clerk, input };
}

/** Every table's rows, in a comparable form. */
async function contents() {
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY 1`,
  );
  const result: Record<string, string[]> = {};
  for (const { name } of tables) {
    const rows = await db.$queryRawUnsafe<{ row: string }[]>(`SELECT row_to_json(t)::text AS row FROM "${name}" t`);
    result[name] = rows.map((r) => r.row).sort();
  }
  return result;
}

/** Points `db` at a new empty database and a new data directory; returns a cleanup. Run it in the file's last test. */
async function switchToEmptyDatabase(): Promise<() => Promise<void>> {
  await closeDatabase();
  process.env.GONGKAI_DATA_DIR = mkdtempSync(path.join(tmpdir(), "gongkai-restore-"));
  if (process.env.GONGKAI_TEST_DB !== "postgres") {
    process.env.DATABASE_URL = "memory://";
    return async () => {};
  }
  const database = await createPostgresTestDatabase("gongkai_restore");
  process.env.DATABASE_URL = database.url;
  return async () => {
    await closeDatabase();
    await database.drop();
  };
}

describe("backup and restore (P7 item 6)", () => {
  it("refuses a damaged backup before writing anything", async () => {
    await populate();
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "gongkai-backup-")), "backup");
    await createBackup(getDatabase(), dir);
    await expect(readBackup(dir)).resolves.toMatchObject({ format: 1 });
    appendFileSync(path.join(dir, "tables", "Unit.jsonl"), '{"id":999}\n');
    await expect(readBackup(dir)).rejects.toThrow(BackupError);
    await expect(readBackup(dir)).rejects.toThrow(/damaged: table Unit/);
    await expect(createBackup(getDatabase(), dir)).rejects.toThrow(/not empty/);
  });

  it("restores every row and file into an empty database, where the tamper check passes", { timeout: 120_000 }, async () => {
    const { unit, clerk, input } = await populate();
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "gongkai-backup-")), "backup");

    // Drafts keep being written while the backup runs, as on a live server.
    let writing = true;
    const writer = (async () => {
      for (let i = 0; writing; i++) {
        await createDraft({ actor: clerk, unitId: unit.id, input: input(`备份期间的草稿${i}`) });
        // Yield to timers and I/O as a server between requests does (the embedded database answers in microtasks).
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const manifest = await createBackup(getDatabase(), dir);
    writing = false;
    await writer;

    expect(manifest.files).toHaveLength(1);
    const entries = manifest.tables.find((t) => t.name === "Entry")!.rows;
    expect(entries).toBeGreaterThanOrEqual(1);
    expect(manifest.tables.map((t) => t.name)).not.toContain("FacetCount");
    // What the snapshot saw: its row counts, not the later drafts' (the backup's own audit row came after it).
    const before = await contents();
    const cleanup = await switchToEmptyDatabase();
    try {
      const restored = await restoreBackup(getDatabase(), dir);
      expect(restored.files).toBe(1);
      const after = await contents();
      for (const table of manifest.tables) expect(after[table.name]?.length, table.name).toBe(table.rows + (table.name === "AuditEvent" ? 1 : 0));
      // The restored rows are the backed-up ones; FacetCount, derived, is rebuilt by the triggers.
      for (const table of ["Unit", "User", "Attachment", "EntryRevision", "ReviewRecord", "SearchDocument"])
        expect(
          after[table]!.every((row) => before[table]!.includes(row)),
          table,
        ).toBe(true);
      expect(after.Unit).toEqual(before.Unit);
      expect(after.Attachment).toEqual(before.Attachment);
      expect(after.FacetCount).toEqual(before.FacetCount);
      const report = await verifyPublicContent();
      expect(report.problems).toEqual([]);
      expect(report.auditChain).toMatchObject({ problems: [], unchainedBefore: 0 });
      // New rows get new ids after the restored ones.
      const next = await createDraft({ actor: clerk, unitId: unit.id, input: input("恢复后的草稿") });
      expect(next.entryId).toBeGreaterThan(Math.max(...after.Entry!.map((row) => (JSON.parse(row) as { id: number }).id)));
      // A second restore into the now filled database is refused.
      await expect(restoreBackup(getDatabase(), dir)).rejects.toThrow(/not empty/);
    } finally {
      await cleanup();
    }
  });
});
