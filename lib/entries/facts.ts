import "server-only";
import type { Prisma } from "@/lib/db/client";
import type { RevisionFacts } from "@/lib/review/model";

type Reader = Pick<Prisma.TransactionClient, "reviewRecord">;

/**
 * The facts the review rules need: the clearance and approval made in the current round of review
 * (after `submittedAt`); reviews of an earlier round, or of other content, do not count.
 */
export async function loadReviewFacts(
  tx: Reader,
  revision: {
    id: number;
    state: RevisionFacts["state"];
    submittedAt: Date | null;
    drafterId: number;
    lastEditorId: number;
    contentHash: string;
    entry: { unit: { path: string } };
  },
): Promise<RevisionFacts> {
  const since = revision.submittedAt ?? new Date(0);
  const latest = (step: "CLEARANCE" | "APPROVAL", decision: string) =>
    tx.reviewRecord.findFirst({
      where: { revisionId: revision.id, step, decision, createdAt: { gte: since } },
      orderBy: { id: "desc" },
      select: { actorId: true, contentHash: true },
    });
  const [clearance, approval] = await Promise.all([latest("CLEARANCE", "CLEARED"), latest("APPROVAL", "APPROVED")]);
  return {
    state: revision.state,
    unitPath: revision.entry.unit.path,
    drafterId: revision.drafterId,
    lastEditorId: revision.lastEditorId,
    contentHash: revision.contentHash,
    clearance: clearance && { reviewerId: clearance.actorId, contentHash: clearance.contentHash },
    approval: approval && { approverId: approval.actorId, contentHash: approval.contentHash },
  };
}
