import { publicOrigin } from "@/lib/env";
import { renderAtom } from "@/lib/search/feed";
import { catalogueFeed } from "@/lib/search/feed-source";

export const dynamic = "force-dynamic";

/** Atom of the newest public entries; the same filters as /search (e.g. /feed.atom?topicId=12). */
export async function GET(request: Request) {
  const feed = await catalogueFeed(new URL(request.url), publicOrigin(request.headers));
  return new Response(renderAtom(feed), { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
