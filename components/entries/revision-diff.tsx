import type { FieldChange, TextPart } from "@/lib/entries/diff";

/** Changes against the previous revision: changed fields side by side, body text with marks. */
export function RevisionDiff({ fromNumber, fields, body }: { fromNumber: number; fields: FieldChange[]; body: TextPart[] | null }) {
  return (
    <section aria-labelledby="diff-heading" className="space-y-3">
      <h2 id="diff-heading" className="text-lg font-semibold">
        与第 {fromNumber} 版相比
      </h2>
      {fields.length === 0 && !body ? (
        <p>目录信息和正文文字均无变化（可能仅调整了格式）。</p>
      ) : (
        <div className="space-y-3 rounded-lg bg-white p-5 shadow-sm">
          {fields.length > 0 && (
            <table className="w-full text-left text-sm">
              <caption className="sr-only">目录信息变化</caption>
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    项目
                  </th>
                  <th scope="col" className="px-3 py-2">
                    修改前
                  </th>
                  <th scope="col" className="px-3 py-2">
                    修改后
                  </th>
                </tr>
              </thead>
              <tbody>
                {fields.map((f) => (
                  <tr key={f.label} className="border-t border-slate-200 align-top">
                    <th scope="row" className="px-3 py-2 font-medium">
                      {f.label}
                    </th>
                    <td className="px-3 py-2">
                      <del className="bg-red-50 text-red-900">{f.before || "（空）"}</del>
                    </td>
                    <td className="px-3 py-2">
                      <ins className="bg-green-50 text-green-900 no-underline">{f.after || "（空）"}</ins>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {body && (
            <div>
              <h3 className="font-medium">正文文字变化</h3>
              <p className="mt-1 leading-relaxed">
                {body.map((part, i) =>
                  part.added ? (
                    <ins key={i} className="bg-green-100 text-green-900">
                      {part.value}
                    </ins>
                  ) : part.removed ? (
                    <del key={i} className="bg-red-100 text-red-900">
                      {part.value}
                    </del>
                  ) : (
                    <span key={i}>{part.value}</span>
                  ),
                )}
              </p>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
