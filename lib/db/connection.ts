import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DatabaseConfig } from "./config";
import { PrismaClient } from "./generated/client";
import { lockDataDirectory } from "./lock";

/** The few raw SQL operations the migration runner and maintenance scripts need, on either engine. */
export interface SqlConnection {
  /** Runs one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  query<T extends object>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Database {
  config: DatabaseConfig;
  prisma: PrismaClient;
  /** Runs `fn` on one dedicated raw connection (a transaction opened there stays on it). */
  withSql<T>(fn: (sql: SqlConnection) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` in one read-only REPEATABLE READ transaction: everything it reads is one consistent
   * state, while (PostgreSQL) other connections keep writing, or (PGlite, one connection) other
   * queries wait until it ends.
   */
  readSnapshot<T>(fn: (sql: SqlConnection) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * Creates the database handle. Synchronous so that `db` can be built on first use; nothing connects
 * until the first query. For an on-disk PGlite directory it first takes the exclusive directory lock,
 * so a second process fails right here with a message naming the holder.
 */
export function createDatabase(config: DatabaseConfig): Database {
  if (config.kind === "postgres") {
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: config.url }) });
    return {
      config,
      prisma,
      async withSql(fn) {
        const client = new pg.Client({ connectionString: config.url });
        await client.connect();
        try {
          return await fn({
            exec: async (text) => void (await client.query(text)),
            query: async <T extends object>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as T[],
          });
        } finally {
          await client.end();
        }
      },
      readSnapshot(fn) {
        return this.withSql(async (sql) => {
          await sql.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
          try {
            return await fn(sql);
          } finally {
            await sql.exec("ROLLBACK");
          }
        });
      },
      close: () => prisma.$disconnect(),
    };
  }

  let release = () => {};
  if (!config.isMemory) {
    // PGlite fails with an opaque "External error" when the parent directory is missing.
    mkdirSync(path.dirname(config.dataDir), { recursive: true });
    release = lockDataDirectory(config.dataDir);
  }
  const pglite = new PGlite(config.isMemory ? undefined : config.dataDir, { extensions: { pg_trgm } });
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  const sql: SqlConnection = {
    exec: async (text) => void (await pglite.exec(text)),
    query: async <T extends object>(text: string, params?: unknown[]) => (await pglite.query<T>(text, params)).rows,
  };
  return {
    config,
    prisma,
    // PGlite is one connection: raw work runs on it directly (used before the app serves requests).
    withSql: (fn) => fn(sql),
    readSnapshot: (fn) =>
      pglite.transaction(async (tx) => {
        await tx.exec("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY");
        const result = await fn({
          exec: async (text) => void (await tx.exec(text)),
          query: async <T extends object>(text: string, params?: unknown[]) => (await tx.query<T>(text, params)).rows,
        });
        await tx.rollback();
        return result;
      }),
    async close() {
      await prisma.$disconnect();
      await pglite.close();
      release();
    },
  };
}
