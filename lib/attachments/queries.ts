import "server-only";
import { createHash } from "node:crypto";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { findPublicEntry } from "@/lib/entries/public-queries";
import { logger } from "@/lib/logger";
import { isMissingFile, readStoredFile } from "./storage";

/** The answer for a file that cannot be vouched for: its entry fails verification, or its bytes are gone or changed. */
export const UNVERIFIED = "UNVERIFIED";

/** Revision states whose attachments the public page shows. */
const PUBLIC_STATES = new Set(["PUBLISHED", "WITHDRAWN"]);

/**
 * An attachment's bytes for download, or null (→ 404) when the requester may not see it: the public
 * sees files of published (or withdrawn-with-notice) revisions; staff also those of their units.
 * Bytes that no longer match their recorded SHA-256, or are missing, are refused as UNVERIFIED
 * (tampering or corruption), and so is every file of an entry the public page refuses (not intact).
 */
export async function findAttachmentForDownload(actor: Actor | null, attachmentId: number) {
  const attachment = await db.attachment.findUnique({
    where: { id: attachmentId },
    select: {
      filename: true,
      mimeType: true,
      sha256: true,
      revision: { select: { state: true, entryId: true, entry: { select: { unit: { select: { path: true } } } } } },
    },
  });
  if (!attachment) return null;
  const isPublic = PUBLIC_STATES.has(attachment.revision.state);
  const target = { unitPath: attachment.revision.entry.unit.path };
  const isStaff = actor !== null && (can(actor, "entries.draft", target) || can(actor, "entries.review", target) || can(actor, "entries.approve", target));
  if (!isPublic && !isStaff) return null;
  if (!isStaff && (await findPublicEntry(attachment.revision.entryId))?.intact === false) return UNVERIFIED;
  const bytes = await readStoredFile(attachment.sha256).catch((error: unknown) => {
    if (isMissingFile(error)) return null;
    throw error;
  });
  if (!bytes || createHash("sha256").update(bytes).digest("hex") !== attachment.sha256) {
    logger().error({ action: "attachments.download", attachmentId, sha256: attachment.sha256 }, "attachment file missing or not matching its recorded hash");
    return UNVERIFIED;
  }
  return { ...attachment, bytes, isPublic };
}
