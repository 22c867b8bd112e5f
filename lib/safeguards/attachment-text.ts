import "server-only";
import mammoth from "mammoth";
import { extractText, getDocumentProxy } from "unpdf";
import { readStoredFile } from "@/lib/attachments/storage";
import { logger } from "@/lib/logger";
import { zipUncompressedSize } from "./zip-size";

/*
 * The text of an attachment, as a copy-and-paste or a search engine reads it (issue P6 item 2): a
 * PDF's text layer (unpdf) and a Word document's text (mammoth). A redacted PDF whose black boxes were
 * drawn over text still in the text layer keeps the number here, and the pre-check finds it again.
 * Other types give null (not scanned).
 */

export const PDF = "application/pdf";
export const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** A Word file expanding to more than this is not opened (a zip bomb, or not a document worth scanning). */
export const MAX_DOCX_EXPANDED_BYTES = 200 * 1024 * 1024;

const cache = new Map<string, string | null>();
const CACHE_LIMIT = 200;

async function extractPdfText(bytes: Uint8Array): Promise<string | null> {
  try {
    const document = await getDocumentProxy(bytes);
    const { text } = await extractText(document, { mergePages: false });
    return text.join("\n");
  } catch (error) {
    // A damaged or encrypted PDF is not scanned; the reviewer still opens it.
    logger().warn({ err: error, action: "precheck.extract-text", kind: "pdf" }, "attachment text extraction failed");
    return null;
  }
}

export async function extractDocxText(bytes: Uint8Array): Promise<string | null> {
  const expanded = zipUncompressedSize(bytes);
  if (expanded === null || expanded > MAX_DOCX_EXPANDED_BYTES) {
    logger().warn({ action: "precheck.extract-text", kind: "docx", expanded }, "Word attachment not scanned: unreadable ZIP directory or expands too far");
    return null;
  }
  try {
    return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  } catch (error) {
    logger().warn({ err: error, action: "precheck.extract-text", kind: "docx" }, "attachment text extraction failed");
    return null;
  }
}

const EXTRACTORS: Record<string, (bytes: Uint8Array) => Promise<string | null>> = { [PDF]: extractPdfText, [DOCX]: extractDocxText };

/** The extracted text of a stored attachment, or null when its type is not read. Cached by content hash. */
export async function findAttachmentText(attachment: { sha256: string; mimeType: string }): Promise<string | null> {
  const extract = EXTRACTORS[attachment.mimeType];
  if (!extract) return null;
  const cached = cache.get(attachment.sha256);
  if (cached !== undefined) return cached;
  const text = await extract(new Uint8Array(await readStoredFile(attachment.sha256)));
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value ?? "");
  cache.set(attachment.sha256, text);
  return text;
}
