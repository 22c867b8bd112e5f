import "server-only";
import { renderLetterPdf, type PrintableLetter } from "./letter-pdf";
import { contentDisposition } from "@/lib/http";

/** A letter as a PDF download; never cached, since letters carry personal data. */
export async function letterPdfResponse(letter: PrintableLetter): Promise<Response> {
  const pdf = await renderLetterPdf(letter);
  const filename = `${letter.subject}-${letter.title}.pdf`;
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(pdf.byteLength),
      "Content-Disposition": contentDisposition(filename),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
