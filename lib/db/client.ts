import { readDatabaseConfig } from "./config";
import { createDatabase, type Database, type ReadConnection } from "./connection";
import type { PrismaClient } from "./generated/client";

const globalForDb = globalThis as unknown as { gongkaiDatabase?: Database };

/**
 * The process-wide database, created on first use (never at import: `next build` imports modules).
 * Cached on globalThis so dev-server reloads and Next's module copies share one PGlite instance.
 */
export function getDatabase(): Database {
  // A page that reads data while `next build` prerenders it would lock (and, with PGlite, open) the
  // database of whatever runs next: such a page must be dynamic.
  if (process.env.NEXT_PHASE === "phase-production-build") throw new Error("The database was opened during `next build`: make the page dynamic.");
  globalForDb.gongkaiDatabase ??= createDatabase(readDatabaseConfig());
  return globalForDb.gongkaiDatabase;
}

/** Closes the database and forgets it (scripts and tests). */
export async function closeDatabase(): Promise<void> {
  const database = globalForDb.gongkaiDatabase;
  globalForDb.gongkaiDatabase = undefined;
  await database?.close();
}

/** The only Prisma client of the application. Nothing else needs to know which engine is underneath. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getDatabase().prisma;
    const value: unknown = Reflect.get(client, property, client);
    return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(client) : value;
  },
});

/** The public search's reads (see Database.searchReads). */
export function searchReads<T>(fn: (sql: ReadConnection) => Promise<T>): Promise<T> {
  return getDatabase().searchReads(fn);
}

export type { Database, ReadConnection };
export { Prisma } from "./generated/client";
export type * from "./generated/client";
