import { formatCount } from "@/lib/format";
import Link from "next/link";
import { EntryList } from "@/components/public/entry-list";
import { facetLabels, searchEntries } from "@/lib/search/queries";
import { listPublicUnits } from "@/lib/units/public-queries";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [units, latest] = await Promise.all([listPublicUnits(), searchEntries({ sort: "date", page: 1 })]);
  const unitCounts = new Map(latest.facets.units.map((f) => [Number(f.key), f.count]));
  const labels = await facetLabels(
    [],
    latest.facets.topics.map((f) => Number(f.key)),
  );
  return (
    <div className="space-y-8">
      <section className="space-y-3">
        <h1 className="text-3xl font-bold">政府信息公开</h1>
        <p className="text-lg leading-relaxed">根据《中华人民共和国政府信息公开条例》，本平台集中发布本区各单位主动公开的政府信息，并受理政府信息公开申请。</p>
        <form role="search" action="/search" className="flex max-w-xl gap-2">
          <label htmlFor="home-q" className="sr-only">
            检索政府信息
          </label>
          <input
            id="home-q"
            name="q"
            type="search"
            placeholder="输入检索词、文号或索引号"
            className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-lg"
          />
          <button type="submit" className="bg-brand-700 rounded-md px-5 py-2 text-lg text-white">
            检索
          </button>
        </form>
      </section>

      <div className="grid gap-8 md:grid-cols-3">
        <section aria-labelledby="latest-heading" className="space-y-3 md:col-span-2">
          <h2 id="latest-heading" className="text-2xl font-bold">
            最新公开
          </h2>
          <EntryList items={latest.results.slice(0, 12)} />
          <p>
            <Link href="/search?sort=date">查看全部 {formatCount(latest.total)} 条公开信息</Link>
          </p>
        </section>

        <div className="space-y-6">
          <nav aria-labelledby="column-heading" className="space-y-2 rounded-lg bg-white p-4 shadow-sm">
            <h2 id="column-heading" className="text-xl font-bold">
              政府信息公开专栏
            </h2>
            <ul className="space-y-1 text-lg">
              <li>
                <Link href="/guide">政府信息公开指南</Link>
              </li>
              <li>
                <Link href="/search?sort=date">法定主动公开内容</Link>
              </li>
              <li>
                <Link href="/reports">政府信息公开年报</Link>
              </li>
              <li>
                <Link href="/apply">依申请公开</Link>
              </li>
            </ul>
          </nav>
          <section aria-labelledby="topics-heading" className="space-y-2">
            <h2 id="topics-heading" className="text-xl font-bold">
              按主题浏览
            </h2>
            <ul className="space-y-1">
              {latest.facets.topics.slice(0, 15).map((f) => (
                <li key={String(f.key)}>
                  <Link href={`/search?topicId=${f.key}`}>{labels.category.get(Number(f.key))}</Link>{" "}
                  <span className="text-sm text-slate-600">({formatCount(f.count)})</span>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="units-heading" className="space-y-2">
            <h2 id="units-heading" className="text-xl font-bold">
              按发布机构浏览
            </h2>
            <ul className="space-y-1">
              {units.map(({ item, depth }) => (
                <li key={item.id} style={{ paddingInlineStart: `${depth * 1.25}rem` }}>
                  <Link href={`/units/${item.id}`}>{item.name}</Link> <span className="text-sm text-slate-600">({unitCounts.get(item.id) ?? 0})</span>
                </li>
              ))}
            </ul>
          </section>
        </div>
      </div>
    </div>
  );
}
