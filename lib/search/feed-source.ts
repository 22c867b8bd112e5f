import "server-only";
import type { Feed } from "./feed";
import { facetLabels, searchEntries } from "./queries";
import { searchParamsSchema } from "./schemas";

/**
 * The newest 20 public entries for a feed address, with the same filters as /search
 * (e.g. /feed.xml?unitId=3, /feed.atom?topicId=12&q=预算); the title names the unit or category.
 */
export async function catalogueFeed(url: URL, origin: string): Promise<Feed> {
  const query = searchParamsSchema.parse({ ...Object.fromEntries(url.searchParams), sort: "date", page: 1 });
  const [{ results }, labels] = await Promise.all([
    searchEntries(query),
    facetLabels(
      query.unitId ? [query.unitId] : [],
      [query.topicId, query.genreId].filter((id) => id !== undefined),
    ),
  ]);
  const scope = [
    query.unitId && labels.unit.get(query.unitId),
    query.topicId && labels.category.get(query.topicId),
    query.genreId && labels.category.get(query.genreId),
    query.q && `“${query.q}”`,
  ].filter(Boolean);
  const page = new URLSearchParams(url.searchParams);
  page.set("sort", "date");
  return {
    title: `${scope.length ? `${scope.join(" · ")} - ` : ""}政府信息公开最新信息`,
    link: scope.length ? `${origin}/search?${page.toString()}` : `${origin}/`,
    self: `${origin}${url.pathname}${url.search}`,
    description: "政府信息公开目录中最新主动公开的信息",
    items: results.map((r) => ({
      title: r.title,
      link: `${origin}/entries/${r.entryId}`,
      description: r.snippet.map((p) => p.text).join(""),
      publishedAt: r.publishedAt ?? new Date(0),
      guid: r.indexNo ?? String(r.entryId),
    })),
  };
}
