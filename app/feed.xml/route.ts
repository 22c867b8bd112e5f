import { renderRss } from "@/lib/search/feed";
import { searchEntries } from "@/lib/search/queries";
import { searchParamsSchema } from "@/lib/search/schemas";

export const dynamic = "force-dynamic";

/** RSS of the newest public entries; the same filters as /search (e.g. /feed.xml?unitId=3). */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const query = searchParamsSchema.parse({ ...Object.fromEntries(url.searchParams), sort: "date", page: 1 });
  const { results } = await searchEntries(query);
  const xml = renderRss({
    title: "政府信息公开 - 最新公开信息",
    link: `${url.origin}/`,
    description: "政府信息公开目录中最新主动公开的信息",
    items: results.map((r) => ({
      title: r.title,
      link: `${url.origin}/entries/${r.entryId}`,
      description: r.snippet.map((p) => p.text).join(""),
      publishedAt: r.publishedAt ?? new Date(0),
      guid: r.indexNo ?? String(r.entryId),
    })),
  });
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
