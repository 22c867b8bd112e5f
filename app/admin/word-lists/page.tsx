import { z } from "zod";
import { TextFieldsForm } from "@/components/admin/text-fields-form";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { DataTable } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { requireCapability } from "@/lib/auth/guards";
import { formatDate } from "@/lib/format";
import { WATCH_WORD_KIND_LABELS } from "@/lib/safeguards/watch-word-schemas";
import { listWatchWords } from "@/lib/safeguards/watch-words";
import { DEFAULT_WRONG_EXPRESSIONS } from "@/lib/safeguards/word-lists";
import { addWatchWordAction, removeWatchWordAction } from "./actions";

export const metadata = { title: "预检词表" };

const querySchema = z.object({ page: z.coerce.number().int().min(1).catch(1).default(1) });

/** 敏感词 and 错误表述 the confidentiality pre-check flags, beside its built-in rules (lib/safeguards). */
export default async function WordListsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireCapability("units.manage");
  const { page } = querySchema.parse(await searchParams);
  const list = await listWatchWords(actor, page);
  const scopes: Record<string, string> = Object.fromEntries([
    ...(list.allowSystemWide ? [["system", "全系统"] as const] : []),
    ...list.units.map((u) => [String(u.id), u.name] as const),
  ]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">预检词表</h1>
      <p className="text-slate-700">
        信息提交审查时，保密预检除查找密级标志和个人信息外，还查找这里的词语：敏感词提示审查员核实，错误表述同时给出正确写法。单位的词表适用于本单位及下级单位，全系统的词表适用于所有单位。修改只影响此后提交或修改的信息。
      </p>
      <section aria-labelledby="add-heading" className="space-y-3 rounded-lg bg-white p-5 shadow-sm">
        <h2 id="add-heading" className="text-lg font-semibold">
          添加词语
        </h2>
        <TextFieldsForm
          action={addWatchWordAction}
          initial={{ scope: list.units.length === 1 ? String(list.units[0]!.id) : "", kind: "SENSITIVE" }}
          submitLabel="添加"
          fields={[
            { name: "scope", label: "适用范围", required: true, options: scopes },
            { name: "kind", label: "类型", required: true, options: WATCH_WORD_KIND_LABELS },
            { name: "word", label: "词语", required: true, hint: "不超过 30 个字，不含空格" },
            { name: "correct", label: "正确表述", hint: "错误表述必填，敏感词不填" },
            { name: "note", label: "说明", hint: "如来源或适用情形，选填" },
          ]}
        />
      </section>
      {list.total === 0 ? (
        <p className="rounded-lg bg-white p-6 shadow-sm">词表还是空的：目前只按内置的常见错误表述预检。</p>
      ) : (
        <>
          <DataTable caption="已添加的词语" columns={["词语", "类型", "正确表述", "适用范围", "说明", "添加日期", ""]}>
            {list.rows.map((row) => (
              <tr key={row.id} className="border-t border-slate-200">
                <td className="px-3 py-2 font-semibold">{row.word}</td>
                <td className="px-3 py-2">{WATCH_WORD_KIND_LABELS[row.kind]}</td>
                <td className="px-3 py-2">{row.correct ?? "—"}</td>
                <td className="px-3 py-2">{row.unit?.name ?? "全系统"}</td>
                <td className="px-3 py-2 text-sm text-slate-600">{row.note ?? ""}</td>
                <td className="px-3 py-2 whitespace-nowrap">{formatDate(row.createdAt)}</td>
                <td className="px-3 py-2">
                  {row.editable && (
                    <ConfirmForm
                      action={removeWatchWordAction.bind(null, row.id)}
                      label="删除"
                      question={`确定从${row.unit?.name ?? "全系统"}词表删除「${row.word}」吗？此后提交的信息将不再按它预检。`}
                      confirmLabel="删除"
                    />
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
          <Pagination page={list.page} pageCount={list.pageCount} total={list.total} params={{}} />
        </>
      )}
      <details className="rounded-lg bg-white p-5 shadow-sm">
        <summary className="cursor-pointer font-semibold">内置的常见错误表述（{DEFAULT_WRONG_EXPRESSIONS.entries.length} 条，始终适用）</summary>
        <ul className="mt-3 grid gap-1 sm:grid-cols-2 md:grid-cols-3">
          {DEFAULT_WRONG_EXPRESSIONS.entries.map((e) => (
            <li key={e.word}>
              {e.word} → {e.correct}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
