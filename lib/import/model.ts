/*
 * Legacy catalogue import (P8 item 1), the pure part: the fields a source column can be mapped to,
 * guessing the mapping from the Chinese headers old platforms export, and turning one source row into
 * a validated entry or a list of errors (row number, field, message). The I/O is in source.ts
 * (reading CSV/XLSX), archive.ts (the ZIP of attachments) and service.ts (batches, audit, search).
 */
import type { Validity } from "@/lib/db/generated/enums";
import { MAX_ATTACHMENTS } from "@/lib/attachments/model";
import { entryInputSchema, type EntryInput } from "@/lib/entries/schemas";

export type ImportField =
  | "title"
  | "indexNo"
  | "unit"
  | "documentNo"
  | "generatedOn"
  | "writtenOn"
  | "publishedOn"
  | "topic"
  | "genre"
  | "validity"
  | "keywords"
  | "summary"
  | "body"
  | "attachments";

export interface ImportFieldSpec {
  key: ImportField;
  label: string;
  /** Must be mapped to a column (发布机构, 主题分类 and 体裁 may instead have a default). */
  required?: boolean;
  /** Header names old platforms use for it, most specific first (compared after normalizeHeader). */
  aliases: string[];
}

/** The fields in display order. 生成日期 or 公开日期 must be given; the other stands in for a missing one. */
export const IMPORT_FIELDS: ImportFieldSpec[] = [
  { key: "title", label: "标题", required: true, aliases: ["标题", "信息名称", "信息标题", "文件名称", "文件标题", "题名", "名称", "title"] },
  { key: "indexNo", label: "索引号", required: true, aliases: ["索引号", "信息索引号", "索引", "indexno"] },
  {
    key: "unit",
    label: "发布机构",
    aliases: [
      "发布机构",
      "发文机关",
      "发布单位",
      "发文单位",
      "信息来源",
      "所属机构",
      "单位名称",
      "单位代码",
      "机构代码",
      "组织机构代码",
      "来源",
      "机构",
      "单位",
    ],
  },
  { key: "documentNo", label: "文号", aliases: ["文号", "发文字号", "发文文号", "文件编号", "文件号"] },
  { key: "generatedOn", label: "生成日期", aliases: ["生成日期", "产生日期", "形成日期", "生成时间"] },
  { key: "writtenOn", label: "成文日期", aliases: ["成文日期", "成文时间", "印发日期"] },
  { key: "publishedOn", label: "公开日期", aliases: ["公开日期", "发布日期", "公开时间", "发布时间", "上网日期"] },
  { key: "topic", label: "主题分类", aliases: ["主题分类", "信息分类", "所属类别", "主题", "分类", "类别", "栏目"] },
  { key: "genre", label: "体裁", aliases: ["体裁", "体裁分类", "公文种类", "文种"] },
  { key: "validity", label: "有效性", aliases: ["有效性", "效力状态", "是否有效", "时效性", "效力"] },
  { key: "keywords", label: "关键词", aliases: ["关键词", "主题词", "关键字"] },
  { key: "summary", label: "内容概述", aliases: ["内容概述", "内容摘要", "摘要", "概述", "简介"] },
  { key: "body", label: "正文", aliases: ["正文", "正文内容", "全文", "内容"] },
  { key: "attachments", label: "附件文件名", aliases: ["附件文件名", "附件名称", "附件名", "附件"] },
];

export const IMPORT_FIELD_KEYS = IMPORT_FIELDS.map((f) => f.key);

export const FIELD_LABELS: Record<ImportField | "row", string> = {
  ...(Object.fromEntries(IMPORT_FIELDS.map((f) => [f.key, f.label])) as Record<ImportField, string>),
  row: "整行",
};

/** Which source column (0-based) feeds each field; unmapped fields are absent. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

/** A header as compared with the aliases: NFKC, lower case, without spaces, marks like * and notes in brackets. */
export function normalizeHeader(header: string): string {
  return header
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\(.*?\)|\[.*?\]|【.*?】|〔.*?〕/g, "")
    .replace(/[\s*:：_\-.·'"“”]/g, "");
}

/**
 * The mapping guessed from the headers: first exact alias matches, then a header that contains an
 * alias (信息发布日期 → 公开日期), longest alias first so 附件名称 is not taken for 名称. Each column
 * and each field is used at most once.
 */
export function guessMapping(headers: string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  const normalized = headers.map(normalizeHeader);
  const assign = (key: ImportField, column: number) => {
    mapping[key] = column;
    used.add(column);
  };
  for (const [column, header] of normalized.entries()) {
    const field = IMPORT_FIELDS.find((f) => mapping[f.key] === undefined && f.aliases.includes(header));
    if (field && header) assign(field.key, column);
  }
  const byLength = IMPORT_FIELDS.flatMap((f) => f.aliases.map((alias) => ({ key: f.key, alias }))).sort((a, b) => b.alias.length - a.alias.length);
  for (const [column, header] of normalized.entries()) {
    if (used.has(column) || !header) continue;
    const hit = byLength.find(({ key, alias }) => mapping[key] === undefined && header.includes(alias));
    if (hit) assign(hit.key, column);
  }
  return mapping;
}

/** Problems of a mapping itself, before any row is read. */
export function checkMapping(mapping: ColumnMapping, columns: number, defaults: { unit: boolean; topic: boolean; genre: boolean }): string[] {
  const problems: string[] = [];
  for (const field of IMPORT_FIELDS) {
    const column = mapping[field.key];
    if (column !== undefined && (!Number.isInteger(column) || column < 0 || column >= columns)) problems.push(`${field.label}：没有这一列`);
    if (field.required && column === undefined) problems.push(`请为「${field.label}」选择一列`);
  }
  if (mapping.generatedOn === undefined && mapping.publishedOn === undefined) problems.push("请为「生成日期」或「公开日期」选择一列");
  if (mapping.unit === undefined && !defaults.unit) problems.push("请为「发布机构」选择一列，或选择默认发布机构");
  if (mapping.topic === undefined && !defaults.topic) problems.push("请为「主题分类」选择一列，或选择默认主题分类");
  if (mapping.genre === undefined && !defaults.genre) problems.push("请为「体裁」选择一列，或选择默认体裁");
  const columnsUsed = Object.values(mapping);
  if (new Set(columnsUsed).size !== columnsUsed.length) problems.push("同一列不能对应两个字段");
  return problems;
}

/** A date as old platforms write it: 2015-03-02, 2015/3/2, 2015.3.2, 2015年3月2日, 20150302, with an optional time. */
export function parseLegacyDate(value: string): { iso: string; time: string } | null {
  const v = value.normalize("NFKC").trim();
  const m =
    /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[\sT]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?$/.exec(v) ?? /^(\d{4})(\d{2})(\d{2})()()()$/.exec(v);
  if (!m) return null;
  const [, y, mo, d, h = "", mi = "", s = ""] = m;
  const iso = `${y}-${mo!.padStart(2, "0")}-${d!.padStart(2, "0")}`;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || !date.toISOString().startsWith(iso)) return null;
  const time = h ? `${h.padStart(2, "0")}:${mi}:${s || "00"}` : "00:00:00";
  if (!/^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/.test(time)) return null;
  return { iso, time };
}

const VALIDITY_WORDS: [RegExp, Validity][] = [
  [/^(有效|现行有效|生效|现行|是)$/, "VALID"],
  [/^(已修订|修订|已修改|修改|部分失效)$/, "AMENDED"],
  [/^(已废止|废止|失效|已失效|否|无效)$/, "REPEALED"],
];

/** 有效性 as written in the old catalogue; empty means 有效. Null when unrecognised. */
export function parseValidity(value: string): Validity | null {
  const v = value.normalize("NFKC").replace(/\s/g, "");
  if (!v) return "VALID";
  return VALIDITY_WORDS.find(([pattern]) => pattern.test(v))?.[1] ?? null;
}

/** The file names of an attachments cell: separated by ; ； | or line breaks. */
export function splitAttachmentNames(value: string): string[] {
  return value
    .split(/[;；|\r\n]+/)
    .map((n) => n.trim())
    .filter(Boolean);
}

/** Units, categories and defaults the rows are matched against (all within the importer's scope). */
export interface ImportLookups {
  units: { id: number; name: string; shortName: string | null; code: string; path: string; disabled: boolean }[];
  /** Topics and genres with their full path (大类\小类) and owning unit (null: system-wide). */
  categories: { id: number; kind: "TOPIC" | "GENRE"; name: string; fullName: string; unitId: number | null }[];
  defaultUnitId: number | null;
  defaultTopicId: number | null;
  defaultGenreId: number | null;
  /** The ZIP entry a referenced name resolves to, or null; undefined when no ZIP was uploaded. */
  resolveAttachment?: (name: string) => string | null;
  now: Date;
}

export interface RowError {
  field: ImportField | "row";
  message: string;
}

/** A row ready to be written: the entry's content as the editor would submit it, plus what only imports have. */
export interface ImportedRow {
  unitId: number;
  indexNo: string;
  input: EntryInput;
  /** 公开日期 on the old platform (China time). */
  publishedAt: Date;
  /** ZIP entry names, in the row's order. */
  attachments: string[];
}

export type RowResult = { ok: true; row: ImportedRow } | { ok: false; errors: RowError[] };

/** The cells of a row by field, trimmed. */
export function mapCells(cells: readonly string[], mapping: ColumnMapping): Partial<Record<ImportField, string>> {
  const out: Partial<Record<ImportField, string>> = {};
  for (const [key, column] of Object.entries(mapping) as [ImportField, number][]) out[key] = (cells[column] ?? "").trim();
  return out;
}

const norm = (v: string) => v.normalize("NFKC").replace(/\s/g, "").toLowerCase();

function findUnit(lookups: ImportLookups, value: string): ImportLookups["units"][number] | string {
  const v = norm(value);
  const byCode = lookups.units.filter((u) => norm(u.code) === v);
  if (byCode.length === 1) return byCode[0]!;
  const byName = lookups.units.filter((u) => norm(u.name) === v || (u.shortName && norm(u.shortName) === v));
  if (byName.length === 1) return byName[0]!;
  if (byName.length > 1) return `发布机构「${value}」对应多个单位，请改用单位代码`;
  return `找不到发布机构「${value}」（按单位全称、简称或代码匹配，且须在您管理的单位范围内）`;
}

/** A category by its full path (综合政务\其他) or, when unambiguous, its own name, among those the unit may use. */
function findCategory(lookups: ImportLookups, kind: "TOPIC" | "GENRE", value: string, unitPath: string): number | string {
  const label = kind === "TOPIC" ? "主题分类" : "体裁";
  const ancestors = new Set(unitPath.split("/").filter(Boolean).map(Number));
  const usable = lookups.categories.filter((c) => c.kind === kind && (c.unitId === null || ancestors.has(c.unitId)));
  const v = norm(value).replace(/[/>＞]/g, "\\");
  const byPath = usable.filter((c) => norm(c.fullName) === v);
  if (byPath.length === 1) return byPath[0]!.id;
  const byName = usable.filter((c) => norm(c.name) === v);
  if (byName.length === 1) return byName[0]!.id;
  if (byName.length > 1) return `${label}「${value}」不唯一，请写完整路径，如 ${byName[0]!.fullName}`;
  return `找不到${label}「${value}」`;
}

const SCHEMA_FIELDS: Record<string, ImportField> = {
  title: "title",
  summary: "summary",
  documentNo: "documentNo",
  generatedOn: "generatedOn",
  writtenOn: "writtenOn",
  keywords: "keywords",
  bodyHtml: "body",
  topicId: "topic",
  genreId: "genre",
};

/**
 * One source row as an entry, with the same rules as the editor (entryInputSchema) plus the import's
 * own: an original 索引号 unique within the file (`seenIndexNos`, which this adds to) — the database
 * check happens per batch —, the unit and categories matched by name or code, real dates not in the
 * future, and attachments present in the ZIP. All problems of the row are reported at once.
 */
export function validateRow(cells: readonly string[], mapping: ColumnMapping, lookups: ImportLookups, seenIndexNos: Set<string>): RowResult {
  const v = mapCells(cells, mapping);
  const errors: RowError[] = [];
  /** Fields whose own error is already reported elsewhere (a date or the unit): the schema's message would mislead. */
  const unresolved = new Set<ImportField>();
  const fail = (field: RowError["field"], message: string) => errors.push({ field, message });

  const indexNo = (v.indexNo ?? "").normalize("NFKC").trim();
  if (!indexNo) fail("indexNo", "请填写索引号（导入的信息保留原索引号）");
  else if (indexNo.length > 100 || /[\s\u0000-\u001f]/.test(indexNo)) fail("indexNo", "索引号不能含空白字符，且不超过 100 个字符");
  else if (seenIndexNos.has(indexNo)) fail("indexNo", `索引号 ${indexNo} 在文件中重复`);

  let unit: ImportLookups["units"][number] | undefined;
  if (v.unit) {
    const found = findUnit(lookups, v.unit);
    if (typeof found === "string") fail("unit", found);
    else unit = found;
  } else if (lookups.defaultUnitId !== null) unit = lookups.units.find((u) => u.id === lookups.defaultUnitId);
  else fail("unit", "请填写发布机构");
  if (unit?.disabled) {
    fail("unit", `单位「${unit.name}」已停用`);
    unit = undefined;
  }

  const dates: Partial<Record<"generatedOn" | "writtenOn" | "publishedOn", { iso: string; time: string }>> = {};
  for (const key of ["generatedOn", "writtenOn", "publishedOn"] as const) {
    const raw = v[key];
    if (!raw) continue;
    const parsed = parseLegacyDate(raw);
    if (!parsed) fail(key, `${FIELD_LABELS[key]}「${raw}」不是有效日期（如 2015-03-02 或 2015年3月2日）`);
    else dates[key] = parsed;
  }
  const generated = dates.generatedOn ?? dates.publishedOn;
  const published = dates.publishedOn ?? dates.generatedOn;
  if (!generated && !v.generatedOn && !v.publishedOn) fail(mapping.generatedOn !== undefined ? "generatedOn" : "publishedOn", "请填写生成日期或公开日期");
  if (!generated) unresolved.add("generatedOn");
  const publishedAt = published ? new Date(`${published.iso}T${published.time}+08:00`) : null;
  if (publishedAt && publishedAt > lookups.now) fail(dates.publishedOn ? "publishedOn" : "generatedOn", "公开日期晚于现在：导入的应是已经公开的信息");
  if (generated && published && generated.iso > published.iso) fail("generatedOn", "生成日期晚于公开日期");

  const category = (kind: "TOPIC" | "GENRE", field: "topic" | "genre", fallback: number | null): number | null => {
    const raw = v[field];
    if (!raw) {
      if (fallback === null) fail(field, `请填写${FIELD_LABELS[field]}`);
      return fallback;
    }
    if (!unit) {
      // Matched only once the unit is known; the unit's own error says what is wrong.
      unresolved.add(field);
      return null;
    }
    const found = findCategory(lookups, kind, raw, unit.path);
    if (typeof found === "string") fail(field, found);
    return typeof found === "number" ? found : null;
  };
  const topicId = category("TOPIC", "topic", lookups.defaultTopicId);
  const genreId = category("GENRE", "genre", lookups.defaultGenreId);

  const validity = parseValidity(v.validity ?? "");
  if (!validity) fail("validity", `有效性「${v.validity}」无法识别（有效、已修订、已废止）`);

  const attachments = splitAttachmentNames(v.attachments ?? "");
  const resolved: string[] = [];
  if (attachments.length > MAX_ATTACHMENTS) fail("attachments", `每条信息最多 ${MAX_ATTACHMENTS} 个附件`);
  else if (attachments.length && !lookups.resolveAttachment) fail("attachments", "该行列出了附件，但没有上传附件压缩包");
  else
    for (const name of attachments) {
      const entry = lookups.resolveAttachment!(name);
      if (entry === null) fail("attachments", `压缩包中没有附件「${name}」`);
      else resolved.push(entry);
    }

  const parsed = entryInputSchema.safeParse({
    title: v.title ?? "",
    summary: v.summary ?? "",
    documentNo: v.documentNo ?? "",
    generatedOn: generated?.iso ?? "",
    writtenOn: dates.writtenOn?.iso ?? "",
    topicId: topicId ?? 0,
    genreId: genreId ?? 0,
    keywords: v.keywords ?? "",
    validity: validity ?? "VALID",
    attribute: "PROACTIVE",
    methods: ["政府网站"],
    scope: "面向社会",
    article20Item: "",
    bodyHtml: v.body ?? "",
  });
  if (!parsed.success) {
    const reported = new Set([...errors.map((e) => e.field), ...unresolved]);
    for (const issue of parsed.error.issues) {
      const field = SCHEMA_FIELDS[String(issue.path[0])];
      // Dates, unit and categories already have a more precise message of their own.
      if (!field || reported.has(field)) continue;
      reported.add(field);
      fail(field, issue.message);
    }
  }

  if (errors.length || !parsed.success || !unit || !publishedAt) return { ok: false, errors };
  seenIndexNos.add(indexNo);
  return { ok: true, row: { unitId: unit.id, indexNo, input: parsed.data, publishedAt, attachments: resolved } };
}

/** The error report's header: row, field, message, then the source's own columns. */
export function errorReportHeader(sourceHeaders: string[]): string[] {
  return ["行号", "字段", "错误", ...sourceHeaders];
}

/** Progress in percent from the bytes read, never 100 before the job is done. */
export function progressPercent(bytesRead: number, bytesTotal: number, done: boolean): number {
  if (done) return 100;
  if (bytesTotal <= 0) return 0;
  return Math.min(99, Math.floor((bytesRead / bytesTotal) * 100));
}

/**
 * The year and serial of an imported 索引号 written in Gongkai's own format for this unit
 * ({unit code}/{yyyy}-{serial}), so the unit's sequence can be moved past it and a later publication
 * never allocates the same number. Null for any other format.
 */
export function parseIndexSerial(indexNo: string, unitCode: string): { year: number; serial: number } | null {
  if (!indexNo.startsWith(`${unitCode}/`)) return null;
  const m = /^(\d{4})-(\d{1,9})$/.exec(indexNo.slice(unitCode.length + 1));
  return m ? { year: Number(m[1]), serial: Number(m[2]) } : null;
}

export const IMPORT_STATE_LABELS: Record<"MAPPING" | "CHECKING" | "CHECKED" | "IMPORTING" | "DONE" | "FAILED", string> = {
  MAPPING: "待设置对应关系",
  CHECKING: "正在校验",
  CHECKED: "已校验，待导入",
  IMPORTING: "正在导入",
  DONE: "已完成",
  FAILED: "已中断",
};

/** A running job whose progress has not moved for this long died with its process (each batch takes seconds). */
export const STALE_RUN_MS = 5 * 60_000;

export const isStaleRun = (state: string, updatedAt: Date, now: Date) =>
  (state === "CHECKING" || state === "IMPORTING") && now.getTime() - updatedAt.getTime() > STALE_RUN_MS;

/** Whether a job may be started (again): before or after a dry run, after a failure, or when its run died. */
export const canStart = (state: string, updatedAt: Date, now: Date) =>
  state === "MAPPING" || state === "CHECKED" || state === "FAILED" || isStaleRun(state, updatedAt, now);
