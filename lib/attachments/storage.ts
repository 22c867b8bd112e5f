import { buffer } from "node:stream/consumers";
import { getDataRoot } from "@/lib/db/config";
import { readEnv, type Env } from "@/lib/env";
import { createFileStore } from "./fs-store";
import { createS3Store } from "./s3-store";
import type { AttachmentStore } from "./store";

export { isMissingFile } from "./store";

/** The store the environment configures. */
export function createAttachmentStore(env: Env, source: NodeJS.ProcessEnv = process.env): AttachmentStore {
  if (env.GONGKAI_STORAGE === "fs") return createFileStore(getDataRoot(source));
  return createS3Store({
    bucket: env.GONGKAI_S3_BUCKET!,
    prefix: env.GONGKAI_S3_PREFIX,
    region: env.GONGKAI_S3_REGION,
    endpoint: env.GONGKAI_S3_ENDPOINT,
    forcePathStyle: env.GONGKAI_S3_FORCE_PATH_STYLE === "1",
    credentials:
      env.GONGKAI_S3_ACCESS_KEY_ID && env.GONGKAI_S3_SECRET_ACCESS_KEY
        ? { accessKeyId: env.GONGKAI_S3_ACCESS_KEY_ID, secretAccessKey: env.GONGKAI_S3_SECRET_ACCESS_KEY }
        : undefined,
  });
}

const globalForStore = globalThis as unknown as { gongkaiStore?: { key: string; store: AttachmentStore } };

/** The process's store, rebuilt when the environment changes (tests point GONGKAI_DATA_DIR elsewhere per file). */
export function getAttachmentStore(): AttachmentStore {
  const env = readEnv();
  const key = JSON.stringify([env.GONGKAI_STORAGE, getDataRoot(), env.GONGKAI_S3_BUCKET, env.GONGKAI_S3_ENDPOINT, env.GONGKAI_S3_PREFIX]);
  if (globalForStore.gongkaiStore?.key !== key) globalForStore.gongkaiStore = { key, store: createAttachmentStore(env) };
  return globalForStore.gongkaiStore.store;
}

export const putFile = (sha256: string, bytes: Uint8Array): Promise<void> => getAttachmentStore().put(sha256, bytes);

/** A stored file's bytes (attachments are at most 20 MiB, so callers hash them in memory). */
export async function readStoredFile(sha256: string): Promise<Buffer> {
  return buffer(await getAttachmentStore().get(sha256));
}
