import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createWriteStream } from "node:fs";
import { cleanFilename } from "@/lib/attachments/model";
import { appendAuditRows, recordAudit, type AuditActor, type AuditInput, type AuditRow } from "@/lib/audit/record";
import { can, hasRole, scopesFor, type Actor } from "@/lib/auth/permissions";
import { loadActor } from "@/lib/auth/service";
import { invalidatePublicCache } from "@/lib/cache/public-cache";
import { db, type Prisma } from "@/lib/db/client";
import { getDataRoot } from "@/lib/db/config";
import type { ImportJobState } from "@/lib/db/generated/enums";
import { logger } from "@/lib/logger";
import { toChinaDate } from "@/lib/requests/dates";
import { revisionData, toContent } from "@/lib/entries/service";
import { DomainError } from "@/lib/errors";
import { searchDocumentData } from "@/lib/search/index-document";
import { openAttachmentArchive, UnsafeArchiveError, type AttachmentArchive } from "./archive";
import {
  canStart,
  checkMapping,
  guessMapping,
  parseIndexSerial,
  validateRow,
  type ColumnMapping,
  type ImportedRow,
  type ImportLookups,
  type RowError,
} from "./model";
import { IMPORT_UPLOAD_ERRORS, type ImportMappingInput, type ImportUploadError, type ImportUploadInput } from "./schemas";
import { detectEncoding, detectFormat, fileSize, isBlank, readSample, readSourceRows, type SourceEncoding, type SourceFile } from "./source";

type Tx = Prisma.TransactionClient;

/** Rows per transaction: each batch lands whole or (after a retry row by row) without its failing rows. */
export const IMPORT_BATCH_SIZE = 500;

export const importDirectory = (jobId: number | string) => path.join(getDataRoot(), "imports", String(jobId));
const SOURCE_NAME = "source";
const ARCHIVE_NAME = "attachments.zip";

export interface UploadedFile {
  name: string;
  stream: Readable;
}

const jobSelect = {
  id: true,
  createdById: true,
  defaultUnitId: true,
  filename: true,
  format: true,
  encoding: true,
  zipFilename: true,
  headers: true,
  mapping: true,
  options: true,
  state: true,
  lastCommittedRow: true,
  filesPurgedAt: true,
  updatedAt: true,
} satisfies Prisma.ImportJobSelect;
type LoadedJob = Prisma.ImportJobGetPayload<{ select: typeof jobSelect }>;

export interface ImportOptions {
  defaultTopicId?: number | null;
  defaultGenreId?: number | null;
}

export const sourceOf = (job: Pick<LoadedJob, "id" | "format" | "encoding">): SourceFile => ({
  path: path.join(importDirectory(job.id), SOURCE_NAME),
  format: job.format as SourceFile["format"],
  encoding: job.encoding as SourceEncoding,
});

/** A job its creator may act on; system administrators may look at everyone's (queries.ts), not act. */
async function loadOwnJob(actor: Actor, jobId: number): Promise<LoadedJob> {
  const job = await db.importJob.findUnique({ where: { id: jobId }, select: jobSelect });
  if (!job || (job.createdById !== actor.id && !hasRole(actor, "SYSTEM_ADMIN"))) throw new DomainError("NOT_FOUND");
  if (job.createdById !== actor.id) throw new DomainError("FORBIDDEN", { message: "只有发起导入的管理员可以操作这次导入。" });
  return job;
}

/** The audit row of a step of an import job (the entries it writes have their own rows). */
function auditJob(tx: Tx, actor: AuditActor, jobId: number, unitId: number | null, row: Omit<AuditInput, "actor" | "entityType" | "entityId" | "unitId">) {
  return recordAudit(tx, { actor, entityType: "ImportJob", entityId: jobId, unitId, ...row });
}

/** A refused upload, with the code the upload route sends back to the page (schemas.ts). */
const uploadError = (code: ImportUploadError, field: string, message: string = IMPORT_UPLOAD_ERRORS[code]) =>
  new DomainError("INVALID_INPUT", { message, meta: { code }, fieldErrors: { [field]: [message] } });

async function assertUnitInScope(actor: Actor, unitId: number | null) {
  if (unitId === null) return;
  const unit = await db.unit.findUnique({ where: { id: unitId }, select: { path: true } });
  if (!unit || !can(actor, "entries.import", { unitPath: unit.path })) throw uploadError("unit", "defaultUnitId");
}

async function saveStream(file: UploadedFile, target: string) {
  await pipeline(file.stream, createWriteStream(target, { flags: "wx" }));
}

/**
 * Stores an uploaded catalogue file (and optional ZIP of attachments) as a new import job in the
 * mapping step, with the mapping guessed from its headers. Nothing is imported yet.
 */
export async function createImportJob({
  actor,
  file,
  archive,
  input,
}: {
  actor: Actor;
  file: UploadedFile;
  archive?: UploadedFile | null;
  input: ImportUploadInput;
}): Promise<{ jobId: number }> {
  if (!can(actor, "entries.import")) throw new DomainError("FORBIDDEN");
  await assertUnitInScope(actor, input.defaultUnitId);
  const staging = path.join(getDataRoot(), "imports", `upload-${randomBytes(8).toString("hex")}`);
  await mkdir(staging, { recursive: true });
  try {
    await saveStream(file, path.join(staging, SOURCE_NAME));
    if (archive) await saveStream(archive, path.join(staging, ARCHIVE_NAME));
    const sourcePath = path.join(staging, SOURCE_NAME);
    const format = await detectFormat(sourcePath);
    const encoding = input.encoding === "auto" ? (format === "CSV" ? await detectEncoding(sourcePath) : "utf-8") : input.encoding;
    const { headers } = await readSample({ path: sourcePath, format, encoding }, 1).catch(() => {
      throw uploadError("unreadable", "file");
    });
    if (headers.length === 0 || headers.every((h) => !h)) throw uploadError("header", "file");
    if (archive) {
      const opened = await openAttachmentArchive(path.join(staging, ARCHIVE_NAME)).catch((error: unknown) => {
        throw error instanceof UnsafeArchiveError ? uploadError("unsafe", "archive", error.message) : uploadError("archive", "archive");
      });
      opened.close();
    }
    const bytesTotal = await fileSize(sourcePath);
    const job = await db.$transaction(async (tx) => {
      const created = await tx.importJob.create({
        data: {
          createdById: actor.id,
          createdByName: actor.displayName,
          defaultUnitId: input.defaultUnitId,
          filename: cleanFilename(file.name) ?? "目录文件",
          format,
          encoding,
          zipFilename: archive ? (cleanFilename(archive.name) ?? "附件.zip") : null,
          headers,
          mapping: guessMapping(headers),
          bytesTotal,
        },
        select: { id: true },
      });
      await auditJob(tx, actor, created.id, input.defaultUnitId, {
        action: "import.upload",
        toState: "MAPPING",
        summary: `上传待导入的目录「${file.name}」（${format}，${headers.length} 列${archive ? `，附件包「${archive.name}」` : ""}）`,
        details: { format, encoding, bytes: bytesTotal, archive: archive?.name ?? null },
      });
      return created;
    });
    await rename(staging, importDirectory(job.id));
    return { jobId: job.id };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/** Saves the column mapping, encoding and defaults of a job still being mapped (or checked: it then needs a new check). */
export async function saveImportMapping({ actor, jobId, input }: { actor: Actor; jobId: number; input: ImportMappingInput }): Promise<void> {
  const job = await loadOwnJob(actor, jobId);
  if (job.state !== "MAPPING" && job.state !== "CHECKED") throw new DomainError("INVALID_TRANSITION", { message: "导入已开始，不能再修改对应关系。" });
  await assertUnitInScope(actor, input.defaultUnitId);
  const encoding = job.format === "CSV" ? input.encoding : "utf-8";
  const headers = encoding === job.encoding ? job.headers : (await readSample({ ...sourceOf(job), encoding }, 1)).headers;
  const mapping = encoding === job.encoding ? input.mapping : guessMapping(headers);
  await db.$transaction(async (tx) => {
    const { count } = await tx.importJob.updateMany({
      where: { id: jobId, state: job.state },
      data: {
        encoding,
        headers,
        mapping,
        defaultUnitId: input.defaultUnitId,
        options: { defaultTopicId: input.defaultTopicId, defaultGenreId: input.defaultGenreId },
        state: "MAPPING",
        imported: 0,
        failed: 0,
        rowsRead: 0,
        bytesRead: 0,
      },
    });
    if (count !== 1) throw new DomainError("CONFLICT");
    await tx.importRowError.deleteMany({ where: { jobId } });
    await auditJob(tx, actor, jobId, input.defaultUnitId, {
      action: "import.mapping",
      fromState: job.state,
      toState: "MAPPING",
      summary: `设置导入「${job.filename}」的列对应关系（${Object.keys(mapping).length} 个字段，编码 ${encoding}）`,
      details: { mapping, encoding, defaultUnitId: input.defaultUnitId, defaultTopicId: input.defaultTopicId, defaultGenreId: input.defaultGenreId },
    });
  });
}

const jobOptions = (job: Pick<LoadedJob, "options">) => (job.options ?? {}) as ImportOptions;

/** Problems of the job's mapping as stored (shown on the page, and refused by startImport). */
export function mappingProblems(job: Pick<LoadedJob, "mapping" | "headers" | "defaultUnitId" | "options">): string[] {
  const options = jobOptions(job);
  return checkMapping(job.mapping as ColumnMapping, job.headers.length, {
    unit: job.defaultUnitId !== null,
    topic: Boolean(options.defaultTopicId),
    genre: Boolean(options.defaultGenreId),
  });
}

/** Units, categories and defaults the rows of a job are matched against, within the actor's import scope. */
export async function loadImportLookups(
  actor: Actor,
  job: Pick<LoadedJob, "defaultUnitId" | "options">,
  archive: AttachmentArchive | null,
  now = new Date(),
): Promise<ImportLookups> {
  const scopes = scopesFor(actor, "entries.import");
  const units = await db.unit.findMany({
    where: { OR: scopes.map((p) => ({ path: { startsWith: p } })) },
    select: { id: true, name: true, shortName: true, code: true, path: true, disabled: true },
  });
  const all = await db.category.findMany({ select: { id: true, kind: true, name: true, parentId: true, unitId: true } });
  const byId = new Map(all.map((c) => [c.id, c]));
  const fullName = (c: (typeof all)[number]): string => {
    const parent = c.parentId ? byId.get(c.parentId) : undefined;
    return parent ? `${fullName(parent)}\\${c.name}` : c.name;
  };
  const options = jobOptions(job);
  return {
    units,
    categories: all.map((c) => ({ id: c.id, kind: c.kind, name: c.name, fullName: fullName(c), unitId: c.unitId })),
    defaultUnitId: job.defaultUnitId,
    defaultTopicId: options.defaultTopicId ?? null,
    defaultGenreId: options.defaultGenreId ?? null,
    resolveAttachment: archive ? (name) => archive.resolve(name) : undefined,
    now,
  };
}

export const openJobArchive = (job: Pick<LoadedJob, "id" | "zipFilename">) =>
  job.zipFilename ? openAttachmentArchive(path.join(importDirectory(job.id), ARCHIVE_NAME)) : Promise.resolve(null);

export interface ImportSummary {
  state: ImportJobState;
  imported: number;
  failed: number;
}

/**
 * Starts the job: a dry run (every row validated, also against the database, nothing but the row errors
 * written) or the import. It runs in the background of this process; the returned promise settles when
 * it is finished and never rejects (a crash marks the job FAILED).
 */
export async function startImport({ actor, jobId, dryRun }: { actor: Actor; jobId: number; dryRun: boolean }): Promise<{ finished: Promise<ImportSummary> }> {
  const job = await loadOwnJob(actor, jobId);
  if (!canStart(job.state, job.updatedAt, new Date())) throw new DomainError("INVALID_TRANSITION", { message: "这次导入正在进行或已完成。" });
  if (job.filesPurgedAt) throw new DomainError("INVALID_TRANSITION", { message: "上传的文件已按数据保存期限删除，请重新上传。" });
  const problems = mappingProblems(job);
  if (problems.length) throw new DomainError("INVALID_INPUT", { message: problems.join("；") });
  const to: ImportJobState = dryRun ? "CHECKING" : "IMPORTING";
  await db.$transaction(async (tx) => {
    const { count } = await tx.importJob.updateMany({
      where: { id: jobId, state: job.state, updatedAt: job.updatedAt },
      // A resumed import keeps what it committed; a fresh run or a dry run starts its counts anew.
      data: {
        state: to,
        startedAt: new Date(),
        finishedAt: null,
        message: null,
        ...(job.lastCommittedRow === 0 ? { imported: 0, failed: 0, rowsRead: 0, bytesRead: 0 } : {}),
      },
    });
    if (count !== 1) throw new DomainError("CONFLICT");
    if (job.lastCommittedRow === 0) await tx.importRowError.deleteMany({ where: { jobId } });
    await auditJob(tx, actor, jobId, job.defaultUnitId, {
      action: dryRun ? "import.check" : "import.start",
      fromState: job.state,
      toState: to,
      summary: `${dryRun ? "校验" : "开始导入"}「${job.filename}」${job.lastCommittedRow ? `（从第 ${job.lastCommittedRow + 1} 行继续）` : ""}`,
      details: { mapping: job.mapping, dryRun },
    });
  });
  return { finished: runImportJob(jobId) };
}

interface PendingRow {
  row: number;
  cells: string[];
  result: ReturnType<typeof validateRow>;
}

interface Progress {
  bytesRead: number;
  /** The last row read so far (committed with the batch that ends there). */
  lastRow: number;
}

type BatchError = { row: number; cells: string[]; errors: RowError[] };

/** Runs a started job to its end. Exported for the CLI and tests; never rejects. */
export async function runImportJob(jobId: number): Promise<ImportSummary> {
  const job = await db.importJob.findUniqueOrThrow({ where: { id: jobId }, select: jobSelect });
  const dryRun = job.state === "CHECKING";
  let archive: AttachmentArchive | null = null;
  try {
    const actor = await loadActor(job.createdById);
    if (!actor || !can(actor, "entries.import")) throw new DomainError("FORBIDDEN", { message: "发起导入的账号已停用或已无导入权限。" });
    archive = await openJobArchive(job);
    const lookups = await loadImportLookups(actor, job, archive);
    const mapping = job.mapping as ColumnMapping;
    const seen = new Set<string>();
    const progress: Progress = { bytesRead: 0, lastRow: job.lastCommittedRow };
    let batch: PendingRow[] = [];
    let header = true;
    for await (const source of readSourceRows(sourceOf(job), (bytes) => (progress.bytesRead = bytes))) {
      if (header) {
        header = false;
        continue;
      }
      progress.lastRow = source.row;
      if (source.row <= job.lastCommittedRow || isBlank(source)) continue;
      batch.push({ row: source.row, cells: source.cells, result: validateRow(source.cells, mapping, lookups, seen) });
      if (batch.length >= IMPORT_BATCH_SIZE) {
        await commitBatch(actor, job, batch, progress, archive, dryRun);
        batch = [];
      }
    }
    await commitBatch(actor, job, batch, progress, archive, dryRun);
    return await finishJob(actor, job, dryRun ? "CHECKED" : "DONE", null);
  } catch (error) {
    logger().error({ err: error, action: "import.run", jobId }, "import failed");
    const message = error instanceof DomainError ? error.message : "导入意外中断，已导入的批次保留；可重新开始，从中断处继续。";
    return finishJob(null, job, "FAILED", message).catch((failure: unknown) => {
      logger().error({ err: failure, action: "import.run", jobId }, "could not mark the import as failed");
      return { state: "FAILED" as const, imported: 0, failed: 0 };
    });
  } finally {
    archive?.close();
  }
}

async function finishJob(actor: Actor | null, job: LoadedJob, state: ImportJobState, message: string | null): Promise<ImportSummary> {
  const done = await db.$transaction(async (tx) => {
    const updated = await tx.importJob.update({
      where: { id: job.id },
      // A failed run keeps lastCommittedRow: starting it again continues after the last committed batch.
      data: { state, message, finishedAt: new Date() },
      select: { imported: true, failed: true, rowsRead: true, createdByName: true, createdById: true },
    });
    const counts = { rows: updated.rowsRead, imported: updated.imported, failed: updated.failed };
    await auditJob(tx, actor ?? { id: updated.createdById, displayName: updated.createdByName }, job.id, job.defaultUnitId, {
      action: state === "DONE" ? "import.finish" : state === "CHECKED" ? "import.checked" : "import.fail",
      toState: state,
      summary:
        state === "DONE"
          ? `导入「${job.filename}」完成：${counts.imported} 条导入，${counts.failed} 行有错误未导入`
          : state === "CHECKED"
            ? `校验「${job.filename}」完成：${counts.imported} 行可以导入，${counts.failed} 行有错误`
            : `导入「${job.filename}」中断：${message ?? ""}`,
      details: counts,
    });
    return { state, imported: updated.imported, failed: updated.failed };
  });
  if (state === "DONE") await rm(importDirectory(job.id), { recursive: true, force: true });
  return done;
}

interface ReadyRow {
  row: number;
  data: ImportedRow;
  files: { filename: string; mimeType: string; size: number; sha256: string }[];
}

/**
 * Validates a batch against the database and its attachments, then writes it: the good rows, the row
 * errors and the job's progress in one transaction. When that transaction fails (a 索引号 taken
 * meanwhile, or anything the validation could not foresee), every good row is retried in a
 * transaction of its own, and a row that fails again becomes a row error; nothing fails silently.
 */
async function commitBatch(actor: Actor, job: LoadedJob, batch: PendingRow[], progress: Progress, archive: AttachmentArchive | null, dryRun: boolean) {
  const errors: BatchError[] = [];
  const ready: ReadyRow[] = [];
  for (const pending of batch) {
    if (!pending.result.ok) {
      errors.push({ row: pending.row, cells: pending.cells, errors: pending.result.errors });
      continue;
    }
    const files: ReadyRow["files"] = [];
    const fileErrors: RowError[] = [];
    for (const name of pending.result.row.attachments) {
      const stored = await archive!.store(name, !dryRun);
      if (stored.ok) files.push({ filename: stored.filename, mimeType: stored.mimeType, size: stored.size, sha256: stored.sha256 });
      else fileErrors.push({ field: "attachments", message: stored.message });
    }
    if (fileErrors.length) errors.push({ row: pending.row, cells: pending.cells, errors: fileErrors });
    else ready.push({ row: pending.row, data: pending.result.row, files });
  }
  const cellsOf = new Map(batch.map((p) => [p.row, p.cells]));
  const taken = new Set(
    (await db.entry.findMany({ where: { indexNo: { in: ready.map((r) => r.data.indexNo) } }, select: { indexNo: true } })).map((e) => e.indexNo),
  );
  const fresh = ready.filter((r) => {
    if (!taken.has(r.data.indexNo)) return true;
    errors.push({ row: r.row, cells: cellsOf.get(r.row)!, errors: [{ field: "indexNo", message: `索引号 ${r.data.indexNo} 已存在，不会覆盖已有信息` }] });
    return false;
  });
  // A dry run commits no rows, so it never moves lastCommittedRow (where a resumed import starts).
  const finish = (tx: Tx, imported: number) =>
    recordProgress(tx, job.id, { ...progress, lastRow: dryRun ? job.lastCommittedRow : progress.lastRow }, batch.length, imported, errors);
  if (dryRun || fresh.length === 0) {
    await db.$transaction((tx) => finish(tx, fresh.length));
    return;
  }
  try {
    await db.$transaction(async (tx) => {
      await writeImportedRows(tx, actor, job.id, fresh);
      await finish(tx, fresh.length);
    });
  } catch (error) {
    logger().warn({ err: error, action: "import.batch", jobId: job.id, firstRow: batch[0]?.row }, "import batch failed, retrying row by row");
    let imported = 0;
    for (const row of fresh) {
      try {
        await db.$transaction((tx) => writeImportedRows(tx, actor, job.id, [row]));
        imported++;
      } catch (rowError) {
        const duplicate = (rowError as { code?: string }).code === "P2002";
        errors.push({
          row: row.row,
          cells: cellsOf.get(row.row)!,
          errors: [
            { field: duplicate ? "indexNo" : "row", message: duplicate ? `索引号 ${row.data.indexNo} 已存在，不会覆盖已有信息` : "写入数据库失败，该行未导入" },
          ],
        });
      }
    }
    await db.$transaction((tx) => finish(tx, imported));
  }
  invalidatePublicCache();
}

async function recordProgress(tx: Tx, jobId: number, progress: Progress, rowsRead: number, imported: number, errors: BatchError[]) {
  if (errors.length)
    await tx.importRowError.createMany({
      data: errors.flatMap((e) => e.errors.map((err) => ({ jobId, row: e.row, field: err.field, message: err.message, values: e.cells }))),
    });
  await tx.importJob.update({
    where: { id: jobId },
    data: {
      bytesRead: progress.bytesRead,
      rowsRead: { increment: rowsRead },
      imported: { increment: imported },
      failed: { increment: errors.length },
      lastCommittedRow: progress.lastRow,
    },
  });
}

/**
 * Writes imported rows as entries that were public before Gongkai: the original 索引号 and dates, one
 * revision PUBLISHED with an IMPORT record (instead of the two review steps, which never happened here)
 * bound to its content hash, an `entry.import` audit row with that hash, and the search row built by
 * the same function publication uses. The tamper check verifies them like any published revision.
 */
async function writeImportedRows(tx: Tx, actor: Actor, jobId: number, rows: ReadyRow[]) {
  const now = new Date();
  const entries = await tx.entry.createManyAndReturn({
    data: rows.map((r) => ({ unitId: r.data.unitId, indexNo: r.data.indexNo, firstPublishedAt: r.data.publishedAt, importJobId: jobId })),
    select: { id: true, indexNo: true },
  });
  const entryIds = new Map(entries.map((e) => [e.indexNo!, e.id]));
  const contents = rows.map((r) =>
    toContent(
      r.data.unitId,
      r.data.input,
      r.files.map((f) => f.sha256),
    ),
  );
  const revisions = await tx.entryRevision.createManyAndReturn({
    data: rows.map((r, i) => ({
      entryId: entryIds.get(r.data.indexNo)!,
      number: 1,
      state: "PUBLISHED" as const,
      drafterId: actor.id,
      // The revision enters the catalogue with the import, which stands in for the submission.
      submittedAt: now,
      publishedAt: r.data.publishedAt,
      ...revisionData(contents[i]!, actor),
    })),
    select: { id: true, entryId: true, contentHash: true },
  });
  const byEntry = new Map(revisions.map((rev) => [rev.entryId, rev]));
  const revisionOf = (r: ReadyRow) => byEntry.get(entryIds.get(r.data.indexNo)!)!;
  const files = rows.flatMap((r) => r.files.map((f, i) => ({ revisionId: revisionOf(r).id, position: i + 1, ...f })));
  if (files.length) await tx.attachment.createMany({ data: files });
  await tx.reviewRecord.createMany({
    data: rows.map((r) => ({
      revisionId: revisionOf(r).id,
      step: "IMPORT" as const,
      decision: "IMPORTED",
      actorId: actor.id,
      actorName: actor.displayName,
      attribute: "PROACTIVE" as const,
      note: `原平台已公开的信息，导入批次 #${jobId} 第 ${r.row} 行`,
      contentHash: revisionOf(r).contentHash,
      createdAt: now,
    })),
  });
  await tx.searchDocument.createMany({
    data: rows.map((r, i) => ({
      entryId: entryIds.get(r.data.indexNo)!,
      ...searchDocumentData(
        { unitId: r.data.unitId, indexNo: r.data.indexNo, firstPublishedAt: r.data.publishedAt, withdrawnAt: null },
        { ...r.data.input, bodyHtml: contents[i]!.bodyHtml },
      ),
    })),
  });
  await advanceIndexSequences(tx, rows);
  const audit: AuditRow[] = rows.map((r) => ({
    createdAt: now,
    actorId: actor.id,
    actorName: actor.displayName,
    action: "entry.import",
    entityType: "Entry",
    entityId: String(entryIds.get(r.data.indexNo)),
    unitId: r.data.unitId,
    fromState: null,
    toState: "PUBLISHED",
    reason: null,
    summary: `导入原平台已公开的信息「${r.data.input.title}」（索引号 ${r.data.indexNo}，原公开日期 ${toChinaDate(r.data.publishedAt)}，导入批次 #${jobId} 第 ${r.row} 行）`,
    details: {
      revisionId: revisionOf(r).id,
      contentHash: revisionOf(r).contentHash,
      indexNo: r.data.indexNo,
      importJobId: jobId,
      row: r.row,
      publishedAt: r.data.publishedAt.toISOString(),
    },
  }));
  await appendAuditRows(tx, audit);
}

/** Moves each unit's 索引号 sequence past imported numbers in Gongkai's own format, so none is allocated twice. */
async function advanceIndexSequences(tx: Tx, rows: ReadyRow[]) {
  const units = await tx.unit.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.data.unitId))] } }, select: { id: true, code: true } });
  const highest = new Map<string, { unitId: number; year: number; serial: number }>();
  for (const r of rows) {
    const code = units.find((u) => u.id === r.data.unitId)!.code;
    const parsed = parseIndexSerial(r.data.indexNo, code);
    if (!parsed) continue;
    const key = `${r.data.unitId}:${parsed.year}`;
    if ((highest.get(key)?.serial ?? 0) < parsed.serial) highest.set(key, { unitId: r.data.unitId, ...parsed });
  }
  for (const { unitId, year, serial } of highest.values())
    await tx.$executeRaw`
      INSERT INTO "IndexSequence" ("unitId", "year", "last", "updatedAt") VALUES (${unitId}, ${year}, ${serial}, now())
      ON CONFLICT ("unitId", "year") DO UPDATE SET "last" = GREATEST("IndexSequence"."last", ${serial}), "updatedAt" = now()`;
}
