import { publicOrigin } from "@/lib/env";
import { contentDisposition } from "@/lib/http";
import { isoDate } from "@/lib/entries/model";
import { renderCatalogueCsv } from "@/lib/search/csv";
import { exportSearch } from "@/lib/search/queries";
import { searchParamsSchema } from "@/lib/search/schemas";

export const dynamic = "force-dynamic";

/** The whole result of a search (same parameters as /search, up to EXPORT_LIMIT rows) as a CSV download. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const query = searchParamsSchema.parse(Object.fromEntries(url.searchParams));
  const csv = renderCatalogueCsv(await exportSearch(query), publicOrigin(request.headers));
  const filename = `政府信息公开目录-${isoDate(new Date())}.csv`;
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": contentDisposition(filename, "catalogue.csv"),
      "Cache-Control": "public, max-age=300",
    },
  });
}
