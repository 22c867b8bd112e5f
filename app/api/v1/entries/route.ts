import { searchEntries } from "@/lib/search/queries";
import { searchParamsSchema } from "@/lib/search/schemas";

export const dynamic = "force-dynamic";

/** Published entries with the filters of /search; schema in /openapi.json. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const query = searchParamsSchema.parse(Object.fromEntries(url.searchParams));
  const { results, total, estimated, page, pageCount, facets } = await searchEntries(query);
  return Response.json(
    {
      total,
      estimated,
      page,
      pageCount,
      items: results.map((r) => ({
        id: r.entryId,
        indexNo: r.indexNo,
        title: r.title,
        documentNo: r.documentNo,
        unit: r.unitName,
        publishedAt: r.publishedAt?.toISOString() ?? null,
        url: `${url.origin}/entries/${r.entryId}`,
      })),
      facets,
    },
    { headers: { "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" } },
  );
}
