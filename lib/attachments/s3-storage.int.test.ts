import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBackup, restoreBackup } from "@/lib/backup/backup";
import { db, getDatabase } from "@/lib/db/client";
import { createDatabase } from "@/lib/db/connection";
import { verifyPublicContent } from "@/lib/safeguards/integrity-check";
import { createApprovedEntries } from "@/lib/testing/approved-entries";
import { setUpTestDatabase } from "@/lib/testing/database";
import { fakeS3Env, startFakeS3 } from "@/lib/testing/fake-s3";
import { findAttachmentForDownload } from "./queries";
import { getAttachmentStore } from "./storage";

setUpTestDatabase();

const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.4\n1 0 obj << /Title (${text}) >> endobj\ntrailer << >>\n%%EOF\n`);

/** GONGKAI_STORAGE=s3 against the in-process fake, for the whole file: the services pick the store from the environment. */
let s3: Awaited<ReturnType<typeof startFakeS3>>;
const saved = { ...process.env };
beforeAll(async () => {
  s3 = await startFakeS3();
  Object.assign(process.env, fakeS3Env(s3.endpoint));
});
afterAll(async () => {
  for (const name of Object.keys(process.env)) if (name.startsWith("GONGKAI_S") && !(name in saved)) delete process.env[name];
  await s3.close();
});

const objectKey = (sha256: string) => `/gongkai/attachments/${sha256.slice(0, 2)}/${sha256}`;

describe("attachments on an S3-compatible store", () => {
  it("an upload lands in the bucket, downloads from it, and the verifier reads it there", async () => {
    const { entryIds, clerk } = await createApprovedEntries({ count: 1, attachment: pdf("S3 预算表") });
    const [attachment] = await db.attachment.findMany({ where: { revision: { entryId: entryIds[0] } } });
    expect(s3.objects.has(objectKey(attachment!.sha256))).toBe(true);
    expect(await findAttachmentForDownload(null, attachment!.id)).toMatchObject({ filename: "附件1.pdf", bytes: Buffer.from(pdf("S3 预算表")) });
    expect((await verifyPublicContent({ withAuditChain: false })).problems).toEqual([]);

    // Lost and tampered objects are found as they are on disk.
    s3.objects.set(objectKey(attachment!.sha256), Buffer.from("篡改"));
    expect((await verifyPublicContent({ withAuditChain: false })).problems.map((p) => p.kind)).toEqual(["FILE_CHANGED"]);
    s3.objects.delete(objectKey(attachment!.sha256));
    expect((await verifyPublicContent({ withAuditChain: false })).problems.map((p) => p.kind)).toEqual(["FILE_MISSING"]);
    expect(await findAttachmentForDownload(clerk, attachment!.id)).toBe("UNVERIFIED");
    await getAttachmentStore().put(attachment!.sha256, pdf("S3 预算表"));
  });

  it("backup reads the files from the bucket and restore puts them back into it", async () => {
    await createApprovedEntries({ count: 1, attachment: pdf("S3 决算表") });
    const work = mkdtempSync(path.join(tmpdir(), "gongkai-s3-backup-"));
    const manifest = await createBackup(getDatabase(), path.join(work, "backup"));
    expect(manifest.files.length).toBeGreaterThanOrEqual(2);
    s3.objects.clear();
    const target = createDatabase({ kind: "pglite", dataDir: "memory://", isMemory: true });
    try {
      const restored = await restoreBackup(target, path.join(work, "backup"));
      expect(restored.files).toBe(manifest.files.length);
    } finally {
      await target.close();
    }
    for (const file of manifest.files) expect(s3.objects.has(objectKey(file.sha256)), file.sha256).toBe(true);
  });
});
