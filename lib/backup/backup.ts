import { createHash } from "node:crypto";
import { createReadStream, existsSync } from "node:fs";
import { mkdir, open, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { putFile, readStoredFile } from "@/lib/attachments/storage";
import { recordAudit } from "@/lib/audit/record";
import { getDatabase } from "@/lib/db/client";
import { getDataRoot } from "@/lib/db/config";
import type { Database, SqlConnection } from "@/lib/db/connection";
import { applyMigrations, readMigrations } from "@/lib/db/migrate";
import { BACKUP_FORMAT, DERIVED_TABLES, parentsFirst, restoreOrder, type BackupManifest, type ForeignKey } from "./model";

/*
 * `npm run backup` / `npm run restore` (P7 item 6). A backup is a directory:
 *   manifest.json            migrations, tables with row counts and SHA-256, attachment files
 *   tables/<Table>.jsonl     one JSON object per row (row_to_json), read in one snapshot
 *   files/ab/abcdef…         the attachment files the snapshot refers to
 * The rows are read in one read-only REPEATABLE READ transaction, so they are one consistent state while
 * the server keeps writing. Attachment files are content-addressed and never change or go away, so
 * copying them after the snapshot gives exactly the files it refers to. The same format serves both
 * database engines: a backup of the embedded database restores into PostgreSQL and back.
 */

const FETCH_SIZE = 2000;
const INSERT_BATCH = 1000;

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;
const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

async function listTables(sql: SqlConnection): Promise<string[]> {
  const rows = await sql.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  return rows.map((r) => r.name).filter((name) => name !== "_prisma_migrations" && !DERIVED_TABLES.includes(name));
}

async function foreignKeys(sql: SqlConnection): Promise<ForeignKey[]> {
  return sql
    .query<ForeignKey>(
      `SELECT c.conrelid::regclass::text AS "table", a.attname AS "column", c.confrelid::regclass::text AS "references"
       FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
      WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`,
    )
    .then((rows) => rows.map((r) => ({ table: r.table.replace(/^"|"$/g, ""), column: r.column, references: r.references.replace(/^"|"$/g, "") })));
}

/** Writes a backup of the database and its attachment files into `outDir`, which must not exist yet. */
export async function createBackup(database: Database, outDir: string, now = new Date()): Promise<BackupManifest> {
  if (existsSync(outDir) && (await readdir(outDir)).length > 0) throw new Error(`${outDir} already exists and is not empty`);
  await mkdir(path.join(outDir, "tables"), { recursive: true });
  const snapshot = await database.readSnapshot(async (sql) => {
    const migrations = await sql.query<{ name: string }>(
      `SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY 1`,
    );
    const tables: BackupManifest["tables"] = [];
    for (const name of await listTables(sql)) {
      const file = await open(path.join(outDir, "tables", `${name}.jsonl`), "wx");
      const hash = createHash("sha256");
      let rows = 0;
      await sql.exec(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS row FROM ${quote(name)} t`);
      for (;;) {
        const batch = await sql.query<{ row: string }>(`FETCH ${FETCH_SIZE} FROM backup_rows`);
        if (batch.length === 0) break;
        const text = batch.map((b) => `${b.row}\n`).join("");
        hash.update(text);
        await file.write(text);
        rows += batch.length;
      }
      await sql.exec(`CLOSE backup_rows`);
      await file.close();
      tables.push({ name, rows, sha256: hash.digest("hex") });
    }
    const files = await sql.query<{ sha256: string; size: number }>(`SELECT DISTINCT sha256, size FROM "Attachment" ORDER BY sha256`);
    return { migrations: migrations.map((m) => m.name), tables, files };
  });
  for (const file of snapshot.files) {
    const bytes = await readStoredFile(file.sha256);
    if (sha256(bytes) !== file.sha256) throw new Error(`attachment file ${file.sha256} does not match its hash: run npm run verify`);
    const target = path.join(outDir, "files", file.sha256.slice(0, 2), file.sha256);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, bytes, { flag: "wx" });
  }
  const manifest: BackupManifest = { format: BACKUP_FORMAT, createdAt: now.toISOString(), ...snapshot };
  await writeFile(path.join(outDir, "manifest.json"), JSON.stringify(manifest, null, 2));
  // A database behind the code's migrations (a backup taken before an upgrade is applied) cannot take
  // the application's audit row; the backup itself is complete either way.
  const pending = readMigrations().filter((m) => !snapshot.migrations.includes(m.name));
  if (pending.length) {
    console.warn(`The database has ${pending.length} pending migration(s): the backup is complete but not recorded in the audit log.`);
    return manifest;
  }
  const rows = snapshot.tables.reduce((sum, t) => sum + t.rows, 0);
  await database.prisma.$transaction((tx) =>
    recordAudit(tx, {
      actor: null,
      action: "system.backup",
      entityType: "System",
      entityId: "backup",
      summary: `备份数据库（${snapshot.tables.length} 个表、${rows} 行）和 ${snapshot.files.length} 个附件文件`,
      details: { dir: path.basename(outDir), rows, files: snapshot.files.length },
    }),
  );
  return manifest;
}

/** The directory backups go to by default: `<data root>/backups/<name>`. */
export const backupDirectory = (name: string) => path.join(getDataRoot(), "backups", name);

/** A backup of this process's database into `backupDirectory(name)` (the server's side of `npm run backup`). */
export async function backupInDataRoot(name: string): Promise<{ dir: string; manifest: BackupManifest }> {
  const dir = backupDirectory(name);
  return { dir, manifest: await createBackup(getDatabase(), dir) };
}

export class BackupError extends Error {}

/** Reads and checks a backup: every table file and attachment file must hash to what the manifest says. */
export async function readBackup(dir: string): Promise<BackupManifest> {
  const manifest = JSON.parse(await readFile(path.join(dir, "manifest.json"), "utf8")) as BackupManifest;
  if (manifest.format !== BACKUP_FORMAT) throw new BackupError(`unknown backup format ${String(manifest.format)}`);
  const problems: string[] = [];
  for (const table of manifest.tables) {
    const hash = createHash("sha256");
    for await (const chunk of createReadStream(path.join(dir, "tables", `${table.name}.jsonl`))) hash.update(chunk as Buffer);
    if (hash.digest("hex") !== table.sha256) problems.push(`table ${table.name}`);
  }
  for (const file of manifest.files) {
    const bytes = await readFile(path.join(dir, "files", file.sha256.slice(0, 2), file.sha256)).catch(() => null);
    if (!bytes || sha256(bytes) !== file.sha256) problems.push(`file ${file.sha256}`);
  }
  if (problems.length) throw new BackupError(`the backup is damaged: ${problems.join(", ")}`);
  const known = new Set(readMigrations().map((m) => m.name));
  const unknown = manifest.migrations.filter((m) => !known.has(m));
  if (unknown.length) throw new BackupError(`the backup comes from a newer version (migrations ${unknown.join(", ")}): update Gongkai first`);
  return manifest;
}

async function* readRows(file: string): AsyncGenerator<Record<string, unknown>> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) if (line) yield JSON.parse(line) as Record<string, unknown>;
}

async function insertRows(sql: SqlConnection, table: string, columns: string[], rows: Record<string, unknown>[]) {
  const list = columns.map(quote).join(", ");
  await sql.query(`INSERT INTO ${quote(table)} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${quote(table)}, $1::json)`, [JSON.stringify(rows)]);
}

/**
 * Restores a backup into an empty database: applies the backup's migrations, loads the rows in
 * foreign-key order in one transaction, sets the id sequences, applies any newer migrations, and puts
 * the attachment files in place. The backup is checked first; nothing is written if it is damaged.
 */
export async function restoreBackup(database: Database, dir: string): Promise<{ tables: number; rows: number; files: number }> {
  const manifest = await readBackup(dir);
  const rows = await database.withSql(async (sql) => {
    const [existing] = await sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    );
    if (existing!.n > 0) throw new BackupError("the target database is not empty: restore into a new database or an empty data directory");
    await applyMigrations(
      sql,
      readMigrations().filter((m) => manifest.migrations.includes(m.name)),
    );
    const keys = await foreignKeys(sql);
    const order = restoreOrder(
      manifest.tables.map((t) => t.name),
      keys,
    );
    let total = 0;
    await sql.exec("BEGIN");
    try {
      // Rows some migrations insert (the holiday calendar) come back with the backup's own.
      for (const table of [...order].reverse()) {
        const [{ n } = { n: 0 }] = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${quote(table)}`);
        if (n > 0) await sql.exec(`DELETE FROM ${quote(table)}`);
      }
      for (const table of order) {
        const columns = (
          await sql.query<{ name: string }>(
            `SELECT column_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
            [table],
          )
        ).map((c) => c.name);
        const file = path.join(dir, "tables", `${table}.jsonl`);
        const selfKey = keys.find((k) => k.table === table && k.references === table);
        if (selfKey) {
          const all: Record<string, unknown>[] = [];
          for await (const row of readRows(file)) all.push(row);
          const ordered = parentsFirst(all, selfKey.column);
          for (let i = 0; i < ordered.length; i += INSERT_BATCH) await insertRows(sql, table, columns, ordered.slice(i, i + INSERT_BATCH));
          total += ordered.length;
        } else {
          let batch: Record<string, unknown>[] = [];
          for await (const row of readRows(file)) {
            batch.push(row);
            if (batch.length === INSERT_BATCH) {
              await insertRows(sql, table, columns, batch);
              total += batch.length;
              batch = [];
            }
          }
          if (batch.length) await insertRows(sql, table, columns, batch);
          total += batch.length;
        }
      }
      // Serial ids continue after the restored ones.
      const sequences = await sql.query<{ table: string; column: string }>(
        `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
          WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'`,
      );
      for (const { table, column } of sequences)
        await sql.query(
          `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE(MAX(${quote(column)}), 1), MAX(${quote(column)}) IS NOT NULL) FROM ${quote(table)}`,
          [quote(table), column],
        );
      await sql.exec("COMMIT");
    } catch (error) {
      await sql.exec("ROLLBACK");
      throw error;
    }
    await applyMigrations(sql);
    return total;
  });
  for (const file of manifest.files) await putFile(file.sha256, await readFile(path.join(dir, "files", file.sha256.slice(0, 2), file.sha256)));
  await database.prisma.$transaction((tx) =>
    recordAudit(tx, {
      actor: null,
      action: "system.restore",
      entityType: "System",
      entityId: "restore",
      summary: `从备份（${manifest.createdAt}）恢复数据库（${manifest.tables.length} 个表、${rows} 行）和 ${manifest.files.length} 个附件文件`,
      details: { createdAt: manifest.createdAt, rows, files: manifest.files.length },
    }),
  );
  return { tables: manifest.tables.length, rows, files: manifest.files.length };
}
