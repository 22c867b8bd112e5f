import { formatCount } from "@/lib/format";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EntryList } from "@/components/public/entry-list";
import { sanitizeBody } from "@/lib/entries/sanitize";
import { facetLabels, searchEntries } from "@/lib/search/queries";
import { findUnitPage } from "@/lib/site/queries";
import { idSchema } from "@/lib/units/schemas";

async function load(params: Promise<{ unitId: string }>) {
  const id = idSchema.safeParse((await params).unitId);
  return id.success ? findUnitPage(id.data) : null;
}

export async function generateMetadata({ params }: { params: Promise<{ unitId: string }> }): Promise<Metadata> {
  const page = await load(params);
  return { title: page ? `${page.unit.name} 政府信息公开` : "单位不存在" };
}

/** A unit's disclosure column: its 公开指南, its catalogue by topic, the newest entries and its sub-units. */
export default async function UnitPage({ params }: { params: Promise<{ unitId: string }> }) {
  const page = await load(params);
  if (!page) notFound();
  const { unit, trail, guide, guideUnit } = page;
  const catalogue = await searchEntries({ unitId: unit.id, sort: "date", page: 1 });
  const labels = await facetLabels(
    [],
    catalogue.facets.topics.map((f) => Number(f.key)),
  );
  const contact = guide
    ? [
        ["工作机构", guide.officeName],
        ["办公地址", guide.officeAddress],
        ["办公时间", guide.officeHours],
        ["联系电话", guide.phone],
        ["传真", guide.fax],
        ["电子邮箱", guide.email],
        ["邮政编码", guide.postalCode],
      ].filter(([, value]) => value)
    : [];
  return (
    <div className="space-y-8">
      <nav aria-label="位置" className="text-sm">
        <ol className="flex flex-wrap gap-1">
          <li>
            <Link href="/">首页</Link> ›
          </li>
          {trail.map((t) => (
            <li key={t.id}>
              {t.id === unit.id ? (
                <span aria-current="page">{t.name}</span>
              ) : (
                <>
                  <Link href={`/units/${t.id}`}>{t.name}</Link> ›
                </>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <h1 className="text-3xl font-bold">{unit.name}</h1>

      <section aria-labelledby="guide-heading" id="guide" className="space-y-3 rounded-lg bg-white p-5 shadow-sm">
        <h2 id="guide-heading" className="text-2xl font-bold">
          政府信息公开指南
        </h2>
        {!guide ? (
          <p>
            本单位的政府信息公开指南正在编制中。如需申请公开政府信息，请参阅 <Link href="/apply">依申请公开</Link>。
          </p>
        ) : (
          <>
            {guideUnit && (
              <p className="text-slate-700">
                本单位适用 <Link href={`/units/${guideUnit.id}`}>{guideUnit.name}</Link> 的政府信息公开指南。
              </p>
            )}
            <div className="entry-body text-lg" dangerouslySetInnerHTML={{ __html: sanitizeBody(guide.bodyHtml) }} />
            {contact.length > 0 && (
              <table className="w-full max-w-2xl text-left">
                <caption className="mb-2 text-left font-semibold">政府信息公开工作机构</caption>
                <tbody>
                  {contact.map(([label, value]) => (
                    <tr key={label} className="border-t border-slate-200">
                      <th scope="row" className="w-28 py-2 pr-4 font-medium whitespace-nowrap text-slate-700">
                        {label}
                      </th>
                      <td className="py-2">{value}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </section>

      <div className="grid gap-8 md:grid-cols-3">
        <section aria-labelledby="latest-heading" className="space-y-3 md:col-span-2">
          <h2 id="latest-heading" className="text-2xl font-bold">
            最新公开
          </h2>
          <EntryList items={catalogue.results.slice(0, 10)} empty="本单位暂无主动公开的信息。" />
          <p className="flex flex-wrap gap-x-4">
            <Link href={`/search?unitId=${unit.id}&sort=date`}>查看本单位全部 {formatCount(catalogue.total)} 条公开信息</Link>
            <a href={`/feed.xml?unitId=${unit.id}`}>RSS 订阅</a>
            <a href={`/feed.atom?unitId=${unit.id}`}>Atom 订阅</a>
          </p>
        </section>
        <div className="space-y-6">
          <section aria-labelledby="catalogue-heading" className="space-y-2">
            <h2 id="catalogue-heading" className="text-xl font-bold">
              公开目录
            </h2>
            {catalogue.facets.topics.length === 0 ? (
              <p>暂无。</p>
            ) : (
              <ul className="space-y-1">
                {catalogue.facets.topics.map((f) => (
                  <li key={String(f.key)}>
                    <Link href={`/search?unitId=${unit.id}&topicId=${f.key}`}>{labels.category.get(Number(f.key))}</Link>{" "}
                    <span className="text-sm text-slate-600">({formatCount(f.count)})</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {unit.children.length > 0 && (
            <section aria-labelledby="children-heading" className="space-y-2">
              <h2 id="children-heading" className="text-xl font-bold">
                下级单位
              </h2>
              <ul className="space-y-1">
                {unit.children.map((c) => (
                  <li key={c.id}>
                    <Link href={`/units/${c.id}`}>{c.name}</Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
