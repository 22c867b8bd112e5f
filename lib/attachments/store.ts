import type { Readable } from "node:stream";

/**
 * Where attachment bytes live, addressed by their SHA-256 (identical files are stored once and a stored
 * file never changes). Two implementations: the data directory (one server, or a shared volume) and an
 * S3-compatible bucket (several stateless instances). GONGKAI_STORAGE picks one.
 * A missing file makes `get` reject with an error whose `code` is "ENOENT" in both (`isMissingFile`).
 */
export interface AttachmentStore {
  /** Stores the bytes under their hash; does nothing when they are already there. */
  put(sha256: string, bytes: Uint8Array): Promise<void>;
  get(sha256: string): Promise<Readable>;
  exists(sha256: string): Promise<boolean>;
  delete(sha256: string): Promise<void>;
  /** Writes and removes a probe object named after the instance (readiness check); rejects when the store cannot be written. */
  checkWritable(instance: string): Promise<void>;
}

/** Refuses anything but a lowercase SHA-256, so a key can never leave the store's directory or prefix. */
export function assertHash(sha256: string): void {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error("invalid attachment hash");
}

/** Where a file goes inside the store: `ab/abcdef…` (a fan-out of 256 directories or key prefixes). */
export const relativeKey = (sha256: string) => `${sha256.slice(0, 2)}/${sha256}`;

/** The error both stores give for a file that is not there (the code callers already test). */
export function missingFile(sha256: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`attachment file ${sha256} is missing`), { code: "ENOENT" });
}

export const isMissingFile = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code === "ENOENT";

/** A probe object's file or key name for an instance id (host:pid has a colon). */
export const probeName = (instance: string) => `probe-${instance.replace(/[^A-Za-z0-9_-]/g, "_")}`;
