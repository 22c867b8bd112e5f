import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, db, getDatabase } from "@/lib/db/client";
import { applyMigrations, readMigrations } from "@/lib/db/migrate";
import { createPostgresTestDatabase } from "@/lib/testing/database";
import { createBackup, readBackup } from "./backup";

/** The database as it was before the last three migrations: what an upgrade finds before it migrates. */
const OLDER = readMigrations().slice(0, -3);
let drop: (() => Promise<void>) | undefined;

beforeAll(async () => {
  await closeDatabase();
  process.env.GONGKAI_DATA_DIR = mkdtempSync(path.join(tmpdir(), "gongkai-pending-"));
  if (process.env.GONGKAI_TEST_DB === "postgres") {
    const database = await createPostgresTestDatabase("gongkai_pending");
    process.env.DATABASE_URL = database.url;
    drop = database.drop;
  } else {
    process.env.DATABASE_URL = "memory://";
  }
  await getDatabase().withSql((sql) => applyMigrations(sql, OLDER));
});

afterAll(async () => {
  await closeDatabase();
  await drop?.();
});

describe("a backup before an upgrade", () => {
  it("is complete for a database behind the code's migrations, and says which migrations it has", async () => {
    const audits = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "AuditEvent"`);
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "gongkai-backup-")), "backup");
    const manifest = await createBackup(getDatabase(), dir);
    expect(manifest.migrations).toEqual(OLDER.map((m) => m.name));
    await expect(readBackup(dir)).resolves.toMatchObject({ format: 1 });
    // No audit row: the old table may lack the columns the application writes.
    expect(await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "AuditEvent"`)).toEqual(audits);
  });
});
