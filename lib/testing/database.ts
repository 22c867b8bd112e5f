import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { closeDatabase, getDatabase } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { createPostgresTestDatabase } from "./postgres";

export { createPostgresTestDatabase } from "./postgres";

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
