import "server-only";
import { extractText, getDocumentProxy } from "unpdf";
import { readStoredFile } from "@/lib/attachments/storage";

/*
 * The text layer of an attachment, as a copy-and-paste or a search engine reads it (issue P6 item 2).
 * A redacted PDF whose black boxes were drawn over text still in the text layer keeps the number here,
 * and the pre-check finds it again. Only PDFs for now; other types give null (not scanned).
 */

const cache = new Map<string, string | null>();
const CACHE_LIMIT = 200;

async function extractPdfText(bytes: Uint8Array): Promise<string | null> {
  try {
    const document = await getDocumentProxy(bytes);
    const { text } = await extractText(document, { mergePages: false });
    return text.join("\n");
  } catch (error) {
    // A damaged or encrypted PDF is not scanned; the reviewer still opens it.
    console.warn("attachment text extraction failed", error);
    return null;
  }
}

/** The extracted text of a stored attachment, or null when its type is not read. Cached by content hash. */
export async function findAttachmentText(attachment: { sha256: string; mimeType: string }): Promise<string | null> {
  if (attachment.mimeType !== "application/pdf") return null;
  const cached = cache.get(attachment.sha256);
  if (cached !== undefined) return cached;
  const text = await extractPdfText(new Uint8Array(await readStoredFile(attachment.sha256)));
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value ?? "");
  cache.set(attachment.sha256, text);
  return text;
}
