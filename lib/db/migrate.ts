import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { SqlConnection } from "./connection";

export const MIGRATIONS_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations");

/** Arbitrary constant for pg_advisory_lock, the same one Prisma's own migrate uses. */
const MIGRATION_LOCK_KEY = 72707369;

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MigrationError";
  }
}

/** Committed migrations in apply order; the checksum is the SHA-256 of the file, as Prisma records it. */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/**
 * Runs `fn` holding the migration lock (a session advisory lock on `sql`'s connection), so instances
 * starting at once migrate (and seed) one after another: the others wait, then find nothing to do.
 * The lock is re-entrant on the same connection; PGlite (one process) takes it trivially.
 */
export async function withMigrationLock<T>(sql: SqlConnection, fn: () => Promise<T>): Promise<T> {
  await sql.query(`SELECT pg_advisory_lock($1)`, [MIGRATION_LOCK_KEY]);
  try {
    return await fn();
  } finally {
    await sql.query(`SELECT pg_advisory_unlock($1)`, [MIGRATION_LOCK_KEY]);
  }
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
}

/**
 * Applies pending migrations in name order, each in its own transaction together with its
 * `_prisma_migrations` row (the table layout of Prisma's CLI, so either tool sees the same history).
 * Refuses to start when an applied migration was edited, failed half-way, or is unknown to this code.
 * Everything, the creation of the history table included, happens under the migration lock: two
 * PostgreSQL sessions racing on CREATE TABLE IF NOT EXISTS can both try to create it and one fails.
 * Returns the names of the migrations it applied.
 */
export async function applyMigrations(sql: SqlConnection, migrations = readMigrations()): Promise<string[]> {
  return withMigrationLock(sql, async () => {
    await sql.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0
    )`);
    const rows = await sql.query<AppliedRow>(`SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`);
    const applied = new Map(rows.map((r) => [r.migration_name, r]));
    const known = new Set(migrations.map((m) => m.name));
    for (const row of rows) {
      if (!row.finished_at) {
        throw new MigrationError(`Migration ${row.migration_name} was started but never finished. Restore a backup or repair the database by hand.`);
      }
      if (!known.has(row.migration_name)) {
        throw new MigrationError(
          `The database has migration ${row.migration_name}, which this version of Gongkai does not know. ` +
            `It was migrated by a newer version: run that version, or restore a backup.`,
        );
      }
    }
    const done: string[] = [];
    for (const migration of migrations) {
      const row = applied.get(migration.name);
      if (row) {
        if (row.checksum !== migration.checksum) {
          throw new MigrationError(
            `Migration ${migration.name} was changed after it was applied (checksum ${row.checksum.slice(0, 12)}… in the database, ` +
              `${migration.checksum.slice(0, 12)}… on disk). Applied migrations must never be edited: restore the file and add a new migration instead.`,
          );
        }
        continue;
      }
      await sql.exec("BEGIN");
      try {
        await sql.exec(migration.sql);
        await sql.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
             VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
        await sql.exec("COMMIT");
      } catch (error) {
        await sql.exec("ROLLBACK");
        throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`);
      }
      done.push(migration.name);
    }
    return done;
  });
}
