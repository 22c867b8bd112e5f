import Link from "next/link";
import { notFound } from "next/navigation";
import { LetterText } from "@/components/requests/letter-text";
import { PrintButton } from "@/components/ui/print-button";
import { requireUser } from "@/lib/auth/guards";
import { findRequestForStaff } from "@/lib/requests/queries";
import { idSchema } from "@/lib/units/schemas";

export const metadata = { title: "打印文书" };

/** One letter laid out for A4 paper, and its PDF file. */
export default async function LetterPrintPage({ params }: { params: Promise<{ requestId: string; letterId: string }> }) {
  const actor = await requireUser();
  const ids = await params;
  const requestId = idSchema.safeParse(ids.requestId);
  const letterId = idSchema.safeParse(ids.letterId);
  const found = requestId.success ? await findRequestForStaff(actor, requestId.data) : null;
  const letter = found?.request.letters.find((l) => letterId.success && l.id === letterId.data);
  if (!found || !letter) notFound();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p className="flex justify-between print:hidden">
        <Link href={`/admin/requests/${found.request.id}`}>← {found.request.trackingCode}</Link>
        <span className="flex gap-4">
          <a href={`/admin/requests/${found.request.id}/letters/${letter.id}/pdf`} download>
            下载 PDF
          </a>
          <PrintButton />
        </span>
      </p>
      {!letter.approvedAt && letter.kind === "ANSWER" && (
        <p role="note" className="rounded-md border border-amber-600 bg-amber-50 px-4 py-2 text-amber-900">
          草稿：尚未审批，不得送达申请人。
        </p>
      )}
      <article className="space-y-4 bg-white p-10 text-lg leading-loose shadow-sm print:p-0 print:shadow-none">
        <h1 className="text-center text-2xl font-bold">{letter.title}</h1>
        <LetterText body={letter.body} />
      </article>
    </div>
  );
}
