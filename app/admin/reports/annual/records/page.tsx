import { notFound } from "next/navigation";
import { DataTable } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { requireCapability } from "@/lib/auth/guards";
import { pageWindow } from "@/lib/pagination";
import { drillParamsSchema } from "@/lib/reports/annual-params";
import { drillLabel, parseDrillParam } from "@/lib/reports/drill";
import { loadDrilledRecords, reportUnits } from "@/lib/reports/queries";
import { APPLICANT_TYPE_LABELS, REQUEST_OUTCOME_LABELS } from "@/lib/requests/model";

export const metadata = { title: "年度报告数字核对" };

const PAGE_SIZE = 50;

/**
 * The records one computed number of the annual report counts, so a reviewer can check it against the
 * catalogue or the application register: the same filter the number was counted with (lib/reports/drill.ts).
 */
export default async function ReportRecordsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireCapability("reports.compile");
  const params = drillParamsSchema.parse(await searchParams);
  const drill = parseDrillParam(params.drill, params.year);
  const { unit } = await reportUnits(actor, params.unitId);
  if (!drill || !unit || unit.id !== params.unitId) notFound();
  const records = await loadDrilledRecords(unit, params.scope, drill);
  const total = records.kind === "entries" ? records.entries.length : records.requests.length;
  const { page, pageCount, skip } = pageWindow(total, params.page, PAGE_SIZE);
  const backHref = `/admin/reports/annual?unitId=${unit.id}&year=${params.year}&scope=${params.scope}`;
  return (
    <div className="space-y-4">
      <p className="print:hidden">
        <a href={backHref}>← 返回年度报告</a>
      </p>
      <h1 className="text-2xl font-bold">
        {unit.name}
        {params.scope === "subtree" ? "（含下级单位汇总）" : ""} {params.year} 年度报告：{drillLabel(drill)}
      </h1>
      <p>
        计入该数字的记录共 <strong>{total}</strong> 条
        {records.kind === "entries" ? "（公开目录中第二十条第（一）项下的信息，按首次公开日期排列）" : "（依申请公开登记，按收到日期排列）"}。
      </p>
      {total === 0 ? (
        <p className="rounded-lg bg-white p-5 text-slate-700 shadow-sm">没有计入该数字的记录，表中该数字为 0。</p>
      ) : records.kind === "entries" ? (
        <DataTable caption="计入该数字的信息" columns={["索引号", "标题", "公开日期", "废止日期"]}>
          {records.entries.slice(skip, skip + PAGE_SIZE).map((entry) => (
            <tr key={entry.id} className="border-t border-slate-200">
              <td className="px-3 py-2 font-mono text-sm">{entry.indexNo}</td>
              <td className="px-3 py-2">
                <a href={`/admin/entries/${entry.id}`}>{entry.title}</a>
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{entry.publishedOn}</td>
              <td className="px-3 py-2 whitespace-nowrap">{entry.repealedOn ?? "—"}</td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <DataTable caption="计入该数字的申请" columns={["查询码", "申请内容", "申请人类型", "收到日期", "办结日期", "办理结果"]}>
          {records.requests.slice(skip, skip + PAGE_SIZE).map((request) => (
            <tr key={request.id} className="border-t border-slate-200">
              <td className="px-3 py-2 font-mono text-sm">
                <a href={`/admin/requests/${request.id}`}>{request.trackingCode}</a>
              </td>
              <td className="max-w-md truncate px-3 py-2">{request.description}</td>
              <td className="px-3 py-2">{APPLICANT_TYPE_LABELS[request.applicantType]}</td>
              <td className="px-3 py-2 whitespace-nowrap">{request.receivedOn}</td>
              <td className="px-3 py-2 whitespace-nowrap">{request.concludedOn ?? "—"}</td>
              <td className="px-3 py-2">{request.outcome ? REQUEST_OUTCOME_LABELS[request.outcome] : "办理中"}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {pageCount > 1 && (
        <Pagination
          page={page}
          pageCount={pageCount}
          total={total}
          params={{ unitId: String(unit.id), year: String(params.year), scope: params.scope, drill: params.drill }}
        />
      )}
    </div>
  );
}
