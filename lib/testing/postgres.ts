import { randomBytes } from "node:crypto";
import pg from "pg";

// Kept apart from database.ts (which imports vitest) so Playwright specs can use it too.

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
