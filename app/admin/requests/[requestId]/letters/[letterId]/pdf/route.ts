import { getCurrentActor } from "@/lib/auth/guards";
import { notFoundResponse } from "@/lib/http";
import { letterPdfResponse } from "@/lib/requests/letter-response";
import { findRequestForStaff } from "@/lib/requests/queries";
import { idSchema } from "@/lib/units/schemas";

/** A letter of an application as PDF, for its unit's handlers and leaders; drafts carry “草稿”. */
export async function GET(_request: Request, { params }: { params: Promise<{ requestId: string; letterId: string }> }) {
  const ids = await params;
  const requestId = idSchema.safeParse(ids.requestId);
  const letterId = idSchema.safeParse(ids.letterId);
  const actor = await getCurrentActor();
  const found = actor && requestId.success ? await findRequestForStaff(actor, requestId.data) : null;
  const letter = found?.request.letters.find((l) => letterId.success && l.id === letterId.data);
  if (!found || !letter) return notFoundResponse();
  return letterPdfResponse({
    title: letter.title,
    body: letter.body,
    draft: letter.kind === "ANSWER" && !letter.approvedAt,
    subject: found.request.trackingCode,
  });
}
