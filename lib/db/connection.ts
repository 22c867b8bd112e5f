import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DatabaseConfig } from "./config";
import { PrismaClient, type Prisma } from "./generated/client";
import { logger } from "@/lib/logger";
import { lockDataDirectory } from "./lock";

/** The few raw SQL operations the migration runner and maintenance scripts need, on either engine. */
export interface SqlConnection {
  /** Runs one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  query<T extends object>(sql: string, params?: unknown[]): Promise<T[]>;
}

/** Read-only statements built with `Prisma.sql`, run on the driver itself (no ORM layer in between). */
export interface ReadConnection {
  query<T extends object>(statement: Prisma.Sql): Promise<T[]>;
}

/**
 * How the public search plans: the planner, not knowing what reading each row's token array costs,
 * would scan the table for a common word where the indexes are many times faster; with the default
 * 4 MB work_mem the bitmap of a common word goes lossy and every row's tokens are rechecked
 * (docs/benchmarks.md). On PostgreSQL a runaway public query is also stopped after 10 s.
 */
const SEARCH_PLANNER = { enable_seqscan: "off", work_mem: "64MB" } as const;
const PLANNER_SETTINGS = Object.entries(SEARCH_PLANNER);

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
  /**
   * Runs the public search's reads with SEARCH_PLANNER. PostgreSQL: on a pool of their own, so
   * statements started together run concurrently, each on its own connection (and no transaction
   * round trips). PGlite, one connection: one after another, in one transaction.
   */
  searchReads<T>(fn: (sql: ReadConnection) => Promise<T>): Promise<T>;
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
    let searchPool: pg.Pool | undefined;
    const options = [...PLANNER_SETTINGS, ["statement_timeout", "10s"]].map(([name, value]) => `-c ${name}=${value}`).join(" ");
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
      searchReads(fn) {
        if (!searchPool) {
          searchPool = new pg.Pool({ connectionString: config.url, options, application_name: "gongkai-search" });
          // An idle connection that breaks (a server restart) is dropped, and the next query connects anew; unhandled, the error would end the process.
          searchPool.on("error", (error) => logger().warn({ err: error, action: "db.search-pool" }, "idle search connection failed"));
        }
        const pool = searchPool;
        return fn({ query: async <T extends object>(statement: Prisma.Sql) => (await pool.query(statement.text, statement.values)).rows as T[] });
      },
      async close() {
        await Promise.all([prisma.$disconnect(), searchPool?.end()]);
        searchPool = undefined;
      },
    };
  }

  let release = () => {};
  if (!config.isMemory) {
    // PGlite fails with an opaque "External error" when the parent directory is missing.
    mkdirSync(path.dirname(config.dataDir), { recursive: true });
    release = lockDataDirectory(config.dataDir);
  }
  const setPlanner = PLANNER_SETTINGS.map(([name, value]) => `SET LOCAL ${name} = '${value}';`).join(" ");
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
    searchReads: (fn) =>
      pglite.transaction(async (tx) => {
        await tx.exec(setPlanner);
        return fn({ query: async <T extends object>(statement: Prisma.Sql) => (await tx.query<T>(statement.text, statement.values)).rows });
      }),
    async close() {
      await prisma.$disconnect();
      await pglite.close();
      release();
    },
  };
}
