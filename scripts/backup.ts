// `npm run backup [-- <directory>]`: a consistent backup of the database and the attachment files
// (lib/backup/backup.ts), by default into <data root>/backups/gongkai-<time>. While the server holds the
// embedded database, the server writes it (signed request to /api/internal/backup, port $PORT) and
// the command moves it where asked.
import { cp, rm } from "node:fs/promises";
import path from "node:path";
import { backupDirectory, createBackup } from "@/lib/backup/backup";
import { BACKUP_ROUTE, defaultBackupName, signBackupRequest } from "@/lib/backup/remote";
import { closeDatabase, getDatabase } from "@/lib/db/client";
import { DataDirectoryLockedError } from "@/lib/db/lock";
import { getAuthSecret, readEnv } from "@/lib/env";

const name = defaultBackupName(new Date());
const requested = process.argv[2] ? path.resolve(process.argv[2]) : null;

async function throughServer(): Promise<string> {
  const timestamp = Date.now();
  const url = `http://127.0.0.1:${readEnv().PORT}${BACKUP_ROUTE}`;
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "x-gongkai-backup-name": name,
      "x-gongkai-timestamp": String(timestamp),
      "x-gongkai-signature": signBackupRequest(getAuthSecret(), name, timestamp),
    },
  }).catch((error: unknown) => {
    throw new Error(`The embedded database is held by another process, and no Gongkai server answered at ${url} (${String(error)}).`);
  });
  const body = (await response.json()) as { dir?: string; error?: string };
  if (!response.ok || !body.dir) throw new Error(`The server could not write the backup: ${body.error ?? response.status}`);
  console.log(`The running server wrote the backup.`);
  return body.dir;
}

try {
  let dir: string;
  try {
    dir = requested ?? backupDirectory(name);
    const manifest = await createBackup(getDatabase(), dir);
    console.log(`${manifest.tables.length} tables, ${manifest.tables.reduce((sum, t) => sum + t.rows, 0)} rows, ${manifest.files.length} attachment files.`);
    await closeDatabase();
  } catch (error) {
    if (!(error instanceof DataDirectoryLockedError)) throw error;
    dir = await throughServer();
    if (requested) {
      await cp(dir, requested, { recursive: true, errorOnExist: true, force: false });
      await rm(dir, { recursive: true });
      dir = requested;
    }
  }
  console.log(`Backup written to ${dir}. Restore it with: npm run restore -- ${dir}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
process.exit();
