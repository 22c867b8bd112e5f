import { publicOrigin } from "@/lib/env";
import { renderRss } from "@/lib/search/feed";
import { catalogueFeed } from "@/lib/search/feed-source";

export const dynamic = "force-dynamic";

/** RSS of the newest public entries; the same filters as /search (e.g. /feed.xml?unitId=3). */
export async function GET(request: Request) {
  const feed = await catalogueFeed(new URL(request.url), publicOrigin(request.headers));
  return new Response(renderRss(feed), { headers: { "Content-Type": "application/rss+xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
