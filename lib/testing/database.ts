import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { closeDatabase, getDatabase } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";

/** A new, empty database on the PostgreSQL server of TEST_POSTGRES_URL, and how to drop it. */
export async function createPostgresTestDatabase(prefix = "gongkai_test"): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = process.env.TEST_POSTGRES_URL!;
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(statement);
    await client.end();
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/**
 * Gives the calling test file a fresh, migrated database behind `db`: an in-memory PGlite, or a new
 * database on the PostgreSQL server of TEST_POSTGRES_URL (project integration-postgres).
 */
export function setUpTestDatabase(): void {
  let dropDatabase: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    await closeDatabase();
    // Files (attachments) go to a directory of this test file's own.
    process.env.GONGKAI_DATA_DIR = mkdtempSync(path.join(tmpdir(), "gongkai-test-"));
    if (process.env.GONGKAI_TEST_DB === "postgres") {
      const database = await createPostgresTestDatabase();
      process.env.DATABASE_URL = database.url;
      dropDatabase = database.drop;
    } else {
      process.env.DATABASE_URL = "memory://";
    }
    await getDatabase().withSql((sql) => applyMigrations(sql));
  });
  afterAll(async () => {
    await closeDatabase();
    await dropDatabase?.();
  });
}
