import path from "node:path";
import { parse } from "pg-connection-string";

/** Where the data lives: embedded PGlite (a directory, or memory) or a PostgreSQL server. */
export type DatabaseConfig = { kind: "pglite"; dataDir: string; isMemory: boolean } | { kind: "postgres"; url: string };

/** Root of everything Gongkai writes to disk (database, secrets, attachments). */
export function getDataRoot(env: NodeJS.ProcessEnv = process.env): string {
  // Runtime data, not a build input: keep the bundler from tracing it.
  return path.resolve(/*turbopackIgnore: true*/ env.GONGKAI_DATA_DIR || "data");
}

/**
 * Reads the database choice from the environment.
 * - no DATABASE_URL: PGlite under `<data root>/pglite`
 * - `postgres://…` / `postgresql://…`: PostgreSQL through the pg adapter
 * - `memory://`: an in-process PGlite that vanishes on exit (tests)
 * - anything else: a PGlite data directory path
 */
export function readDatabaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (!url) return { kind: "pglite", dataDir: path.join(getDataRoot(env), "pglite"), isMemory: false };
  if (/^postgres(ql)?:\/\//i.test(url)) return { kind: "postgres", url };
  if (url.startsWith("memory://")) return { kind: "pglite", dataDir: url, isMemory: true };
  return { kind: "pglite", dataDir: path.resolve(/*turbopackIgnore: true*/ url.replace(/^file:(\/\/)?/, "")), isMemory: false };
}

/** A printable description that never shows a password. */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.kind === "pglite") return config.isMemory ? "PGlite (in memory)" : `PGlite at ${config.dataDir}`;
  // pg's own parser: it also understands socket URLs (postgres://user:pw@/db?host=/run/postgresql) that `new URL` rejects.
  const { host, port, database } = parse(config.url);
  return `PostgreSQL at ${host || "localhost"}${host?.startsWith("/") ? "" : `:${port || 5432}`}/${database ?? ""}`;
}
