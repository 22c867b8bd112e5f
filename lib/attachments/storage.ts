import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { getDataRoot } from "@/lib/db/config";

/**
 * Content-addressed file store under `<data root>/attachments/ab/abcdef…` (SHA-256). Writes are
 * atomic (temporary file + rename), so a crash never leaves half a file under a real name, and
 * identical files are stored once. An S3-compatible store can implement the same two functions.
 */
function pathFor(sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error("invalid attachment hash");
  return path.join(getDataRoot(), "attachments", sha256.slice(0, 2), sha256);
}

export async function putFile(sha256: string, bytes: Uint8Array): Promise<void> {
  const target = pathFor(sha256);
  try {
    await stat(target);
    return; // already stored
  } catch {
    // not there yet
  }
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${randomBytes(6).toString("hex")}.tmp`;
  await writeFile(temporary, bytes, { flag: "wx" });
  await rename(temporary, target);
}

export function readStoredFile(sha256: string): Promise<Buffer> {
  return readFile(pathFor(sha256));
}
