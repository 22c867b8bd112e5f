import { backupInDataRoot } from "@/lib/backup/backup";
import { BACKUP_NAME, isValidBackupSignature } from "@/lib/backup/remote";
import { getAuthSecret } from "@/lib/env";
import { logger } from "@/lib/logger";

export const dynamic = "force-dynamic";

const json = (status: number, body: unknown) => Response.json(body, { status });

/**
 * Writes a backup to `<data root>/backups/<name>` inside the server, for `npm run backup` while the
 * server holds the embedded database (lib/backup/remote.ts). Only requests signed with the server's
 * secret are served; anything else is a plain 404.
 */
export async function POST(request: Request) {
  const name = request.headers.get("x-gongkai-backup-name") ?? "";
  const timestamp = Number(request.headers.get("x-gongkai-timestamp"));
  const signature = request.headers.get("x-gongkai-signature") ?? "";
  if (!BACKUP_NAME.test(name) || !isValidBackupSignature(getAuthSecret(), name, timestamp, signature)) return json(404, { error: "not found" });
  try {
    const { dir, manifest } = await backupInDataRoot(name);
    return json(200, { dir, tables: manifest.tables.length, rows: manifest.tables.reduce((sum, t) => sum + t.rows, 0), files: manifest.files.length });
  } catch (error) {
    logger().error({ err: error, action: "system.backup", name }, "backup failed");
    return json(500, { error: error instanceof Error ? error.message : String(error) });
  }
}
