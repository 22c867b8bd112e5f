import { notFoundResponse } from "@/lib/http";
import { letterPdfResponse } from "@/lib/requests/letter-response";
import { findApplicantView } from "@/lib/requests/queries";
import { provenTrackingCode } from "@/lib/requests/tracking-cookie";
import { idSchema } from "@/lib/units/schemas";

/** A letter the applicant may see (a notice, or an approved answer) as PDF, while the status page is open to them. */
export async function GET(_request: Request, { params }: { params: Promise<{ code: string; letterId: string }> }) {
  const { code, letterId } = await params;
  const id = idSchema.safeParse(letterId);
  if ((await provenTrackingCode()) !== code || !id.success) return notFoundResponse();
  const letter = (await findApplicantView(code))?.letters.find((l) => l.id === id.data);
  if (!letter) return notFoundResponse();
  return letterPdfResponse({ title: letter.title, body: letter.body, draft: false, subject: code });
}
