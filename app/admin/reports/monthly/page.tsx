import Link from "next/link";
import type { ReactNode } from "react";
import { MonthlyChart } from "@/components/reports/monthly-chart";
import { buttonClass } from "@/components/ui/button-class";
import { inputClass } from "@/components/ui/field";
import { PrintButton } from "@/components/ui/print-button";
import { requireCapability } from "@/lib/auth/guards";
import { toChinaDate } from "@/lib/requests/dates";
import {
  CHART_MONTHS,
  describeChange,
  formatChange,
  formatYearMonth,
  formatFailedLinks,
  MONTHLY_SORT_LABELS,
  PUBLICATION_WORKING_DAYS,
  sortMonthlyRows,
  type MonthlyRow,
  type MonthlySortKey,
} from "@/lib/reports/monthly";
import { monthlyReportParamsSchema, sortLink, type MonthlyReportParams } from "@/lib/reports/monthly-params";
import { loadMonthlyReport } from "@/lib/reports/monthly-queries";

export const metadata = { title: "月度通报" };

const cell = "px-2 py-1.5 text-right tabular-nums";
const groupHeading = "border-l border-slate-300 px-2 py-1 text-center";

function query(params: MonthlyReportParams, override: Partial<MonthlyReportParams> = {}) {
  return new URLSearchParams({ ...params, ...override }).toString();
}

function SortableHeader({
  params,
  column,
  className = "",
  rowSpan,
}: {
  params: MonthlyReportParams;
  column: MonthlySortKey;
  className?: string;
  rowSpan?: number;
}) {
  const isActive = params.sort === column;
  return (
    <th
      scope="col"
      rowSpan={rowSpan}
      aria-sort={isActive ? (params.dir === "asc" ? "ascending" : "descending") : undefined}
      className={`px-2 py-1 align-bottom ${className}`}
    >
      <Link href={`?${query(params, sortLink(params, column))}`} className="text-slate-900">
        {MONTHLY_SORT_LABELS[column]}
        {isActive && <span aria-hidden="true">{params.dir === "asc" ? " ▲" : " ▼"}</span>}
      </Link>
    </th>
  );
}

function Change({ current, previous }: { current: number; previous: number }) {
  return (
    <>
      <span aria-hidden="true">{formatChange(current, previous)}</span>
      <span className="sr-only">{describeChange(current, previous)}</span>
    </>
  );
}

function Cells({ row, name }: { row: Omit<MonthlyRow, "unitId" | "unitName">; name: ReactNode }) {
  return (
    <>
      <th scope="row" className="px-2 py-1.5 text-left font-medium">
        {name}
      </th>
      <td className={cell}>{row.published}</td>
      <td className={`${cell} whitespace-nowrap`}>
        <Change current={row.published} previous={row.previous.published} />
      </td>
      <td className="px-2 py-1.5">
        <MonthlyChart history={row.history} />
      </td>
      <td className={cell}>{row.averageDays === null ? "—" : row.averageDays.toFixed(1)}</td>
      <td className={cell}>{row.maxDays ?? "—"}</td>
      <td className={`${cell} ${row.overLimit > 0 ? "font-semibold text-red-800" : ""}`}>{row.overLimit}</td>
      <td className={`${cell} border-l border-slate-200`}>
        {row.received}
        <span className="ml-1 text-xs whitespace-nowrap text-slate-600">
          （<Change current={row.received} previous={row.previous.received} />）
        </span>
      </td>
      <td className={cell}>{row.concluded}</td>
      <td className={`${cell} ${row.overdue > 0 ? "font-semibold text-red-800" : ""}`}>{row.overdue}</td>
      <td
        className={`${cell} border-l border-slate-200 ${row.failedLinks === null ? "text-slate-600" : row.failedLinks > 0 ? "font-semibold text-red-800" : ""}`}
      >
        {formatFailedLinks(row.failedLinks)}
      </td>
      <td className={cell}>{row.staleColumns}</td>
    </>
  );
}

/**
 * The monthly 通报 of the units an administrator manages: per unit what it published and how promptly, its
 * applications, and its stale columns, with the change against last month. Sortable, printable, as CSV.
 */
export default async function MonthlyReportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireCapability("units.manage");
  const params = monthlyReportParamsSchema.parse(await searchParams);
  const loaded = await loadMonthlyReport(actor, params.month, toChinaDate(new Date()));
  const title = `${formatYearMonth(params.month)}政府信息公开工作月度通报`;
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">{title}</h1>
      <div className="flex flex-wrap items-end justify-between gap-3 print:hidden">
        <form className="flex flex-wrap items-end gap-3">
          <label className="space-y-1">
            <span className="block font-medium">月份</span>
            <input name="month" type="month" required defaultValue={params.month} className={`${inputClass} w-44`} />
          </label>
          <input type="hidden" name="sort" value={params.sort} />
          <input type="hidden" name="dir" value={params.dir} />
          <button type="submit" className={buttonClass("secondary")}>
            查看
          </button>
        </form>
        {loaded && (
          <div className="flex gap-3">
            <PrintButton />
            <a href={`/admin/reports/monthly/csv?${query(params)}`} className={buttonClass("secondary")} download>
              下载 CSV
            </a>
          </div>
        )}
      </div>
      {!loaded ? (
        <p>您管理的单位中没有可通报的单位。</p>
      ) : (
        <>
          <div className="space-y-1 text-sm text-slate-700">
            <p>
              各单位只统计本单位的记录（不含下级单位），合计为各行之和。公开数量为本月首次公开的条目（已撤回的不计）；用时为自生成日期次日起至公开日期的工作日数，
              条例第二十六条要求 {PUBLICATION_WORKING_DAYS}{" "}
              个工作日内公开。办结为本月答复或终止办理的申请；逾期为本月超过期限答复的申请，以及月末仍未办结且已超过答复期限的申请。 未及时更新栏目为截至{" "}
              {loaded.asOf} 空白或超过更新周期未更新的栏目数。
            </p>
            <p>
              链接检查失败为最近一次<Link href="/admin/links">链接检查</Link>发现的错链与空链数（不随所选月份变化）；尚未检查过的单位显示为“未检查”。
            </p>
          </div>
          {loaded.uncoveredYears.length > 0 && (
            <p role="alert" className="rounded-md border border-amber-600 bg-amber-50 px-4 py-3 text-sm">
              {loaded.uncoveredYears.join("、")} 年的节假日安排尚未录入，法定节假日被当作工作日计算，用时可能偏长。请系统管理员在“节假日安排”中录入。
            </p>
          )}
          <div className="overflow-x-auto rounded-lg bg-white shadow-sm print:overflow-visible print:shadow-none">
            <table className="w-full text-sm">
              <caption className="sr-only">{title}，各单位一行，末行为合计</caption>
              <thead className="bg-slate-100">
                <tr>
                  <SortableHeader params={params} column="unit" rowSpan={2} className="text-left" />
                  <th scope="colgroup" colSpan={6} className={groupHeading}>
                    主动公开
                  </th>
                  <th scope="colgroup" colSpan={3} className={groupHeading}>
                    依申请公开
                  </th>
                  <th scope="colgroup" colSpan={2} className={groupHeading}>
                    网站
                  </th>
                </tr>
                <tr className="text-right">
                  <SortableHeader params={params} column="published" />
                  <SortableHeader params={params} column="change" />
                  <th scope="col" className="px-2 py-1 text-left align-bottom">
                    近{CHART_MONTHS}个月
                  </th>
                  <SortableHeader params={params} column="averageDays" />
                  <SortableHeader params={params} column="maxDays" />
                  <SortableHeader params={params} column="overLimit" />
                  <SortableHeader params={params} column="received" className="border-l border-slate-300" />
                  <SortableHeader params={params} column="concluded" />
                  <SortableHeader params={params} column="overdue" />
                  <th scope="col" className="border-l border-slate-300 px-2 py-1 align-bottom">
                    链接检查失败
                  </th>
                  <SortableHeader params={params} column="staleColumns" />
                </tr>
              </thead>
              <tbody>
                {sortMonthlyRows(loaded.report.rows, params.sort, params.dir).map((row) => (
                  <tr key={row.unitId} className="border-t border-slate-200">
                    <Cells row={row} name={row.unitName} />
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr className="border-t-2 border-slate-400 font-semibold">
                  <Cells row={loaded.report.total} name="合计" />
                </tr>
              </tfoot>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
