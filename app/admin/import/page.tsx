import Link from "next/link";
import { z } from "zod";
import { buttonClass } from "@/components/ui/button-class";
import { DataTable } from "@/components/ui/data-table";
import { inputClass } from "@/components/ui/field";
import { Options } from "@/components/ui/options";
import { requireCapability } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format";
import { IMPORT_STATE_LABELS } from "@/lib/import/model";
import { listImportJobs, listImportUnits } from "@/lib/import/queries";
import { IMPORT_UPLOAD_ERRORS, MAX_IMPORT_UPLOAD_BYTES, type ImportUploadError } from "@/lib/import/schemas";

export const metadata = { title: "目录导入" };

const querySchema = z.object({
  error: z
    .enum(Object.keys(IMPORT_UPLOAD_ERRORS) as [ImportUploadError, ...ImportUploadError[]])
    .optional()
    .catch(undefined),
});

/** Legacy catalogue import: the upload, and the imports so far. */
export default async function ImportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireCapability("entries.import");
  const { error } = querySchema.parse(await searchParams);
  const [jobs, units] = await Promise.all([listImportJobs(actor), listImportUnits(actor)]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">目录导入</h1>
      <p className="text-slate-700">
        把原平台的公开目录导入本系统：上传导出的 CSV 或 XLSX 文件（可附带附件的 ZIP
        压缩包），再逐列指定对应的字段，预览并校验后导入。导入的信息保留原索引号和日期，作为已经公开的信息直接发布，并标记为“导入”；索引号已存在的行不会覆盖已有信息。
      </p>
      <section aria-labelledby="upload-heading" className="space-y-3 rounded-lg bg-white p-5 shadow-sm">
        <h2 id="upload-heading" className="text-lg font-semibold">
          上传文件
        </h2>
        {error && (
          <p role="alert" className="rounded-md border border-red-700 bg-red-50 px-4 py-3 text-red-900">
            {IMPORT_UPLOAD_ERRORS[error]}
          </p>
        )}
        <form method="post" action="/api/admin/imports" encType="multipart/form-data" className="grid gap-4 md:grid-cols-2">
          <div className="space-y-1">
            <label htmlFor="import-file" className="block font-medium">
              目录文件（CSV 或 XLSX）
              <span className="ml-1 text-red-700" aria-hidden="true">
                *
              </span>
            </label>
            <input id="import-file" name="file" type="file" required accept=".csv,.xlsx,text/csv" aria-describedby="import-file-hint" />
            <p id="import-file-hint" className="text-sm text-slate-600">
              第一行为表头。合计不超过 {MAX_IMPORT_UPLOAD_BYTES / 1024 / 1024} MB；更大的文件请在服务器上用 npm run import 导入。
            </p>
          </div>
          <div className="space-y-1">
            <label htmlFor="import-archive" className="block font-medium">
              附件压缩包（ZIP，选填）
            </label>
            <input id="import-archive" name="archive" type="file" accept=".zip,application/zip" aria-describedby="import-archive-hint" />
            <p id="import-archive-hint" className="text-sm text-slate-600">
              目录中“附件”一列写压缩包里的文件名，多个用分号隔开。
            </p>
          </div>
          <div className="space-y-1">
            <label htmlFor="import-encoding" className="block font-medium">
              文件编码
            </label>
            <select id="import-encoding" name="encoding" defaultValue="auto" className={inputClass}>
              <Options items={{ auto: "自动识别", "utf-8": "UTF-8", gb18030: "GB18030 / GBK（旧系统和中文版 Excel 常用）" }} />
            </select>
          </div>
          <div className="space-y-1">
            <label htmlFor="import-unit" className="block font-medium">
              默认发布机构
            </label>
            <select
              id="import-unit"
              name="defaultUnitId"
              defaultValue={units.length === 1 ? String(units[0]!.id) : ""}
              className={inputClass}
              aria-describedby="import-unit-hint"
            >
              <Options items={units.map((u) => ({ id: u.id, label: u.name }))} empty="（每行须写明发布机构）" />
            </select>
            <p id="import-unit-hint" className="text-sm text-slate-600">
              用于没有“发布机构”一列或该列为空的行。
            </p>
          </div>
          <div>
            <button type="submit" className={buttonClass()}>
              上传并设置对应关系
            </button>
          </div>
        </form>
      </section>
      {jobs.length > 0 && (
        <DataTable caption="导入记录" columns={["文件", "状态", "已导入", "有错误的行", "发起人", "上传时间"]}>
          {jobs.map((job) => (
            <tr key={job.id} className="border-t border-slate-200">
              <td className="px-3 py-2">
                <Link href={`/admin/import/${job.id}`}>{job.filename}</Link>
              </td>
              <td className="px-3 py-2">{IMPORT_STATE_LABELS[job.state]}</td>
              <td className="px-3 py-2">{job.state === "DONE" || job.state === "IMPORTING" || job.state === "FAILED" ? job.imported : "—"}</td>
              <td className="px-3 py-2">{job.rowsRead ? job.failed : "—"}</td>
              <td className="px-3 py-2">{job.createdByName}</td>
              <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(job.createdAt)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
