import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { closeDatabase, getDatabase } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";

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
      const adminUrl = process.env.TEST_POSTGRES_URL!;
      const name = `gongkai_test_${randomBytes(6).toString("hex")}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      process.env.DATABASE_URL = url.toString();
      dropDatabase = async () => {
        const client = new pg.Client({ connectionString: adminUrl });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.end();
      };
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
