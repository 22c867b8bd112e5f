import Link from "next/link";
import { z } from "zod";
import { SubmitButton } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { requireCapability } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format";
import { loadLinkCheckOverview } from "@/lib/safeguards/link-queries";
import { runLinkCheckAction } from "./actions";

export const metadata = { title: "链接检查" };

const querySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  done: z.literal("1").optional().catch(undefined),
});

const STATUS_LABEL = { BROKEN: "错链", EMPTY: "空链", OK: "正常", UNCHECKED: "未检查" } as const;

/** Link checking of published entries: per unit the 错链/空链/未检查 of the latest run, and the faulty links. */
export default async function LinksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireCapability("units.manage");
  const query = querySchema.parse(await searchParams);
  const { run, units, failures, total, page, pageCount } = await loadLinkCheckOverview(actor, query.page);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">链接检查</h1>
      <p className="text-sm text-slate-700">
        检查已公开条目正文中的链接：站内链接的目标须存在且已公开，否则为错链；没有地址或没有文字的链接为空链。
        {run?.external ? "外部链接已逐一访问。" : "外部链接未联网检查，记为未检查。"}每天自动检查一次，结果计入月度通报的“链接检查失败”。
      </p>
      {query.done && (
        <p role="status" className="rounded-md border border-green-700 bg-green-50 px-4 py-2 text-sm">
          检查已完成。
        </p>
      )}
      <div className="flex flex-wrap items-center gap-4">
        <p>
          {run?.finishedAt ? `最近一次检查：${formatDateTime(run.finishedAt)}，${run.entriesChecked} 个条目，${run.linksChecked} 个链接。` : "尚未检查过。"}
        </p>
        <form action={runLinkCheckAction}>
          <SubmitButton pendingText="正在检查…">立即检查</SubmitButton>
        </form>
      </div>
      <h2 className="text-lg font-semibold">各单位</h2>
      <DataTable caption="各单位链接检查结果" columns={["单位", "错链", "空链", "未检查"]} small>
        {units.map((unit) => (
          <tr key={unit.id} className="border-t border-slate-200">
            <th scope="row" className="px-3 py-2 text-left font-medium">
              {unit.name}
            </th>
            {unit.counts ? (
              <>
                <td className={`px-3 py-2 tabular-nums ${unit.counts.broken > 0 ? "font-semibold text-red-800" : ""}`}>{unit.counts.broken}</td>
                <td className={`px-3 py-2 tabular-nums ${unit.counts.empty > 0 ? "font-semibold text-red-800" : ""}`}>{unit.counts.empty}</td>
                <td className="px-3 py-2 tabular-nums">{unit.counts.unchecked}</td>
              </>
            ) : (
              <td colSpan={3} className="px-3 py-2 text-slate-600">
                尚未检查
              </td>
            )}
          </tr>
        ))}
      </DataTable>
      <h2 className="text-lg font-semibold">错链与空链</h2>
      {failures.length === 0 ? (
        <p>没有发现错链或空链。</p>
      ) : (
        <DataTable caption="错链与空链" columns={["单位", "条目", "链接文字", "地址", "问题"]} small>
          {failures.map((link) => (
            <tr key={link.id} className="border-t border-slate-200 align-top">
              <td className="px-3 py-2">{link.unitName}</td>
              <td className="px-3 py-2">
                <Link href={`/admin/entries/${link.entryId}`}>{link.entryTitle}</Link>
              </td>
              <td className="px-3 py-2">{link.text || <span className="text-slate-600">（无文字）</span>}</td>
              <td className="px-3 py-2 break-all">{link.url || <span className="text-slate-600">（无地址）</span>}</td>
              <td className="px-3 py-2">
                {STATUS_LABEL[link.status]}
                {link.detail && <span className="text-slate-600">：{link.detail}</span>}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination page={page} pageCount={pageCount} total={total} params={{}} />
    </div>
  );
}
