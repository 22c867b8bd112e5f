import Link from "next/link";
import { notFound } from "next/navigation";
import { TextFieldsForm } from "@/components/admin/text-fields-form";
import { ActionButton } from "@/components/ui/action-button";
import { buttonClass } from "@/components/ui/button-class";
import { DataTable } from "@/components/ui/data-table";
import { requireCapability } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format";
import { FIELD_LABELS, IMPORT_FIELDS, IMPORT_STATE_LABELS, progressPercent } from "@/lib/import/model";
import { getImportJob, listImportUnits, PREVIEW_ROWS } from "@/lib/import/queries";
import { SOURCE_ENCODINGS } from "@/lib/import/source";
import { saveImportMappingAction, startImportAction } from "../actions";

export const metadata = { title: "目录导入" };

const shorten = (v: string | undefined) => (v && v.length > 40 ? `${v.slice(0, 40)}…` : (v ?? ""));

/** One import: column mapping with a validated preview, then progress, then the result and its error report. */
export default async function ImportJobPage({ params }: { params: Promise<{ jobId: string }> }) {
  const actor = await requireCapability("entries.import");
  const jobId = Number((await params).jobId);
  const view = Number.isSafeInteger(jobId) && jobId > 0 ? await getImportJob(actor, jobId) : null;
  if (!view) notFound();
  const { job, preview, problems, errors, categories, mine, stale } = view;
  const running = (job.state === "CHECKING" || job.state === "IMPORTING") && !stale;
  const editable = mine && (job.state === "MAPPING" || job.state === "CHECKED" || job.state === "FAILED" || stale);
  const units = editable ? await listImportUnits(actor) : [];
  const percent = progressPercent(job.bytesRead, job.bytesTotal, job.state === "DONE" || job.state === "CHECKED");
  const columns = Object.fromEntries(job.headers.map((h, i) => [String(i), `第 ${i + 1} 列：${h || "（无表头）"}`]));
  const mapped = IMPORT_FIELDS.filter((f) => job.mapping[f.key] !== undefined && f.key !== "body");
  const initial: Record<string, string> = {
    ...Object.fromEntries(IMPORT_FIELDS.map((f) => [`map.${f.key}`, job.mapping[f.key] === undefined ? "" : String(job.mapping[f.key])])),
    encoding: job.encoding,
    defaultUnitId: job.defaultUnitId ? String(job.defaultUnitId) : "",
    defaultTopicId: job.options.defaultTopicId ? String(job.options.defaultTopicId) : "",
    defaultGenreId: job.options.defaultGenreId ? String(job.options.defaultGenreId) : "",
  };
  const options = (kind: "TOPIC" | "GENRE") => Object.fromEntries(categories.filter((c) => c.kind === kind).map((c) => [String(c.id), c.name]));
  return (
    <div className="space-y-6">
      {running && <meta httpEquiv="refresh" content="2" />}
      <p>
        <Link href="/admin/import">← 目录导入</Link>
      </p>
      <h1 className="text-2xl font-bold">导入「{job.filename}」</h1>
      <p className="text-slate-700">
        状态：<strong>{stale ? IMPORT_STATE_LABELS.FAILED : IMPORT_STATE_LABELS[job.state]}</strong> · {job.format}
        {job.format === "CSV" ? `（${SOURCE_ENCODINGS[job.encoding as keyof typeof SOURCE_ENCODINGS] ?? job.encoding}）` : ""}
        {job.zipFilename ? ` · 附件包「${job.zipFilename}」` : ""} · {job.createdByName} 上传于 {formatDateTime(job.createdAt)}
      </p>

      {job.state !== "MAPPING" && job.startedAt && (
        <section aria-labelledby="progress-heading" className="space-y-2 rounded-lg bg-white p-5 shadow-sm">
          <h2 id="progress-heading" className="text-lg font-semibold">
            {job.state === "CHECKING" || job.state === "CHECKED" ? "校验进度" : "导入进度"}
          </h2>
          <progress value={percent} max={100} aria-label="进度" className="h-4 w-full" />
          <p role="status">
            {percent}% · 已读取 {job.rowsRead} 行，
            {job.state === "CHECKING" || job.state === "CHECKED" ? `可以导入 ${job.imported} 行` : `已导入 ${job.imported} 条`}，有错误 {job.failed} 行
            {job.state === "DONE" && "。导入完成。"}
            {job.state === "CHECKED" && "。校验完成，尚未写入任何信息。"}
          </p>
          {stale && (
            <p role="alert" className="rounded-md border border-red-700 bg-red-50 px-4 py-3 text-red-900">
              导入进程已中断（服务器重启等）。已提交的批次保留，可从中断处继续。
            </p>
          )}
          {job.state === "FAILED" && job.message && (
            <p role="alert" className="rounded-md border border-red-700 bg-red-50 px-4 py-3 text-red-900">
              {job.message}
            </p>
          )}
          {running && (
            <p className="text-sm text-slate-600">
              页面每 2 秒自动刷新。<Link href={`/admin/import/${job.id}`}>刷新</Link>
            </p>
          )}
        </section>
      )}

      {job.filesPurgedAt && (
        <p className="rounded-md border border-slate-300 bg-slate-50 px-4 py-3">
          上传的文件和错误报告已按数据保存期限于 {formatDateTime(job.filesPurgedAt)} 删除；已导入的信息不受影响。
        </p>
      )}

      {job.failed > 0 && !running && !job.filesPurgedAt && (
        <section aria-labelledby="errors-heading" className="space-y-3">
          <h2 id="errors-heading" className="text-lg font-semibold">
            有错误的行
          </h2>
          <p>
            <a href={`/admin/import/${job.id}/errors`} className={buttonClass("secondary")} download>
              下载错误报告（CSV）
            </a>
          </p>
          <DataTable caption="有错误的行（前 50 条）" columns={["行号", "字段", "错误"]} small>
            {errors.map((e, i) => (
              <tr key={`${e.row}-${i}`} className="border-t border-slate-200">
                <td className="px-3 py-2">{e.row}</td>
                <td className="px-3 py-2">{e.label}</td>
                <td className="px-3 py-2">{e.message}</td>
              </tr>
            ))}
          </DataTable>
        </section>
      )}

      {editable && (
        <section aria-labelledby="mapping-heading" className="space-y-3 rounded-lg bg-white p-5 shadow-sm">
          <h2 id="mapping-heading" className="text-lg font-semibold">
            列对应关系
          </h2>
          <p className="text-sm text-slate-600">已按表头自动对应，请核对。保存后下方预览前 {PREVIEW_ROWS} 行导入后的样子和每行的问题；此时尚未写入任何信息。</p>
          <TextFieldsForm
            action={saveImportMappingAction.bind(null, job.id)}
            initial={initial}
            submitLabel="保存并预览"
            fields={[
              ...IMPORT_FIELDS.map((f) => ({ name: `map.${f.key}`, label: f.label, required: f.required, options: columns, emptyLabel: "（不导入）" })),
              ...(job.format === "CSV"
                ? [{ name: "encoding", label: "文件编码", required: true, options: SOURCE_ENCODINGS, hint: "中文显示为乱码时改选另一种编码" }]
                : []),
              { name: "defaultUnitId", label: "默认发布机构", options: Object.fromEntries(units.map((u) => [String(u.id), u.name])), emptyLabel: "（无）" },
              { name: "defaultTopicId", label: "默认主题分类", options: options("TOPIC"), emptyLabel: "（无）", hint: "用于主题分类为空的行" },
              { name: "defaultGenreId", label: "默认体裁", options: options("GENRE"), emptyLabel: "（无）", hint: "用于体裁为空的行" },
            ]}
          />
        </section>
      )}

      {editable && (
        <section aria-labelledby="preview-heading" className="space-y-3">
          <h2 id="preview-heading" className="text-lg font-semibold">
            预览（前 {preview.length} 行）
          </h2>
          {problems.length > 0 && (
            <ul role="alert" className="list-disc rounded-md border border-red-700 bg-red-50 py-3 pr-4 pl-8 text-red-900">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
          <DataTable caption="导入预览" columns={["行号", ...mapped.map((f) => f.label), "问题"]} small>
            {preview.map((row) => (
              <tr key={row.row} className={`border-t border-slate-200 align-top ${row.errors.length ? "bg-red-50" : ""}`}>
                <td className="px-3 py-2">{row.row}</td>
                {mapped.map((f) => (
                  <td key={f.key} className="px-3 py-2">
                    {shorten(row.values[f.key])}
                  </td>
                ))}
                <td className="px-3 py-2">
                  {row.errors.length === 0 ? (
                    "可以导入"
                  ) : (
                    <ul>
                      {row.errors.map((e) => (
                        <li key={`${e.field}-${e.message}`} className="text-red-800">
                          第 {row.row} 行 {FIELD_LABELS[e.field]}：{e.message}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
          {problems.length === 0 && (
            <div className="flex flex-wrap gap-4">
              <ActionButton action={startImportAction.bind(null, job.id, true)} label="校验全部行（不写入）" pendingText="正在开始…" />
              <ActionButton
                action={startImportAction.bind(null, job.id, false)}
                label={job.lastCommittedRow > 0 ? `继续导入（从第 ${job.lastCommittedRow + 1} 行）` : "开始导入"}
                pendingText="正在开始…"
              />
            </div>
          )}
        </section>
      )}
    </div>
  );
}
