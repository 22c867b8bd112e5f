import "server-only";
import type { Prisma } from "@/lib/db/client";
import type { RevisionFacts } from "@/lib/review/model";
import { countUnacknowledged } from "@/lib/safeguards/precheck";

type Reader = Pick<Prisma.TransactionClient, "reviewRecord" | "precheckFinding">;

/**
 * The facts the review rules need: the clearance and approval made in the current round of review
 * (after `submittedAt`); reviews of an earlier round, or of other content, do not count. Also the
 * pre-check findings on the current content still waiting for a reviewer's acknowledgement.
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
  const [clearance, approval, unacknowledgedFindings] = await Promise.all([
    latest("CLEARANCE", "CLEARED"),
    latest("APPROVAL", "APPROVED"),
    countUnacknowledged(tx, revision),
  ]);
  return {
    state: revision.state,
    unitPath: revision.entry.unit.path,
    drafterId: revision.drafterId,
    lastEditorId: revision.lastEditorId,
    contentHash: revision.contentHash,
    clearance: clearance && { reviewerId: clearance.actorId, contentHash: clearance.contentHash },
    approval: approval && { approverId: approval.actorId, contentHash: approval.contentHash },
    unacknowledgedFindings,
  };
}
