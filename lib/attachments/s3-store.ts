import type { Readable } from "node:stream";
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from "@aws-sdk/client-s3";
import { assertHash, missingFile, probeName, relativeKey, type AttachmentStore } from "./store";

export interface S3StoreConfig {
  bucket: string;
  /** Key prefix, "" or ending with "/". */
  prefix: string;
  region: string;
  /** MinIO, Ceph, a cloud's S3-compatible service…; AWS itself when unset. */
  endpoint?: string;
  /** Bucket in the path rather than the host name (MinIO's default). */
  forcePathStyle: boolean;
  /** Static keys; the SDK's default chain (environment, instance role) when unset. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

const isNotFound = (error: unknown) =>
  error instanceof S3ServiceException && (error.name === "NotFound" || error.name === "NoSuchKey" || error.$metadata.httpStatusCode === 404);

/**
 * Attachments in an S3-compatible bucket under `<prefix>attachments/ab/abcdef…`. The key is the content
 * hash, so a put of bytes already there is skipped after a HEAD, and no object is ever overwritten
 * with different bytes. Checksums are sent only where the API requires them: several S3-compatible
 * servers reject the SDK's newer default (CRC32 trailers).
 */
export function createS3Store(config: S3StoreConfig): AttachmentStore {
  const client = new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle,
    credentials: config.credentials,
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const Bucket = config.bucket;
  const keyFor = (sha256: string) => {
    assertHash(sha256);
    return `${config.prefix}attachments/${relativeKey(sha256)}`;
  };
  const exists = async (Key: string) => {
    try {
      await client.send(new HeadObjectCommand({ Bucket, Key }));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  };
  const put = (Key: string, bytes: Uint8Array) =>
    client.send(new PutObjectCommand({ Bucket, Key, Body: bytes, ContentLength: bytes.byteLength, ContentType: "application/octet-stream" }));
  return {
    async put(sha256, bytes) {
      const Key = keyFor(sha256);
      if (!(await exists(Key))) await put(Key, bytes);
    },
    async get(sha256) {
      try {
        const { Body } = await client.send(new GetObjectCommand({ Bucket, Key: keyFor(sha256) }));
        if (!Body) throw missingFile(sha256);
        return Body as Readable;
      } catch (error) {
        if (isNotFound(error)) throw missingFile(sha256);
        throw error;
      }
    },
    exists: (sha256) => exists(keyFor(sha256)),
    async delete(sha256) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: keyFor(sha256) }));
    },
    async checkWritable(instance) {
      const Key = `${config.prefix}probes/${probeName(instance)}`;
      await put(Key, new TextEncoder().encode("ok"));
      await client.send(new DeleteObjectCommand({ Bucket, Key }));
    },
  };
}
