/** Largest attachment accepted: 20 MiB, enough for scanned documents, small enough for old phones. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** Most attachments per revision. */
export const MAX_ATTACHMENTS = 20;

/**
 * Accepted types, by the type detected from the bytes (never the name or the browser's claim):
 * PDF, OFD (the national e-document format, a ZIP container), Office documents (OOXML and the legacy
 * CFB container), WPS, and images.
 */
export const ACCEPTED_TYPES: Record<string, string> = {
  "application/pdf": "PDF",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "PowerPoint",
  "application/x-cfb": "Office 97-2003",
  "image/png": "PNG 图片",
  "image/jpeg": "JPEG 图片",
  "image/gif": "GIF 图片",
  "image/webp": "WebP 图片",
};

/** File name extensions that must match the detected type (a .pdf that is really a ZIP is refused). */
const EXTENSIONS: Record<string, string[]> = {
  "application/pdf": ["pdf"],
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ["docx"],
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ["xlsx"],
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": ["pptx"],
  "application/x-cfb": ["doc", "xls", "ppt", "wps", "et", "dps"],
  "image/png": ["png"],
  "image/jpeg": ["jpg", "jpeg"],
  "image/gif": ["gif"],
  "image/webp": ["webp"],
};

/**
 * A safe display name: no directories (both separators), no control characters, no leading dots,
 * at most 120 characters keeping the extension. Returns null when nothing usable remains.
 */
export function cleanFilename(name: string): string | null {
  const base = name.split(/[\\/]/).pop() ?? "";
  let cleaned = base
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, "")
    .replace(/^[.\s]+/, "")
    .trim();
  if (!cleaned) return null;
  if (cleaned.length > 120) {
    const dot = cleaned.lastIndexOf(".");
    const ext = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : "";
    cleaned = cleaned.slice(0, 120 - ext.length) + ext;
  }
  return cleaned;
}

export type AttachmentCheck = { ok: true } | { ok: false; message: string };

/** Checks an upload's detected type, name and size; the message is for the clerk. */
export function checkAttachment({ filename, size, detectedMime }: { filename: string; size: number; detectedMime: string | null }): AttachmentCheck {
  if (size === 0) return { ok: false, message: "文件是空的。" };
  if (size > MAX_ATTACHMENT_BYTES) return { ok: false, message: `文件超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB，请压缩或拆分后上传。` };
  if (!detectedMime || !(detectedMime in ACCEPTED_TYPES)) {
    return { ok: false, message: "不支持该文件类型。可上传 PDF、Word、Excel、PowerPoint（含 97-2003 格式）和 PNG、JPEG、GIF、WebP 图片。" };
  }
  const ext = filename.includes(".") ? filename.slice(filename.lastIndexOf(".") + 1).toLowerCase() : "";
  if (!EXTENSIONS[detectedMime]?.includes(ext)) return { ok: false, message: `文件扩展名“.${ext}”与文件实际类型（${ACCEPTED_TYPES[detectedMime]}）不符。` };
  return { ok: true };
}

/** Human-readable size: 512 B, 12.3 KB, 4.5 MB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
