import "server-only";
import { createHash } from "node:crypto";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { readStoredFile } from "./storage";

/** Revision states whose attachments the public page shows. */
const PUBLIC_STATES = new Set(["PUBLISHED", "WITHDRAWN"]);

/**
 * An attachment's bytes for download, or null (→ 404) when the requester may not see it: the public
 * sees files of published (or withdrawn-with-notice) revisions; staff also those of their units.
 * Bytes that no longer match their recorded SHA-256 are refused (tampering or corruption).
 */
export async function findAttachmentForDownload(actor: Actor | null, attachmentId: number) {
  const attachment = await db.attachment.findUnique({
    where: { id: attachmentId },
    select: { filename: true, mimeType: true, sha256: true, revision: { select: { state: true, entry: { select: { unit: { select: { path: true } } } } } } },
  });
  if (!attachment) return null;
  const isPublic = PUBLIC_STATES.has(attachment.revision.state);
  const target = { unitPath: attachment.revision.entry.unit.path };
  const isStaff = actor !== null && (can(actor, "entries.draft", target) || can(actor, "entries.review", target) || can(actor, "entries.approve", target));
  if (!isPublic && !isStaff) return null;
  const bytes = await readStoredFile(attachment.sha256);
  if (createHash("sha256").update(bytes).digest("hex") !== attachment.sha256) throw new Error(`attachment ${attachmentId} does not match its recorded hash`);
  return { ...attachment, bytes, isPublic };
}
