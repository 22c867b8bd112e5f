import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { buttonClass } from "@/components/ui/button-class";
import { inputClass } from "@/components/ui/field";
import { Pagination } from "@/components/ui/pagination";
import { VALIDITY_LABELS } from "@/lib/entries/model";
import { formatCount, formatDate } from "@/lib/format";
import { facetLabelIds, type FacetCount } from "@/lib/search/counting";
import { EXPORT_LIMIT, facetLabels, findExactEntry, MAX_PAGES, SEARCH_PAGE_SIZE, searchEntries } from "@/lib/search/queries";
import { searchParamsSchema, type SearchQuery } from "@/lib/search/schemas";

export const metadata: Metadata = { title: "信息检索" };

interface FacetGroup {
  name: string;
  param: keyof SearchQuery;
  items: { key: string | number; label: string; count: number }[];
  /** The name of the value chosen in the URL, if one is. */
  chosen: string | undefined;
}

function facetGroup<K extends string | number>(
  name: string,
  param: keyof SearchQuery,
  counts: FacetCount<K>[],
  label: (key: K) => string,
  chosen: K | undefined,
): FacetGroup {
  return {
    name,
    param,
    items: counts.map((f) => ({ key: f.key, label: label(f.key), count: f.count })),
    chosen: chosen === undefined ? undefined : label(chosen),
  };
}

/** URL of this page with some parameters changed (facet links; all state stays in the URL). */
function hrefWith(query: SearchQuery, changes: Partial<Record<keyof SearchQuery, string | number | undefined>>) {
  const merged: Record<string, string | number | undefined> = { ...query, page: undefined, ...changes };
  const params = new URLSearchParams(
    Object.entries(merged)
      .filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== "" && !(e[0] === "sort" && e[1] === "relevance"))
      .map(([k, v]) => [k, String(v)]),
  );
  return `/search?${params.toString()}`;
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = searchParamsSchema.parse(await searchParams);
  if (query.q && query.page === 1) {
    const exact = await findExactEntry(query.q);
    if (exact) redirect(`/entries/${exact}`);
  }
  const { results, total, estimated, page, pageCount, facets } = await searchEntries(query);
  const labels = await facetLabels(...facetLabelIds(facets, query));
  const unitName = (key: number) => labels.unit.get(key) ?? String(key);
  const categoryName = (key: number) => labels.category.get(key) ?? String(key);
  const allGroups: FacetGroup[] = [
    facetGroup("发布机构", "unitId", facets.units, unitName, query.unitId),
    facetGroup("主题分类", "topicId", facets.topics, categoryName, query.topicId),
    facetGroup("体裁", "genreId", facets.genres, categoryName, query.genreId),
    facetGroup("年份", "year", facets.years, (key) => `${key} 年`, query.year),
    facetGroup("有效性", "validity", facets.validity, (key) => VALIDITY_LABELS[key as keyof typeof VALIDITY_LABELS] ?? key, query.validity),
  ];
  const groups = allGroups.filter((g) => g.items.length > 0);
  // The filters in force, each with a link that drops it: on a phone the filter lists are below the results.
  const chosen = allGroups.filter((g) => g.chosen !== undefined);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">信息检索</h1>
      <form role="search" action="/search" className="flex flex-wrap gap-2">
        <label htmlFor="search-q" className="sr-only">
          检索词、文号或索引号
        </label>
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={query.q}
          placeholder="输入检索词、文号或索引号"
          className={`${inputClass} max-w-xl text-lg`}
        />
        <button type="submit" className={buttonClass()}>
          检索
        </button>
      </form>
      <div className="flex flex-col gap-6 md:flex-row">
        <section aria-labelledby="results-heading" className="min-w-0 flex-1 space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="results-heading" className="text-lg font-semibold">
              {query.q ? `“${query.q}”的检索结果` : "全部公开信息"}：共 {formatCount(total, estimated)} 条
            </h2>
            {query.q && (
              <p className="text-sm">
                排序：
                {query.sort === "date" ? <Link href={hrefWith(query, { sort: "relevance" })}>按相关度</Link> : <strong>按相关度</strong>} ·{" "}
                {query.sort === "date" ? <strong>按日期</strong> : <Link href={hrefWith(query, { sort: "date" })}>按日期</Link>}
              </p>
            )}
          </div>
          {chosen.length > 0 && (
            <ul aria-label="已选筛选条件" className="flex flex-wrap gap-2 text-sm">
              {chosen.map((c) => (
                <li key={c.param} className="rounded-full border border-slate-400 bg-white px-3 py-1">
                  {c.name}：{c.chosen}{" "}
                  <Link href={hrefWith(query, { [c.param]: undefined })} aria-label={`取消筛选：${c.name} ${c.chosen}`}>
                    取消
                  </Link>
                </li>
              ))}
            </ul>
          )}
          {groups.length > 0 && (
            // Results come first in the page, so a phone shows them on its first screen; the filters follow them there.
            <p className="text-sm md:hidden">
              <a href="#facets">按发布机构、主题分类、年份等筛选</a>
            </p>
          )}
          {(estimated || total > MAX_PAGES * SEARCH_PAGE_SIZE) && (
            <p className="text-sm text-slate-700">
              {estimated && "结果很多，数量为估算值；选择筛选条件后显示精确数量。"}
              {total > MAX_PAGES * SEARCH_PAGE_SIZE && `最多显示前 ${formatCount(MAX_PAGES * SEARCH_PAGE_SIZE)} 条，请换用更具体的检索词或选择筛选条件。`}
            </p>
          )}
          {results.length === 0 ? (
            <p className="rounded-lg bg-white p-6 shadow-sm">没有找到符合条件的信息。可以换一个检索词，或去掉部分筛选条件。</p>
          ) : (
            <ol aria-label="检索结果" className="space-y-3">
              {results.map((r) => (
                <li key={r.entryId} className="rounded-lg bg-white p-4 shadow-sm">
                  <Link href={`/entries/${r.entryId}`} className="text-lg font-medium">
                    {r.title}
                  </Link>
                  <p className="mt-1 text-slate-700">
                    {r.snippet.map((part, i) =>
                      part.hit ? (
                        <mark key={i} className="bg-amber-200 text-inherit">
                          {part.text}
                        </mark>
                      ) : (
                        <span key={i}>{part.text}</span>
                      ),
                    )}
                  </p>
                  <p className="mt-1 text-sm text-slate-600">
                    {[r.unitName, r.documentNo, r.indexNo, r.publishedAt ? formatDate(r.publishedAt) : null].filter(Boolean).join(" · ")}
                  </p>
                </li>
              ))}
            </ol>
          )}
          <Pagination
            page={page}
            pageCount={pageCount}
            total={total}
            estimated={estimated}
            params={Object.fromEntries(new URLSearchParams(hrefWith(query, {}).split("?")[1]))}
          />
          {total > 0 && (
            <p className="flex flex-wrap gap-x-4 text-sm">
              <a href={hrefWith(query, {}).replace("/search", "/search.csv")} download>
                导出本次检索结果（CSV{total > EXPORT_LIMIT ? `，前 ${EXPORT_LIMIT} 条` : ""}）
              </a>
              <a href={hrefWith(query, { sort: undefined }).replace("/search", "/feed.xml")}>RSS 订阅本检索</a>
              <a href={hrefWith(query, { sort: undefined }).replace("/search", "/feed.atom")}>Atom 订阅本检索</a>
            </p>
          )}
        </section>
        <aside id="facets" aria-label="筛选" className="space-y-4 md:order-first md:w-60 md:shrink-0">
          {groups.map((group) => (
            <section key={group.param} aria-labelledby={`facet-${group.param}`}>
              <h2 id={`facet-${group.param}`} className="font-semibold">
                {group.name}
                {group.chosen !== undefined && (
                  <Link href={hrefWith(query, { [group.param]: undefined })} className="ml-2 text-sm font-normal">
                    （全部）
                  </Link>
                )}
              </h2>
              <ul className="mt-1 space-y-1 text-sm">
                {group.items.slice(0, 12).map((item) => (
                  <li key={String(item.key)}>
                    <Link
                      href={hrefWith(query, { [group.param]: item.key })}
                      aria-current={String(query[group.param]) === String(item.key) ? "true" : undefined}
                      className="aria-[current=true]:font-bold"
                    >
                      {item.label}
                    </Link>{" "}
                    <span className="text-slate-600">({formatCount(item.count, estimated)})</span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </aside>
      </div>
    </div>
  );
}
