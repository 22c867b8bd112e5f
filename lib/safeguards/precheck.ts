import "server-only";
import type { Prisma } from "@/lib/db/client";
import { toChinaDate } from "@/lib/requests/dates";
import { findAttachmentText } from "./attachment-text";
import { excerpt, locate, scanText } from "./detectors";
import { scanHtml } from "./html";
import type { CalendarDate, Finding, FindingType, PrecheckField, WordList } from "./model";
import { loadWordListsForUnit } from "./watch-words";

type Tx = Prisma.TransactionClient;

/** Today in Asia/Shanghai, so an ID number born "tomorrow" in Beijing is not taken for one. */
function chinaToday(now: Date): CalendarDate {
  const [year, month, day] = toChinaDate(now).split("-").map(Number) as [number, number, number];
  return { year, month, day };
}

type ScannedField = { field: PrecheckField; text: string; findings: Finding[] };

/**
 * The pre-check over a revision's title, summary and body as the reader sees it (lib/safeguards/html.ts),
 * with the unit's word lists (the built-in ones when omitted).
 */
export function scanRevision(content: { title: string; summary: string; bodyHtml: string }, now: Date, wordLists?: WordList[]): ScannedField[] {
  const options = { today: chinaToday(now), wordLists };
  return [
    { field: "title", text: content.title, findings: scanText(content.title, options) },
    { field: "summary", text: content.summary, findings: scanText(content.summary, options) },
    { field: "body", ...scanHtml(content.bodyHtml, options) },
  ];
}

/**
 * Replaces the revision's findings with a fresh scan of its content, in the caller's transaction (the
 * submission or the edit that restarts review). Every round of review starts with nothing acknowledged,
 * also when the content is unchanged since the last round. Returns the count per type for the audit row.
 */
export async function replaceFindingsInTx(
  tx: Tx,
  revision: { id: number; contentHash: string; title: string; summary: string; bodyHtml: string },
  now = new Date(),
): Promise<Partial<Record<FindingType, number>>> {
  await tx.precheckFinding.deleteMany({ where: { revisionId: revision.id } });
  const { entry } = await tx.entryRevision.findUniqueOrThrow({
    where: { id: revision.id },
    select: { entry: { select: { unit: { select: { path: true } } } } },
  });
  const wordLists = await loadWordListsForUnit(tx, entry.unit.path);
  const attachments = await tx.attachment.findMany({
    where: { revisionId: revision.id },
    orderBy: { position: "asc" },
    select: { sha256: true, mimeType: true },
  });
  // Attachments by their extracted text (PDF text layer); `line` says which attachment, in display order.
  const attachmentFields: (ScannedField & { place: number })[] = [];
  for (const [index, attachment] of attachments.entries()) {
    const text = await findAttachmentText(attachment);
    if (text) attachmentFields.push({ field: "attachment", text, findings: scanText(text, { today: chinaToday(now), wordLists }), place: index + 1 });
  }
  const fields: (ScannedField & { place?: number })[] = [...scanRevision(revision, now, wordLists), ...attachmentFields];
  const rows = fields.flatMap(({ field, text, findings, place }) =>
    findings.map((finding) => {
      const context = excerpt(text, finding);
      return {
        revisionId: revision.id,
        contentHash: revision.contentHash,
        field,
        type: finding.type,
        start: finding.start,
        end: finding.end,
        match: finding.match,
        severity: finding.severity,
        suggestion: finding.suggestion ?? null,
        line: place ?? locate(text, finding.start).line,
        before: (context.isCutBefore ? "…" : "") + context.before,
        after: context.after + (context.isCutAfter ? "…" : ""),
      };
    }),
  );
  if (rows.length) await tx.precheckFinding.createMany({ data: rows });
  const counts: Partial<Record<FindingType, number>> = {};
  for (const row of rows) counts[row.type] = (counts[row.type] ?? 0) + 1;
  return counts;
}

/** How many findings of the revision's current content no reviewer has acknowledged yet. */
export function countUnacknowledged(tx: Pick<Tx, "precheckFinding">, revision: { id: number; contentHash: string }): Promise<number> {
  return tx.precheckFinding.count({ where: { revisionId: revision.id, contentHash: revision.contentHash, acknowledgedAt: null } });
}
