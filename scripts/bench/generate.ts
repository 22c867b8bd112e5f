/**
 * Creates the benchmark database: migrations, a district of 121 units, the default categories, then N
 * published entries written with multi-row INSERTs (unnest of column arrays) on one raw connection,
 * while a worker thread generates the next batch. Secondary indexes are dropped during the load and
 * rebuilt from their own definitions afterwards, which is several times faster than maintaining them.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { closeDatabase, getDatabase } from "@/lib/db/client";
import { describeDatabase, getDataRoot, readDatabaseConfig, type DatabaseConfig } from "@/lib/db/config";
import type { SqlConnection } from "@/lib/db/connection";
import { lockDataDirectory } from "@/lib/db/lock";
import { applyMigrations } from "@/lib/db/migrate";
import { childPath } from "@/lib/units/model";
import { DEFAULT_GENRES, DEFAULT_TOPICS } from "@/prisma/seed/categories";
import { demoUnitCode } from "@/prisma/seed/units";
import type { BatchRequest, WorkerInput } from "./generate-worker";
import { ProgressBar } from "./progress";
import type { BenchRow, WorldIds } from "./rows";
import { formatBytes, formatDuration } from "./stats";
import { BENCH_GENRES, BENCH_TOPICS } from "./text";
import { BENCH_UNITS } from "./world";

export interface GenerationResult {
  database: string;
  engine: "pglite" | "postgres";
  entries: number;
  reused: boolean;
  /** Zero when reused. */
  loadMs: number;
  indexMs: number;
  vacuumMs: number;
  totalMs: number;
  sizeBytes: number;
}

const BATCH = 1000;
const BIG_TABLES = ["Entry", "EntryRevision", "ReviewRecord", "SearchDocument"];

const log = (line: string) => console.log(`[bench] ${line}`);

/** Opens the benchmark database, reusing it when asked and it holds exactly `entries` entries, otherwise (re)creating it. */
export async function prepareBenchDatabase(options: { entries: number; seed: number; reuse: boolean }): Promise<GenerationResult> {
  const started = performance.now();
  const config = readDatabaseConfig();
  const engine = config.kind === "postgres" ? "postgres" : "pglite";
  if (options.reuse) {
    const count = await getDatabase().withSql(async (sql) => {
      const applied = await applyMigrations(sql);
      if (applied.length) {
        // A migration may have rewritten many rows: the planner needs fresh statistics (and PGlite has
        // no autovacuum to reclaim the old row versions).
        log(`applied ${applied.join(", ")}; VACUUM ANALYZE`);
        await sql.exec("VACUUM ANALYZE");
      }
      const [row] = await sql.query<{ entries: number; documents: number }>(
        `SELECT (SELECT count(*)::int FROM "Entry") AS entries, (SELECT count(*)::int FROM "SearchDocument") AS documents`,
      );
      return row!.entries === row!.documents ? row!.entries : -1;
    });
    if (count === options.entries) {
      log(`reusing ${describeDatabase(config)} with ${count.toLocaleString("en-US")} entries`);
      const earlier = readGenerationRecord(engine, count);
      return {
        database: describeDatabase(config),
        engine,
        entries: count,
        reused: true,
        loadMs: earlier?.loadMs ?? 0,
        indexMs: earlier?.indexMs ?? 0,
        vacuumMs: earlier?.vacuumMs ?? 0,
        totalMs: earlier?.totalMs ?? 0,
        sizeBytes: await databaseSize(config),
      };
    }
    log(
      `the benchmark database holds ${count < 0 ? "a partial load" : `${count.toLocaleString("en-US")} entries`}, not ${options.entries.toLocaleString("en-US")}: generating afresh`,
    );
  }
  await wipe(config);

  const database = getDatabase();
  const timings = await database.withSql(async (sql) => {
    await applyMigrations(sql);
    const world = await insertWorld(sql);
    const indexes = await dropSecondaryIndexes(sql);
    const loadMs = await loadEntries(sql, world, options);
    const indexStarted = performance.now();
    await sql.exec(config.kind === "postgres" ? `SET maintenance_work_mem = '1GB'` : `SET maintenance_work_mem = '256MB'`);
    for (const index of indexes) {
      const t = performance.now();
      await sql.exec(index.definition);
      log(`rebuilt ${index.name} in ${formatDuration(performance.now() - t)}`);
    }
    await finishSequences(sql);
    const indexMs = performance.now() - indexStarted;
    const vacuumStarted = performance.now();
    await sql.exec(`VACUUM ANALYZE`);
    await sql.exec(`CHECKPOINT`);
    return { loadMs, indexMs, vacuumMs: performance.now() - vacuumStarted };
  });
  const sizeBytes = await databaseSize(config);
  const totalMs = performance.now() - started;
  log(
    `generated ${options.entries.toLocaleString("en-US")} entries in ${formatDuration(totalMs)} ` +
      `(load ${formatDuration(timings.loadMs)}, indexes ${formatDuration(timings.indexMs)}, vacuum ${formatDuration(timings.vacuumMs)}); ` +
      `database size ${formatBytes(sizeBytes)}`,
  );
  const result: GenerationResult = { database: describeDatabase(config), engine, entries: options.entries, reused: false, ...timings, totalMs, sizeBytes };
  writeFileSync(generationRecordFile(engine), JSON.stringify(result, null, 2));
  return result;
}

/** Where a generation's timings are kept, so that a later run with --reuse can still report them. */
const generationRecordFile = (engine: GenerationResult["engine"]) => path.join(getDataRoot(), `generation-${engine}.json`);

function readGenerationRecord(engine: GenerationResult["engine"], entries: number): GenerationResult | undefined {
  try {
    const record = JSON.parse(readFileSync(generationRecordFile(engine), "utf8")) as GenerationResult;
    return record.entries === entries ? record : undefined;
  } catch {
    return undefined; // none yet: the database was made before records were kept, or elsewhere
  }
}

/** Empties the benchmark database: deletes the PGlite directory, or drops the schema of a PostgreSQL database the benchmark made. */
async function wipe(config: DatabaseConfig): Promise<void> {
  await closeDatabase();
  if (config.kind === "pglite") {
    if (config.isMemory) return;
    lockDataDirectory(config.dataDir)(); // refuses while a server holds it
    rmSync(config.dataDir, { recursive: true, force: true });
    return;
  }
  await getDatabase().withSql(async (sql) => {
    const [users] = await sql.query<{ table: string | null }>(`SELECT to_regclass('public."User"')::text AS table`);
    if (users?.table) {
      const [row] = await sql.query<{ count: number }>(`SELECT count(*)::int AS count FROM "User"`);
      if (row && row.count > 0)
        throw new Error(
          `${describeDatabase(config)} has user accounts: it looks like a real installation, and the benchmark replaces all data. Give it an empty database of its own.`,
        );
    }
    // The audit tables refuse DELETE and TRUNCATE by design: dropping the schema is the only way to empty them.
    await sql.exec(`DROP SCHEMA public CASCADE; CREATE SCHEMA public;`);
  });
}

/** Units (explicit ids 1…121, so paths are known up front) and the default 主题分类/体裁 trees. */
async function insertWorld(sql: SqlConnection): Promise<WorldIds> {
  const unitIds = new Map<string, { id: number; path: string }>();
  const units: WorldIds["units"] = [];
  const rows = BENCH_UNITS.map((unit, i) => {
    const id = i + 1;
    const parent = unit.parentKey ? unitIds.get(unit.parentKey) : undefined;
    if (unit.parentKey && !parent) throw new Error(`Unit ${unit.key} comes before its parent ${unit.parentKey}`);
    const unitPath = childPath(parent?.path ?? null, id);
    unitIds.set(unit.key, { id, path: unitPath });
    const code = demoUnitCode(id);
    units.push({ id, code });
    return { id, name: unit.name, shortName: unit.shortName, code, kind: unit.kind, parentId: parent?.id ?? null, path: unitPath, sortOrder: id };
  });
  await sql.query(
    `INSERT INTO "Unit" (id, name, "shortName", code, kind, "parentId", path, "sortOrder", "updatedAt")
     SELECT id, name, short, code, kind::"UnitKind", parent, path, sort, now()
     FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[], $8::int[]) AS x(id, name, short, code, kind, parent, path, sort)`,
    [
      rows.map((r) => r.id),
      rows.map((r) => r.name),
      rows.map((r) => r.shortName),
      rows.map((r) => r.code),
      rows.map((r) => r.kind),
      rows.map((r) => r.parentId),
      rows.map((r) => r.path),
      rows.map((r) => r.sortOrder),
    ],
  );

  const categories: { id: number; kind: "TOPIC" | "GENRE"; name: string; parentId: number | null; sortOrder: number }[] = [];
  const topics: Record<string, number> = {};
  const genres: Record<string, number> = {};
  for (const [order, [name, children]] of DEFAULT_TOPICS.entries()) {
    const id = categories.length + 1;
    categories.push({ id, kind: "TOPIC", name, parentId: null, sortOrder: order });
    topics[name] = id;
    children.forEach((child, i) => {
      categories.push({ id: categories.length + 1, kind: "TOPIC", name: child, parentId: id, sortOrder: i });
      topics[`${name}\\${child}`] = categories.length;
    });
  }
  DEFAULT_GENRES.forEach((name, i) => {
    categories.push({ id: categories.length + 1, kind: "GENRE", name, parentId: null, sortOrder: i });
    genres[name] = categories.length;
  });
  const missing = [...BENCH_TOPICS.filter((t) => !(t in topics)), ...BENCH_GENRES.filter((g) => !(g in genres))];
  if (missing.length) throw new Error(`The benchmark's text uses categories that prisma/seed/categories.ts does not have: ${missing.join(", ")}`);
  await sql.query(
    `INSERT INTO "Category" (id, kind, name, "parentId", "sortOrder", "updatedAt")
     SELECT id, kind::"CategoryKind", name, parent, sort, now() FROM unnest($1::int[], $2::text[], $3::text[], $4::int[], $5::int[]) AS x(id, kind, name, parent, sort)`,
    [
      categories.map((c) => c.id),
      categories.map((c) => c.kind),
      categories.map((c) => c.name),
      categories.map((c) => c.parentId),
      categories.map((c) => c.sortOrder),
    ],
  );
  for (const table of ["Unit", "Category"]) await sql.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT max(id) FROM "${table}"))`);
  return { units, topics, genres };
}

interface SavedIndex {
  name: string;
  definition: string;
}

/** Drops the indexes of the big tables that no constraint needs, returning their definitions (GIN first: the slowest). */
async function dropSecondaryIndexes(sql: SqlConnection): Promise<SavedIndex[]> {
  const rows = await sql.query<{ name: string; definition: string }>(
    `SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
     WHERE i.schemaname = 'public' AND i.tablename = ANY($1::text[])
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
     ORDER BY (i.indexdef LIKE '%USING gin%') DESC, i.indexname`,
    [BIG_TABLES],
  );
  for (const row of rows) await sql.exec(`DROP INDEX "${row.name}"`);
  return rows;
}

const INSERT_ENTRIES = `INSERT INTO "Entry" (id, "unitId", "indexNo", "firstPublishedAt", "createdAt", "updatedAt")
  SELECT id, unit, index_no, published, created, published
  FROM unnest($1::int[], $2::int[], $3::text[], $4::timestamp(3)[], $5::timestamp(3)[]) AS x(id, unit, index_no, published, created)`;

const INSERT_REVISIONS = `INSERT INTO "EntryRevision" (id, "entryId", number, state, title, summary, "documentNo", "generatedOn", "writtenOn",
    "topicId", "genreId", keywords, validity, attribute, methods, scope, "article20Item", "bodyHtml", "contentHash", "drafterId", "lastEditorId",
    "submittedAt", "publishedAt", version, "createdAt", "updatedAt")
  SELECT id, id, 1, 'PUBLISHED', title, summary, document_no, generated, written, topic, genre, string_to_array(keywords, '|'), validity::"Validity",
    'PROACTIVE', ARRAY['政府网站'], '面向社会', a20, body, hash, 0, 0, submitted, published, 4, created, published
  FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::date[], $6::date[], $7::int[], $8::int[], $9::text[], $10::text[], $11::text[],
    $12::text[], $13::text[], $14::timestamp(3)[], $15::timestamp(3)[], $16::timestamp(3)[])
    AS x(id, title, summary, document_no, generated, written, topic, genre, keywords, validity, a20, body, hash, submitted, published, created)`;

const INSERT_APPROVALS = `INSERT INTO "ReviewRecord" (id, "revisionId", step, decision, "actorId", "actorName", "contentHash", note, "createdAt", "updatedAt")
  SELECT id, id, 'APPROVAL', 'APPROVED', 0, '分管领导', hash, '同意发布。', approved, approved
  FROM unnest($1::int[], $2::text[], $3::timestamp(3)[]) AS x(id, hash, approved)`;

const INSERT_DOCUMENTS = `INSERT INTO "SearchDocument" ("entryId", "unitId", "topicId", "genreId", year, validity, withdrawn, "publishedAt", title, text,
    "titleTokens", tokens, "createdAt", "updatedAt")
  SELECT id, unit, topic, genre, year, validity::"Validity", false, published, title, text, string_to_array(title_tokens, ' '), string_to_array(tokens, ' '),
    published, published
  FROM unnest($1::int[], $2::int[], $3::int[], $4::int[], $5::int[], $6::text[], $7::timestamp(3)[], $8::text[], $9::text[], $10::text[], $11::text[])
    AS x(id, unit, topic, genre, year, validity, published, title, text, title_tokens, tokens)`;

/** Tokens never contain spaces (they are runs of letters, digits or Han characters), so a space joins them safely. */
function joinTokens(tokens: string[]): string {
  if (tokens.some((t) => /\s/.test(t))) throw new Error(`token with white space: ${tokens.find((t) => /\s/.test(t))}`);
  return tokens.join(" ");
}

async function insertBatch(sql: SqlConnection, rows: BenchRow[]): Promise<void> {
  const column = <K extends keyof BenchRow>(key: K) => rows.map((r) => r[key]);
  await sql.exec("BEGIN");
  try {
    await sql.query(INSERT_ENTRIES, [column("id"), column("unitId"), column("indexNo"), column("publishedAt"), column("createdAt")]);
    await sql.query(INSERT_REVISIONS, [
      column("id"),
      column("title"),
      column("summary"),
      column("documentNo"),
      column("generatedOn"),
      column("writtenOn"),
      column("topicId"),
      column("genreId"),
      rows.map((r) => r.keywords.join("|")),
      column("validity"),
      column("article20Item"),
      column("bodyHtml"),
      column("contentHash"),
      column("submittedAt"),
      column("publishedAt"),
      column("createdAt"),
    ]);
    await sql.query(INSERT_APPROVALS, [column("id"), column("contentHash"), column("approvedAt")]);
    await sql.query(INSERT_DOCUMENTS, [
      column("id"),
      column("unitId"),
      column("topicId"),
      column("genreId"),
      column("year"),
      column("validity"),
      column("publishedAt"),
      column("searchTitle"),
      column("searchText"),
      rows.map((r) => joinTokens(r.titleTokens)),
      rows.map((r) => joinTokens(r.tokens)),
    ]);
    await sql.exec("COMMIT");
  } catch (error) {
    await sql.exec("ROLLBACK");
    throw error;
  }
}

/** Generates (worker thread) and inserts (here) all entries, two batches ahead. Returns the time taken. */
async function loadEntries(sql: SqlConnection, world: WorldIds, options: { entries: number; seed: number }): Promise<number> {
  const input: WorkerInput = { seed: options.seed, total: options.entries, world };
  // Node 20 does not pass tsx's module hooks on to worker threads: register them there first.
  const entry = new URL("./generate-worker.ts", import.meta.url).href;
  const worker = new Worker(`import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`, {
    eval: true,
    workerData: input,
  });
  const waiting: { resolve: (rows: BenchRow[]) => void; reject: (error: Error) => void }[] = [];
  worker.on("message", (rows: BenchRow[]) => waiting.shift()?.resolve(rows));
  worker.on("error", (error) => waiting.splice(0).forEach((w) => w.reject(error)));
  const request = (start: number) =>
    new Promise<BenchRow[]>((resolve, reject) => {
      waiting.push({ resolve, reject });
      const message: BatchRequest = { start, count: Math.min(BATCH, options.entries - start) };
      worker.postMessage(message);
    });

  const bar = new ProgressBar("entries", options.entries);
  const ahead: Promise<BenchRow[]>[] = [];
  let next = 0;
  const fill = () => {
    while (ahead.length < 2 && next < options.entries) {
      ahead.push(request(next));
      next += BATCH;
    }
  };
  try {
    fill();
    let done = 0;
    let waitingMs = 0;
    while (ahead.length) {
      const t = performance.now();
      const rows = await ahead.shift()!;
      waitingMs += performance.now() - t;
      fill();
      await insertBatch(sql, rows);
      done += rows.length;
      bar.update(done);
    }
    log(`loading waited ${formatDuration(waitingMs)} for the generator, ${formatDuration(bar.elapsedMs - waitingMs)} in the database`);
  } finally {
    await worker.terminate();
  }
  return bar.elapsedMs;
}

/** Index sequences as publication would have left them, and id sequences past the explicit ids. */
async function finishSequences(sql: SqlConnection): Promise<void> {
  await sql.exec(`INSERT INTO "IndexSequence" ("unitId", year, last, "updatedAt") SELECT "unitId", year, count(*), now() FROM "SearchDocument" GROUP BY 1, 2`);
  for (const table of ["Entry", "EntryRevision", "ReviewRecord"]) {
    await sql.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT max(id) FROM "${table}"))`);
  }
}

function directorySize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? directorySize(full) : statSync(full).size;
  }
  return total;
}

/** On-disk size: the PGlite directory, or pg_database_size. */
export async function databaseSize(config: DatabaseConfig): Promise<number> {
  if (config.kind === "pglite") return config.isMemory ? 0 : directorySize(config.dataDir);
  return getDatabase().withSql(async (sql) => {
    const [row] = await sql.query<{ size: string }>(`SELECT pg_database_size(current_database())::text AS size`);
    return Number(row?.size ?? 0);
  });
}

/** E.g. "PostgreSQL 18.6 (PGlite 0.5.16)". */
export async function databaseVersion(config: DatabaseConfig): Promise<string> {
  const version = await getDatabase().withSql(async (sql) => (await sql.query<{ server_version: string }>(`SHOW server_version`))[0]?.server_version ?? "?");
  if (config.kind === "postgres") return `PostgreSQL ${version}`;
  const pglite = JSON.parse(readFileSync(path.join(process.cwd(), "node_modules/@electric-sql/pglite/package.json"), "utf8")) as { version: string };
  return `PostgreSQL ${version} (PGlite ${pglite.version})`;
}

/** Names of the migrations the benchmark database has. */
export async function appliedMigrations(): Promise<string[]> {
  const rows = await getDatabase().withSql((sql) =>
    sql.query<{ name: string }>(`SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY 1`),
  );
  return rows.map((r) => r.name);
}
