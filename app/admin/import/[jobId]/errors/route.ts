import { getCurrentActor } from "@/lib/auth/guards";
import { contentDisposition, notFoundResponse } from "@/lib/http";
import { errorReportCsv, findImportJobForReport } from "@/lib/import/queries";

/** The error report of an import as CSV: row number, field, message and the row's original cells. */
export async function GET(_request: Request, { params }: { params: Promise<{ jobId: string }> }) {
  const actor = await getCurrentActor();
  const jobId = Number((await params).jobId);
  const job = actor && Number.isSafeInteger(jobId) && jobId > 0 ? await findImportJobForReport(actor, jobId) : null;
  if (!job) return notFoundResponse();
  const rows = errorReportCsv(job.id, job.headers);
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await rows.next();
      if (next.done) controller.close();
      else controller.enqueue(new TextEncoder().encode(next.value));
    },
  });
  const filename = `导入错误报告-${job.filename.replace(/\.[^.]+$/, "")}.csv`;
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": contentDisposition(filename, `import-errors-${job.id}.csv`),
      "Cache-Control": "private, no-store",
    },
  });
}
