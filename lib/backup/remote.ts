import { createHmac, timingSafeEqual } from "node:crypto";

/*
 * `npm run backup` while the server holds the embedded database: the command asks the server to write
 * the backup (POST /api/internal/backup). The request is signed with the server's own secret (the auth
 * secret in the data directory or environment), which only whoever can read the server's files has.
 */

export const BACKUP_ROUTE = "/api/internal/backup";
const MAX_SKEW_MS = 60_000;

export function signBackupRequest(secret: string, name: string, timestamp: number): string {
  return createHmac("sha256", secret).update(`backup\n${name}\n${timestamp}`).digest("hex");
}

/** Whether a signature is the secret's for this name, made within a minute of `now`. */
export function isValidBackupSignature(secret: string, name: string, timestamp: number, signature: string, now = Date.now()): boolean {
  if (!Number.isFinite(timestamp) || Math.abs(now - timestamp) > MAX_SKEW_MS) return false;
  const expected = Buffer.from(signBackupRequest(secret, name, timestamp), "hex");
  const given = Buffer.from(signature, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** A backup's directory name under `<data root>/backups`: letters, digits, dot, dash, underscore. */
export const BACKUP_NAME = /^[\w-][\w.-]{0,99}$/;

export function defaultBackupName(now: Date): string {
  return `gongkai-${now.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15)}`;
}
