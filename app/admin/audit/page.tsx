import { formatDateTime } from "@/lib/format";
import { Pagination } from "@/components/ui/pagination";
import { SearchForm } from "@/components/ui/search-form";
import { ExportLinks } from "@/components/admin/export-links";
import { listAudit } from "@/lib/audit/queries";
import { auditListQuerySchema } from "@/lib/audit/schemas";
import { requireCapability } from "@/lib/auth/guards";
import { DataTable } from "@/components/ui/data-table";

export const metadata = { title: "审计日志" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireCapability("audit.read");
  const query = auditListQuerySchema.parse(await searchParams);
  const { events, total, page, pageCount } = await listAudit(actor, query);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">审计日志</h1>
      <p className="text-sm text-slate-600">审计日志只能追加，任何人都不能修改或删除。</p>
      <SearchForm id="audit-q" label="按内容、操作人或操作类型查找" placeholder="内容、操作人或操作类型" defaultValue={query.q} />
      <ExportLinks path="/admin/audit/export" params={{ q: query.q }} />
      {events.length === 0 ? (
        <p>没有符合条件的记录。</p>
      ) : (
        <DataTable caption={"审计日志"} columns={["时间", "操作人", "操作", "内容"]} small>
          {events.map((event) => (
            <tr key={String(event.id)} className="border-t border-slate-200 align-top">
              <td className="px-3 py-2 whitespace-nowrap">
                <time dateTime={event.createdAt.toISOString()}>{formatDateTime(event.createdAt)}</time>
              </td>
              <td className="px-3 py-2">{event.actorName}</td>
              <td className="px-3 py-2 font-mono">{event.action}</td>
              <td className="px-3 py-2">
                {event.summary}
                {event.reason && <span className="text-slate-600">（{event.reason}）</span>}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination page={page} pageCount={pageCount} total={total} params={{ q: query.q }} />
    </div>
  );
}
