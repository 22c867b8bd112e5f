/*
 * The optional ZIP of attachments of an import, read with yauzl (random access from the file, one
 * entry streamed at a time). Nothing is ever extracted to a path from the archive: each referenced file
 * is read into memory (at most the attachment limit), checked by its bytes like an upload
 * (lib/attachments/model.ts) and stored by its SHA-256, so a name like ../../etc/passwd can do no harm;
 * such names are refused anyway. Zip bombs are refused from the central directory (declared sizes and
 * compression ratio) and again while reading (yauzl checks the real size against the declared one).
 */
import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import yauzl from "yauzl";
import { checkAttachment, cleanFilename, MAX_ATTACHMENT_BYTES } from "@/lib/attachments/model";
import { putFile } from "@/lib/attachments/storage";

/** Most entries an archive may list (the central directory is kept in memory, about 200 bytes each). */
export const MAX_ARCHIVE_ENTRIES = 200_000;
/** A file that expands more than this many times over its compressed size is treated as a bomb. */
export const MAX_COMPRESSION_RATIO = 200;

export type StoredArchiveFile = { ok: true; filename: string; mimeType: string; size: number; sha256: string } | { ok: false; message: string };

export interface AttachmentArchive {
  /** The archive entry a row's file name refers to: its path in the archive, or a unique base name. */
  resolve(name: string): string | null;
  /** Reads and checks an entry, and stores it unless `persist` is false (a dry run); each entry is read once. */
  store(entryName: string, persist?: boolean): Promise<StoredArchiveFile>;
  close(): void;
}

export class UnsafeArchiveError extends Error {}

const normalizeName = (name: string) =>
  name
    .normalize("NFC")
    .replace(/\\/g, "/")
    .replace(/^(\.\/)+/, "")
    .trim();
const baseName = (name: string) => name.slice(name.lastIndexOf("/") + 1).toLowerCase();

/** An entry's name: UTF-8 when flagged (bit 11) or valid as such, else GB18030 (Chinese Windows zips names in GBK). */
export function decodeEntryName(raw: Buffer, generalPurposeBitFlag: number): string {
  if (generalPurposeBitFlag & 0x800) return raw.toString("utf8");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(raw);
  } catch {
    return new TextDecoder("gb18030").decode(raw);
  }
}

function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error) return reject(error);
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_ATTACHMENT_BYTES) stream.destroy(new UnsafeArchiveError("too large"));
        else chunks.push(chunk);
      });
      stream.on("error", reject);
      stream.on("end", () => resolve(Buffer.concat(chunks)));
    });
  });
}

/** Opens the archive and reads its directory; throws UnsafeArchiveError for unsafe names or too many entries. */
export async function openAttachmentArchive(path: string): Promise<AttachmentArchive> {
  const zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true });
  const entries = new Map<string, yauzl.Entry>();
  const byBase = new Map<string, string[]>();
  try {
    if (zip.entryCount > MAX_ARCHIVE_ENTRIES) throw new UnsafeArchiveError(`压缩包中的文件超过 ${MAX_ARCHIVE_ENTRIES} 个`);
    for await (const entry of zip.eachEntry()) {
      const raw = decodeEntryName(entry.fileName as unknown as Buffer, entry.generalPurposeBitFlag);
      if (yauzl.validateFileName(raw.replace(/\\/g, "/")) !== null) throw new UnsafeArchiveError(`压缩包中有不安全的文件名「${raw}」`);
      const name = normalizeName(raw);
      if (name.endsWith("/")) continue;
      entries.set(name, entry);
      byBase.set(baseName(name), [...(byBase.get(baseName(name)) ?? []), name]);
    }
  } catch (error) {
    zip.close();
    throw error;
  }
  const stored = new Map<string, Promise<StoredArchiveFile>>();

  async function load(name: string, persist: boolean): Promise<StoredArchiveFile> {
    const entry = entries.get(name)!;
    const filename = cleanFilename(name) ?? "附件";
    if (entry.isEncrypted()) return { ok: false, message: `附件「${name}」已加密，无法读取` };
    if (entry.uncompressedSize > MAX_ATTACHMENT_BYTES) return { ok: false, message: `附件「${name}」超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB` };
    if (entry.uncompressedSize > 1024 * 1024 && entry.uncompressedSize > entry.compressedSize * MAX_COMPRESSION_RATIO)
      return { ok: false, message: `附件「${name}」的压缩比异常（疑似压缩炸弹），已拒绝` };
    let bytes: Buffer;
    try {
      bytes = await readEntry(zip, entry);
    } catch {
      return { ok: false, message: `附件「${name}」无法解压（文件损坏或大小与记录不符）` };
    }
    const detected = await fileTypeFromBuffer(bytes);
    const check = checkAttachment({ filename, size: bytes.byteLength, detectedMime: detected?.mime ?? null });
    if (!check.ok) return { ok: false, message: `附件「${name}」：${check.message}` };
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    if (persist) await putFile(sha256, bytes);
    return { ok: true, filename, mimeType: detected!.mime, size: bytes.byteLength, sha256 };
  }

  return {
    resolve(name) {
      const wanted = normalizeName(name);
      if (entries.has(wanted)) return wanted;
      const candidates = byBase.get(baseName(wanted)) ?? [];
      return candidates.length === 1 ? candidates[0]! : null;
    },
    store(name, persist = true) {
      const key = `${persist}:${name}`;
      if (!stored.has(key)) stored.set(key, load(name, persist));
      return stored.get(key)!;
    },
    close: () => zip.close(),
  };
}
