import { z } from "zod";
import { IMPORT_FIELD_KEYS, type ColumnMapping } from "./model";

const optionalId = z.preprocess((v) => (v === "" || v === undefined || v === null ? null : v), z.coerce.number().int().positive().nullable());

/** The upload form: the file itself is checked by the route (size, presence). */
export const importUploadSchema = z.object({
  encoding: z.enum(["auto", "utf-8", "gb18030"], { error: "请选择文件编码" }).default("auto"),
  defaultUnitId: optionalId.default(null),
});
export type ImportUploadInput = z.infer<typeof importUploadSchema>;

/**
 * The mapping form: `map.<field>` names a column index ("" = not imported), plus the encoding and the
 * defaults for rows without a unit, topic or genre.
 */
export const importMappingSchema = z
  .record(z.string(), z.unknown())
  .transform((values) => {
    const mapping: ColumnMapping = {};
    for (const key of IMPORT_FIELD_KEYS) {
      const raw = values[`map.${key}`];
      if (typeof raw === "string" && /^\d{1,4}$/.test(raw)) mapping[key] = Number(raw);
    }
    return { ...values, mapping };
  })
  .pipe(
    z.object({
      mapping: z.custom<ColumnMapping>(),
      encoding: z.enum(["utf-8", "gb18030"], { error: "请选择文件编码" }).default("utf-8"),
      defaultUnitId: optionalId.default(null),
      defaultTopicId: optionalId.default(null),
      defaultGenreId: optionalId.default(null),
    }),
  );
export type ImportMappingInput = z.infer<typeof importMappingSchema>;

/** Largest upload (catalogue file and ZIP together); the route refuses bigger bodies before reading them. */
export const MAX_IMPORT_UPLOAD_BYTES = 200 * 1024 * 1024;

/**
 * Why an upload was refused. The upload is a plain form post to a route (no JavaScript needed), which
 * redirects back with one of these codes; the page shows the fixed text, never text from the request.
 */
export const IMPORT_UPLOAD_ERRORS = {
  missing: "请选择要导入的 CSV 或 XLSX 文件。",
  size: `文件过大：目录文件和附件压缩包合计不能超过 ${MAX_IMPORT_UPLOAD_BYTES / 1024 / 1024} MB。可拆分后分批导入，或在服务器上用 npm run import 导入。`,
  unreadable: "无法读取该文件：请上传 CSV（UTF-8 或 GB18030/GBK 编码）或 XLSX 格式的目录。",
  header: "文件是空的，或第一行不是表头。",
  archive: "无法读取附件压缩包：须为 ZIP 格式。",
  unsafe: "附件压缩包中有不安全的文件名（如 ../ 或绝对路径）或文件过多，已拒绝。",
  unit: "默认发布机构不在您管理的范围内。",
  invalid: "填写的内容有误，请重新选择。",
} as const;
export type ImportUploadError = keyof typeof IMPORT_UPLOAD_ERRORS;
