import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SqlConnection } from "./connection";
import { applyMigrations, MigrationError, readMigrations } from "./migrate";

// Each test gets its own migrations directory and, where it touches a database, a fresh in-memory PGlite.
let dir: string;
let pglite: PGlite;
let sql: SqlConnection;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "gongkai-migrations-"));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function setUpFreshDatabase() {
  beforeEach(() => {
    pglite = new PGlite();
    sql = {
      exec: async (text) => void (await pglite.exec(text)),
      query: async <T extends object>(text: string, params?: unknown[]) => (await pglite.query<T>(text, params)).rows,
    };
  });
  afterEach(() => pglite.close());
}

function writeMigration(name: string, text: string) {
  mkdirSync(path.join(dir, name), { recursive: true });
  writeFileSync(path.join(dir, name, "migration.sql"), text);
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

async function tableExists(name: string): Promise<boolean> {
  const [row] = await sql.query<{ exists: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS exists`, [`public."${name}"`]);
  return row!.exists;
}

async function recorded() {
  return sql.query<{
    migration_name: string;
    checksum: string;
    finished_at: Date | null;
    applied_steps_count: number;
  }>(`SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`);
}

/** The error applyMigrations rejects with (the test fails if it resolves). */
async function failure(migrations = readMigrations(dir)): Promise<Error> {
  const error = await applyMigrations(sql, migrations).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MigrationError);
  return error as Error;
}

const A = `CREATE TABLE "a" (id INT PRIMARY KEY);`;
const B = `ALTER TABLE "a" ADD COLUMN label TEXT NOT NULL DEFAULT 'x';\nCREATE TABLE "b" (id INT REFERENCES "a"(id));`;
const C = `INSERT INTO "a" (id) VALUES (1);\nINSERT INTO "b" (id) VALUES (1);`;

describe("readMigrations", () => {
  it("reads migration directories in name order and skips anything else", () => {
    writeMigration("20260102000000_b", B);
    writeMigration("20260101000000_a", A);
    mkdirSync(path.join(dir, "20260103000000_empty"));
    writeFileSync(path.join(dir, "migration_lock.toml"), 'provider = "postgresql"\n');
    expect(readMigrations(dir)).toEqual([
      { name: "20260101000000_a", sql: A, checksum: sha256(A) },
      { name: "20260102000000_b", sql: B, checksum: sha256(B) },
    ]);
  });

  it("returns nothing for a missing directory", () => {
    expect(readMigrations(path.join(dir, "nope"))).toEqual([]);
  });
});

describe("applyMigrations", () => {
  setUpFreshDatabase();

  it("applies pending migrations in name order and records each with its SHA-256", async () => {
    // Written out of order: B and C only work after A.
    writeMigration("20260103000000_c", C);
    writeMigration("20260101000000_a", A);
    writeMigration("20260102000000_b", B);

    expect(await applyMigrations(sql, readMigrations(dir))).toEqual(["20260101000000_a", "20260102000000_b", "20260103000000_c"]);
    expect(await sql.query(`SELECT a.id, a.label FROM "a" JOIN "b" USING (id)`)).toEqual([{ id: 1, label: "x" }]);
    const rows = await recorded();
    expect(rows.map((r) => [r.migration_name, r.checksum, r.applied_steps_count])).toEqual([
      ["20260101000000_a", sha256(A), 1],
      ["20260102000000_b", sha256(B), 1],
      ["20260103000000_c", sha256(C), 1],
    ]);
    expect(rows.every((r) => r.finished_at instanceof Date)).toBe(true);
  });

  it("applies nothing on a second run, and only the new migration after one is added", async () => {
    writeMigration("20260101000000_a", A);
    await applyMigrations(sql, readMigrations(dir));
    expect(await applyMigrations(sql, readMigrations(dir))).toEqual([]);
    expect(await recorded()).toHaveLength(1);

    writeMigration("20260102000000_b", B);
    expect(await applyMigrations(sql, readMigrations(dir))).toEqual(["20260102000000_b"]);
    expect(await recorded()).toHaveLength(2);
  });

  it("rolls a failing migration back entirely, keeps the earlier ones, and stops there", async () => {
    writeMigration("20260101000000_a", A);
    // The first statement succeeds; the second fails, so the whole migration must be undone.
    writeMigration("20260102000000_broken", `CREATE TABLE "half" (id INT);\nINSERT INTO "missing" VALUES (1);`);
    writeMigration("20260103000000_after", `CREATE TABLE "after" (id INT);`);

    const error = await failure();
    expect(error.message).toContain("20260102000000_broken");
    expect(error.message).toContain("rolled back");
    expect(error.message).toContain("missing"); // the database's own explanation is kept

    expect(await tableExists("a")).toBe(true);
    expect(await tableExists("half")).toBe(false);
    expect(await tableExists("after")).toBe(false);
    expect((await recorded()).map((r) => r.migration_name)).toEqual(["20260101000000_a"]);
  });

  it("applies a fixed migration after a failed attempt", async () => {
    writeMigration("20260101000000_a", `CREATE TABLE "a" (id INT);\nSELECT 1/0;`);
    await failure();
    writeMigration("20260101000000_a", A);
    expect(await applyMigrations(sql, readMigrations(dir))).toEqual(["20260101000000_a"]);
    expect((await recorded())[0]!.checksum).toBe(sha256(A));
  });

  it("refuses to run when an applied migration was edited", async () => {
    writeMigration("20260101000000_a", A);
    await applyMigrations(sql, readMigrations(dir));
    writeMigration("20260101000000_a", `${A}\n-- a harmless-looking comment`);
    writeMigration("20260102000000_b", B);

    const error = await failure();
    expect(error.message).toContain("20260101000000_a");
    expect(error.message).toContain("changed");
    expect(error.message).toContain(sha256(A).slice(0, 12));
    expect(await tableExists("b")).toBe(false);
  });

  it("refuses to run when the database has a migration unknown on disk", async () => {
    writeMigration("20260101000000_a", A);
    writeMigration("20260102000000_b", B);
    await applyMigrations(sql, readMigrations(dir));
    rmSync(path.join(dir, "20260102000000_b"), { recursive: true });
    writeMigration("20260103000000_c", C);

    const error = await failure();
    expect(error.message).toContain("20260102000000_b");
    expect(await sql.query(`SELECT * FROM "a"`)).toEqual([]);
  });

  it("refuses to run when a recorded migration never finished", async () => {
    writeMigration("20260101000000_a", A);
    await applyMigrations(sql, []);
    await sql.query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ('x', $1, '20260101000000_a')`, [sha256(A)]);
    const error = await failure();
    expect(error.message).toContain("20260101000000_a");
    expect(error.message).toContain("never finished");
  });

  it("ignores rows that Prisma marked as rolled back", async () => {
    writeMigration("20260101000000_a", A);
    await applyMigrations(sql, []);
    await sql.query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, rolled_back_at) VALUES ('x', 'old', '20251231000000_gone', now())`);
    expect(await applyMigrations(sql, readMigrations(dir))).toEqual(["20260101000000_a"]);
  });

  it("releases its advisory lock, also after a failure", async () => {
    writeMigration("20260101000000_a", `SELECT 1/0;`);
    await failure();
    const locks = await sql.query(`SELECT objid FROM pg_locks WHERE locktype = 'advisory'`);
    expect(locks).toEqual([]);
  });
});

describe("the committed migrations", () => {
  setUpFreshDatabase();

  it("apply to an empty database and make the audit trail append-only", async () => {
    const migrations = readMigrations();
    expect(migrations.length).toBeGreaterThan(0);
    expect(await applyMigrations(sql, migrations)).toEqual(migrations.map((m) => m.name));
    expect(await applyMigrations(sql, migrations)).toEqual([]);

    await sql.query(
      `INSERT INTO "AuditEvent" ("actorName", action, "entityType", "entityId", summary) VALUES ('系统', 'unit.create', 'Unit', '1', '新建单位')`,
    );
    await expect(sql.query(`UPDATE "AuditEvent" SET summary = '改写'`)).rejects.toThrow(/append-only: UPDATE/);
    await expect(sql.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only: DELETE/);
    await expect(sql.exec(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only: TRUNCATE/);
    // Appending still works, and the refused statements changed nothing.
    await sql.query(
      `INSERT INTO "AuditEvent" ("actorName", action, "entityType", "entityId", summary) VALUES ('系统', 'unit.update', 'Unit', '1', '修改单位')`,
    );
    expect(await sql.query(`SELECT summary FROM "AuditEvent" ORDER BY id`)).toEqual([{ summary: "新建单位" }, { summary: "修改单位" }]);
  });
});
