import { cookies } from "next/headers";
import { getAuthSecret } from "@/lib/env";
import { letterPdfResponse, notFoundResponse } from "@/lib/requests/letter-response";
import { findApplicantView } from "@/lib/requests/queries";
import { TRACKING_COOKIE, verifyTrackingToken } from "@/lib/requests/tracking-token";
import { idSchema } from "@/lib/units/schemas";

/** A letter the applicant may see (a notice, or an approved answer) as PDF, while the status page is open to them. */
export async function GET(_request: Request, { params }: { params: Promise<{ code: string; letterId: string }> }) {
  const { code, letterId } = await params;
  const id = idSchema.safeParse(letterId);
  if (verifyTrackingToken((await cookies()).get(TRACKING_COOKIE)?.value, getAuthSecret()) !== code || !id.success) return notFoundResponse();
  const letter = (await findApplicantView(code))?.letters.find((l) => l.id === id.data);
  if (!letter) return notFoundResponse();
  return letterPdfResponse({ title: letter.title, body: letter.body, draft: false, subject: code });
}
