import Link from "next/link";
import { forbidden } from "next/navigation";
import { buttonClass } from "@/components/ui/button-class";
import { DataTable } from "@/components/ui/data-table";
import { inputClass } from "@/components/ui/field";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { formatDate, formatDateTime } from "@/lib/format";
import { ExportLinks } from "@/components/admin/export-links";
import { REQUEST_CHANNEL_LABELS, REQUEST_STATE_LABELS, REQUEST_STATES } from "@/lib/requests/model";
import { listRequests, readRequestListQuery } from "@/lib/requests/queries";

export const metadata = { title: "依申请公开" };

const STATUS_CLASS = { ok: "text-slate-800", dueSoon: "font-semibold text-amber-800", overdue: "font-bold text-red-700", paused: "text-slate-600" } as const;

/** The handlers' dashboard: open applications, most urgent first, with working days left; overdue in red. */
export default async function RequestsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireUser();
  const query = readRequestListQuery(actor, await searchParams);
  if (!query) forbidden();
  const canHandle = can(actor, "requests.handle");
  const { items, total, page, pageCount } = await listRequests(actor, query);
  const filters = { state: query.state, all: query.all, q: query.q };
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">依申请公开</h1>
        {canHandle && (
          <Link href="/admin/requests/new" className={buttonClass()}>
            登记书面申请
          </Link>
        )}
      </div>
      <form role="search" className="flex flex-wrap items-center gap-2">
        <label htmlFor="requests-q" className="sr-only">
          按查询码、申请人或内容查找
        </label>
        <input id="requests-q" name="q" defaultValue={query.q} placeholder="查询码、申请人或内容" className={`${inputClass} max-w-xs`} />
        <label htmlFor="requests-state" className="sr-only">
          状态
        </label>
        <select id="requests-state" name="state" defaultValue={query.state ?? ""} className={`${inputClass} max-w-40`}>
          <option value="">全部状态</option>
          {REQUEST_STATES.map((s) => (
            <option key={s} value={s}>
              {REQUEST_STATE_LABELS[s]}
            </option>
          ))}
        </select>
        <label className="flex items-center gap-1">
          <input type="checkbox" name="all" value="1" defaultChecked={Boolean(query.all)} /> 含已办结
        </label>
        <button type="submit" className={buttonClass("secondary")}>
          筛选
        </button>
      </form>
      <ExportLinks path="/admin/requests/export" params={filters} />
      {items.length === 0 ? (
        <p className="rounded-lg bg-white p-6 shadow-sm">{query.all || query.state || query.q ? "没有符合条件的申请。" : "目前没有待办的申请。"}</p>
      ) : (
        <DataTable caption="政府信息公开申请" columns={["查询码", "申请人", "所需信息", "受理机关", "收到日期", "答复期限", "状态"]}>
          {items.map((r) => (
            <tr key={r.id} className="border-t border-slate-200 align-top">
              <td className="px-3 py-2 font-mono whitespace-nowrap">
                <Link href={`/admin/requests/${r.id}`}>{r.trackingCode}</Link>
              </td>
              <td className="px-3 py-2">{r.applicantName}</td>
              <td className="max-w-xs px-3 py-2">
                <span className="line-clamp-2">{r.description}</span>
              </td>
              <td className="px-3 py-2">{r.unit.name}</td>
              <td className="px-3 py-2 whitespace-nowrap">
                {r.receivedOn ? formatDate(r.receivedOn) : <span className="text-amber-800">待确认（{formatDateTime(r.submittedAt)} 提交）</span>}
                <br />
                <span className="text-sm text-slate-600">{REQUEST_CHANNEL_LABELS[r.channel]}</span>
              </td>
              <td className="px-3 py-2 whitespace-nowrap">
                {r.dueOn ? formatDate(r.dueOn) : "—"}
                {r.assessment && (
                  <>
                    <br />
                    <span className={STATUS_CLASS[r.assessment.status]}>{r.assessment.label}</span>
                  </>
                )}
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{REQUEST_STATE_LABELS[r.state]}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination page={page} pageCount={pageCount} total={total} params={filters} />
    </div>
  );
}
