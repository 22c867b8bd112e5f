import { randomBytes } from "node:crypto";
import { mkdir, open, rename, rm, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { assertHash, probeName, relativeKey, type AttachmentStore } from "./store";

/**
 * Attachments under `<data root>/attachments/ab/abcdef…`. Writes are atomic (temporary file + rename),
 * so a crash never leaves half a file under a real name.
 */
export function createFileStore(dataRoot: string): AttachmentStore {
  const dir = path.join(dataRoot, "attachments");
  const pathFor = (sha256: string) => {
    assertHash(sha256);
    return path.join(dir, relativeKey(sha256));
  };
  const exists = (target: string) =>
    stat(target).then(
      () => true,
      () => false,
    );
  const writeAtomically = async (target: string, bytes: Uint8Array) => {
    await mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.${randomBytes(6).toString("hex")}.tmp`;
    await writeFile(temporary, bytes, { flag: "wx" });
    await rename(temporary, target);
  };
  return {
    async put(sha256, bytes) {
      const target = pathFor(sha256);
      if (!(await exists(target))) await writeAtomically(target, bytes);
    },
    async get(sha256) {
      // Opening first makes a missing file reject here (ENOENT), not later on the stream.
      const handle = await open(pathFor(sha256), "r");
      return handle.createReadStream();
    },
    exists: (sha256) => exists(pathFor(sha256)),
    delete: (sha256) => rm(pathFor(sha256), { force: true }),
    async checkWritable(instance) {
      const probe = path.join(dir, `.${probeName(instance)}`);
      await writeAtomically(probe, new TextEncoder().encode("ok"));
      await unlink(probe);
    },
  };
}
