import "server-only";
import { stringify } from "csv-stringify/sync";
import { can, hasRole, scopesFor, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { CSV_OPTIONS } from "@/lib/search/csv";
import { errorReportHeader, FIELD_LABELS, isStaleRun, mapCells, validateRow, type ColumnMapping, type ImportField, type RowError } from "./model";
import { loadImportLookups, mappingProblems, openJobArchive, sourceOf, type ImportOptions } from "./service";
import { readSample } from "./source";

/** Rows shown in the preview of the mapping step. */
export const PREVIEW_ROWS = 20;

const visibleJobs = (actor: Actor) => (hasRole(actor, "SYSTEM_ADMIN") ? {} : { createdById: actor.id });

/** The actor's imports, newest first (system administrators see everyone's). */
export function listImportJobs(actor: Actor) {
  if (!can(actor, "entries.import")) return Promise.resolve([]);
  return db.importJob.findMany({
    where: visibleJobs(actor),
    orderBy: { id: "desc" },
    take: 50,
    select: { id: true, filename: true, state: true, createdByName: true, createdAt: true, imported: true, failed: true, rowsRead: true },
  });
}

/** Units the actor may import into, for the default-unit select. */
export async function listImportUnits(actor: Actor) {
  const scopes = scopesFor(actor, "entries.import");
  if (scopes.length === 0) return [];
  return db.unit.findMany({
    where: { disabled: false, OR: scopes.map((p) => ({ path: { startsWith: p } })) },
    orderBy: { path: "asc" },
    select: { id: true, name: true, code: true },
  });
}

export interface PreviewRow {
  row: number;
  values: Partial<Record<ImportField, string>>;
  errors: RowError[];
}

/** A job for its page: counters, the mapping's problems, and in the mapping step a validated preview of the first rows. */
export async function getImportJob(actor: Actor, jobId: number) {
  if (!can(actor, "entries.import")) return null;
  const job = await db.importJob.findFirst({ where: { id: jobId, ...visibleJobs(actor) } });
  if (!job) return null;
  const errors = await db.importRowError.findMany({
    where: { jobId },
    orderBy: [{ row: "asc" }, { id: "asc" }],
    take: 50,
    select: { row: true, field: true, message: true },
  });
  const stale = isStaleRun(job.state, job.updatedAt, new Date());
  // After the retention purge the uploaded file is gone: nothing left to map or run.
  const mappingStep = !job.filesPurgedAt && (job.state === "MAPPING" || job.state === "CHECKED" || job.state === "FAILED" || stale);
  const { rows: preview, categories } = mappingStep ? await previewRows(actor, job) : { rows: [], categories: [] };
  return {
    job: { ...job, mapping: job.mapping as ColumnMapping, options: job.options as ImportOptions },
    mine: job.createdById === actor.id,
    /** Running, but its process died (server restart): shown as interrupted, and may be continued. */
    stale,
    problems: mappingStep ? mappingProblems(job) : [],
    preview,
    errors: errors.map((e) => ({ ...e, label: FIELD_LABELS[e.field as ImportField] ?? e.field })),
    categories,
  };
}

/** The first rows as they would be imported, each with its errors, including 索引号 already in the catalogue; and the categories. */
async function previewRows(
  actor: Actor,
  job: Parameters<typeof mappingProblems>[0] & { id: number; format: string; encoding: string; zipFilename: string | null },
) {
  const archive = await openJobArchive(job);
  try {
    const { rows } = await readSample(sourceOf(job), PREVIEW_ROWS);
    const lookups = await loadImportLookups(actor, job, archive);
    const mapping = job.mapping as ColumnMapping;
    const seen = new Set<string>();
    const results = rows.map((r) => ({ row: r.row, cells: r.cells, result: validateRow(r.cells, mapping, lookups, seen) }));
    const indexNos = results.flatMap((r) => (r.result.ok ? [r.result.row.indexNo] : []));
    const taken = new Set((await db.entry.findMany({ where: { indexNo: { in: indexNos } }, select: { indexNo: true } })).map((e) => e.indexNo));
    const preview = results.map(({ row, cells, result }): PreviewRow => {
      const errors = result.ok ? [] : result.errors;
      if (result.ok && taken.has(result.row.indexNo)) errors.push({ field: "indexNo", message: `索引号 ${result.row.indexNo} 已存在，不会覆盖已有信息` });
      return { row, values: mapCells(cells, mapping), errors };
    });
    // System-wide categories by their full path, for the defaults.
    const categories = lookups.categories.filter((c) => c.unitId === null).map(({ id, kind, fullName }) => ({ id, kind, name: fullName }));
    return { rows: preview, categories };
  } finally {
    archive?.close();
  }
}

/**
 * The error report of a job as CSV (UTF-8 with BOM for Excel, formulas defused): row number, field,
 * message and the row's original cells, one line per error, streamed from the database in pages.
 */
export async function* errorReportCsv(jobId: number, headers: string[]): AsyncGenerator<string> {
  yield stringify([errorReportHeader(headers)], { ...CSV_OPTIONS, bom: true });
  let cursor = 0;
  for (;;) {
    const page = await db.importRowError.findMany({ where: { jobId, id: { gt: cursor } }, orderBy: { id: "asc" }, take: 1000 });
    if (page.length === 0) break;
    cursor = page.at(-1)!.id;
    yield stringify(
      page.map((e) => [String(e.row), FIELD_LABELS[e.field as ImportField] ?? e.field, e.message, ...e.values]),
      CSV_OPTIONS,
    );
  }
}

/** The job of an error report download, if the actor may see it. */
export function findImportJobForReport(actor: Actor, jobId: number) {
  if (!can(actor, "entries.import")) return Promise.resolve(null);
  return db.importJob.findFirst({ where: { id: jobId, ...visibleJobs(actor) }, select: { id: true, filename: true, headers: true } });
}
