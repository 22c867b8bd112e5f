import { getDatabase, type Database } from "./client";

/**
 * The nightly upkeep PostgreSQL's autovacuum does on its own, for PGlite, which has none: VACUUM
 * reclaims the rows updates and deletes leave behind, ANALYZE refreshes the planner's statistics
 * (and the token shares the search reads from them, lib/search/queries.ts). On PostgreSQL it only
 * says so. PGlite serves nothing else while it runs (about 25 s at 1M entries).
 */
export async function maintainDatabase(database: Database = getDatabase()): Promise<string> {
  if (database.config.kind === "postgres") return "PostgreSQL 由 autovacuum 自动维护";
  const started = Date.now();
  await database.withSql((sql) => sql.exec("VACUUM ANALYZE"));
  return `VACUUM ANALYZE 完成，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`;
}
