import type { Metadata } from "next";
import { EntryList } from "@/components/public/entry-list";
import { Pagination } from "@/components/ui/pagination";
import { searchEntries } from "@/lib/search/queries";
import { searchParamsSchema } from "@/lib/search/schemas";
import { findReportsTopic } from "@/lib/site/queries";

export const metadata: Metadata = { title: "政府信息公开工作年度报告" };

/** 政府信息公开工作年度报告 of every unit, newest first (the catalogue entries filed under 政府信息公开年报). */
export default async function ReportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { page: requested, year } = searchParamsSchema.parse(await searchParams);
  const topic = await findReportsTopic();
  const all = topic ? await searchEntries({ topicId: topic.id, sort: "date", page: year ? 1 : requested }) : null;
  const reports = topic && year ? await searchEntries({ topicId: topic.id, year, sort: "date", page: requested }) : all;
  const years = (all?.facets.years ?? []).map((f) => Number(f.key)).sort((a, b) => b - a);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">政府信息公开工作年度报告</h1>
      <p className="text-lg leading-relaxed">
        各行政机关每年 1 月 31
        日前公布本机关上一年度政府信息公开工作年度报告（《政府信息公开条例》第四十九条），内容包括主动公开、依申请公开、行政复议和行政诉讼等情况。
      </p>
      {years.length > 1 && (
        <nav aria-label="按年份" className="flex flex-wrap gap-3">
          <a href="/reports" aria-current={year ? undefined : "page"}>
            全部
          </a>
          {years.map((y) => (
            <a key={y} href={`/reports?year=${y}`} aria-current={y === year ? "page" : undefined}>
              {y} 年发布
            </a>
          ))}
        </nav>
      )}
      <EntryList items={reports?.results ?? []} empty="暂无已发布的年度报告。" />
      {reports && reports.pageCount > 1 && (
        <Pagination
          page={reports.page}
          pageCount={reports.pageCount}
          total={reports.total}
          estimated={reports.estimated}
          params={{ year: year ? String(year) : undefined }}
        />
      )}
    </div>
  );
}
