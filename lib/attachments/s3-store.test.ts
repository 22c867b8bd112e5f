import { createHash } from "node:crypto";
import { buffer } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeS3 } from "@/lib/testing/fake-s3";
import { createS3Store } from "./s3-store";
import { isMissingFile } from "./store";

const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

describe("S3 attachment store (against an in-process fake S3)", () => {
  let s3: Awaited<ReturnType<typeof startFakeS3>>;
  const store = () =>
    createS3Store({
      bucket: "gongkai-files",
      prefix: "district/",
      region: "us-east-1",
      endpoint: s3.endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: "test", secretAccessKey: "test-secret" },
    });
  beforeAll(async () => {
    s3 = await startFakeS3();
  });
  afterAll(() => s3.close());

  it("puts bytes under their hash, reads them back as a stream, and skips a second put of the same bytes", async () => {
    const bytes = new TextEncoder().encode("附件内容 %PDF-1.4");
    const hash = sha(bytes);
    s3.requests.length = 0;
    await store().put(hash, bytes);
    await store().put(hash, bytes);
    const key = `/gongkai-files/district/attachments/${hash.slice(0, 2)}/${hash}`;
    expect(s3.requests).toEqual([`HEAD ${key}`, `PUT ${key}`, `HEAD ${key}`]);
    expect(s3.objects.get(key)?.equals(Buffer.from(bytes))).toBe(true);
    expect(await buffer(await store().get(hash))).toEqual(Buffer.from(bytes));
    expect(await store().exists(hash)).toBe(true);
  });

  it("keeps a 20 MiB file intact", async () => {
    const bytes = new Uint8Array(20 * 1024 * 1024).map((_, i) => i % 251);
    const hash = sha(bytes);
    await store().put(hash, bytes);
    expect(sha(await buffer(await store().get(hash)))).toBe(hash);
  });

  it("reports a missing object as ENOENT, like the file store, and deletes", async () => {
    const bytes = new TextEncoder().encode("to be deleted");
    const hash = sha(bytes);
    await store().put(hash, bytes);
    await store().delete(hash);
    expect(await store().exists(hash)).toBe(false);
    const error: unknown = await store()
      .get(hash)
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(isMissingFile(error)).toBe(true);
  });

  it("checks that the bucket is writable with a probe object it removes again", async () => {
    s3.requests.length = 0;
    await store().checkWritable("web-1:42");
    expect(s3.requests).toEqual(["PUT /gongkai-files/district/probes/probe-web-1_42", "DELETE /gongkai-files/district/probes/probe-web-1_42"]);
    expect([...s3.objects.keys()].some((k) => k.includes("probes"))).toBe(false);
  });

  it("refuses a key that is not a SHA-256", async () => {
    await expect(store().put("../../etc/passwd", new Uint8Array(1))).rejects.toThrow("invalid attachment hash");
  });

  it("fails when the store is unreachable", async () => {
    const down = createS3Store({
      bucket: "b",
      prefix: "",
      region: "us-east-1",
      endpoint: "http://127.0.0.1:1",
      forcePathStyle: true,
      credentials: { accessKeyId: "a", secretAccessKey: "b" },
    });
    await expect(down.checkWritable("x")).rejects.toThrow();
  });
});
