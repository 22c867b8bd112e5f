import { formatDateTime } from "@/lib/format";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button-class";
import { inputClass } from "@/components/ui/field";
import { Options } from "@/components/ui/options";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { ENTRY_VIEW_LABELS as VIEW_LABELS, entryViewsFor, type EntryView } from "@/lib/entries/model";
import { countQueues, listCategories, listEntries, listEntryUnits, readEntryListQuery } from "@/lib/entries/queries";
import { REVISION_STATE_LABELS, REVISION_STATES } from "@/lib/review/model";
import { forbidden } from "next/navigation";
import { DataTable } from "@/components/ui/data-table";
import { ExportLinks } from "@/components/admin/export-links";

export const metadata = { title: "信息发布" };

export default async function EntriesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireUser();
  const query = readEntryListQuery(actor, await searchParams);
  if (!query) forbidden();
  const { view } = query;
  const views = entryViewsFor(actor);
  const canDraft = can(actor, "entries.draft");
  const filters = { view, q: query.q, state: query.state, unitId: query.unitId?.toString(), topicId: query.topicId?.toString() };
  const [{ rows, total, page, pageCount }, counts, units, { topics }] = await Promise.all([
    listEntries(actor, query),
    countQueues(actor),
    listEntryUnits(actor),
    listCategories(actor),
  ]);
  const count: Partial<Record<EntryView, number>> = counts;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">信息发布</h1>
        {canDraft && (
          <Link href="/admin/entries/new" className={buttonClass()}>
            起草信息
          </Link>
        )}
      </div>
      <nav aria-label="信息队列" className="flex flex-wrap gap-2 border-b border-slate-300">
        {views.map((v) => (
          <Link
            key={v}
            href={`?view=${v}`}
            aria-current={v === view ? "page" : undefined}
            className={`-mb-px border-b-2 px-3 py-2 no-underline ${v === view ? "border-brand-700 text-brand-800 font-semibold" : "border-transparent text-slate-700"}`}
          >
            {VIEW_LABELS[v]}
            {count[v] !== undefined && <span className="ml-1 rounded-full bg-slate-200 px-2 text-sm">{count[v]}</span>}
          </Link>
        ))}
      </nav>
      <form role="search" className="flex flex-wrap gap-2">
        <input type="hidden" name="view" value={view} />
        <label htmlFor="entries-q" className="sr-only">
          按标题、文号或索引号查找
        </label>
        <input id="entries-q" name="q" defaultValue={query.q} placeholder="标题、文号或索引号" className={`${inputClass} max-w-xs`} />
        <label htmlFor="entries-state" className="sr-only">
          状态
        </label>
        <select id="entries-state" name="state" defaultValue={query.state ?? ""} className={`${inputClass} max-w-40`}>
          <option value="">全部状态</option>
          {REVISION_STATES.map((s) => (
            <option key={s} value={s}>
              {REVISION_STATE_LABELS[s]}
            </option>
          ))}
        </select>
        {units.length > 1 && (
          <>
            <label htmlFor="entries-unit" className="sr-only">
              发布机构
            </label>
            <select id="entries-unit" name="unitId" defaultValue={query.unitId ?? ""} className={`${inputClass} max-w-56`}>
              <option value="">全部单位</option>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </>
        )}
        <label htmlFor="entries-topic" className="sr-only">
          主题分类
        </label>
        <select id="entries-topic" name="topicId" defaultValue={query.topicId ?? ""} className={`${inputClass} max-w-56`}>
          <option value="">全部分类</option>
          <Options items={topics} />
        </select>
        <button type="submit" className={buttonClass("secondary")}>
          筛选
        </button>
      </form>
      <ExportLinks path="/admin/entries/export" params={filters} />
      {rows.length === 0 ? (
        <p className="rounded-lg bg-white p-6 text-center shadow-sm">
          {view === "mine" ? "您没有正在处理的信息。" : view === "all" ? "没有符合条件的信息。" : "目前没有等待您处理的信息。"}
        </p>
      ) : (
        <DataTable caption={VIEW_LABELS[view]} columns={["标题", "发布机构", "状态", "更新时间"]}>
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-slate-200 align-top">
              <td className="px-3 py-2">
                <Link href={`/admin/entries/${row.entry.id}`}>{row.title}</Link>
                <div className="text-sm text-slate-600">
                  {[row.entry.indexNo, row.documentNo, row.topic.name, row.number > 1 ? `第 ${row.number} 版` : null].filter(Boolean).join(" · ")}
                </div>
                {row.state === "DRAFT" && row.returnNote && <div className="text-sm text-red-700">已退回：{row.returnNote}</div>}
              </td>
              <td className="px-3 py-2 text-sm">{row.entry.unit.name}</td>
              <td className="px-3 py-2 text-sm whitespace-nowrap">{REVISION_STATE_LABELS[row.state]}</td>
              <td className="px-3 py-2 text-sm whitespace-nowrap">{formatDateTime(row.updatedAt)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination page={page} pageCount={pageCount} total={total} params={filters} />
    </div>
  );
}
