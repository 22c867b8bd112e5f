import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { auditListWhere } from "@/lib/audit/queries";
import { auditListQuerySchema } from "@/lib/audit/schemas";
import { can, canReadApplicantData, type Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db/client";
import { ENTRY_VIEW_LABELS } from "@/lib/entries/model";
import { ENTRY_LIST_ORDER, ENTRY_LIST_SELECT, entryListWhere, readEntryListQuery } from "@/lib/entries/queries";
import { readRequestListQuery, REQUEST_LIST_ORDER, requestListWhere } from "@/lib/requests/queries";
import { describeFilters, EXPORT_CONTENT_TYPES, exportFilename, exportFormatSchema, type ExportColumn } from "./model";
import { AUDIT_EXPORT_COLUMNS, ENTRY_EXPORT_COLUMNS, requestExportColumns, type RequestExportRow } from "./rows";
import { exportStream, inBatches, rowsAfter } from "./write";

/** A download ready to stream: its names, type and body. */
export interface ExportFile {
  filename: string;
  ascii: string;
  contentType: string;
  body: ReadableStream<Uint8Array>;
}

export interface ExportRequest {
  actor: Actor;
  /** The list page's URL parameters plus `format`. */
  params: Record<string, unknown>;
  now?: Date;
  /** Rows per database read (EXPORT_BATCH_SIZE); smaller in tests to cross batch boundaries. */
  batchSize?: number;
}

interface ExportPlan<T> {
  list: "entries" | "requests" | "audit";
  /** "信息发布-全部信息": the file name's and the audit summary's name of the list. */
  title: string;
  ascii: string;
  filters: Record<string, unknown>;
  count: () => Promise<number>;
  columns: readonly ExportColumn<T>[];
  batches: AsyncIterable<T[]>;
}

/**
 * Records the export (who, which list, filters, how many rows) and hands back the stream. The audit row
 * is written before any row leaves, so an export that fails half-way is still on record.
 */
async function startExport<T>({ actor, params, now = new Date() }: ExportRequest, plan: ExportPlan<T>): Promise<ExportFile> {
  const format = exportFormatSchema.parse(params.format);
  const rows = await plan.count();
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actor,
      action: `${plan.list}.export`,
      entityType: "Export",
      entityId: plan.list,
      unitId: actor.unitId,
      summary: `导出「${plan.title}」为 ${format === "csv" ? "CSV" : "Excel"}，共 ${rows} 条；筛选：${describeFilters(plan.filters)}`,
      details: { list: plan.list, format, filters: plan.filters as Prisma.InputJsonObject, rows },
    }),
  );
  const names = exportFilename(plan.title, plan.ascii, now, format);
  return { ...names, contentType: EXPORT_CONTENT_TYPES[format], body: exportStream(format, { sheetName: plan.title, ...plan }) };
}

/** The list's filters for the audit row: the set ones, without the page (an export has all pages). */
const filtersOf = (query: object) => Object.fromEntries(Object.entries(query).filter(([k, v]) => v !== undefined && k !== "page"));

/** The entry list (/admin/entries) with the page's filters and queue, every matching row. Null when the list is refused. */
export async function exportEntries(request: ExportRequest): Promise<ExportFile | null> {
  const query = readEntryListQuery(request.actor, request.params);
  if (!query) return null;
  const where = entryListWhere(request.actor, query);
  return startExport(request, {
    list: "entries",
    title: `信息发布-${ENTRY_VIEW_LABELS[query.view]}`,
    ascii: `entries-${query.view}`,
    filters: filtersOf(query),
    count: () => db.entryRevision.count({ where }),
    columns: ENTRY_EXPORT_COLUMNS,
    batches: inBatches(request.batchSize, (after: number | undefined, take) =>
      db.entryRevision.findMany({
        where,
        orderBy: ENTRY_LIST_ORDER,
        ...rowsAfter(after),
        take,
        select: ENTRY_LIST_SELECT,
      }),
    ),
  });
}

/**
 * The applications list (/admin/requests) with the page's filters. The applicant's personal data only
 * where the reader may read it (canReadApplicantData, as on an application's page); otherwise the
 * columns are left out, or empty for the rows of units where they may not.
 */
export async function exportRequests(request: ExportRequest): Promise<ExportFile | null> {
  const { actor } = request;
  const query = readRequestListQuery(actor, request.params);
  if (!query) return null;
  const where = requestListWhere(actor, query);
  return startExport(request, {
    list: "requests",
    title: query.all || query.state ? "依申请公开" : "依申请公开-待办",
    ascii: "requests",
    filters: filtersOf(query),
    count: () => db.disclosureRequest.count({ where }),
    columns: requestExportColumns(canReadApplicantData(actor)),
    batches: inBatches(request.batchSize, async (after: number | undefined, take): Promise<(RequestExportRow & { id: number })[]> => {
      const rows = await db.disclosureRequest.findMany({
        where,
        orderBy: REQUEST_LIST_ORDER,
        ...rowsAfter(after),
        take,
        select: {
          id: true,
          trackingCode: true,
          state: true,
          channel: true,
          applicantType: true,
          applicantName: true,
          contactPerson: true,
          idType: true,
          idNumber: true,
          phone: true,
          email: true,
          address: true,
          postalCode: true,
          description: true,
          submittedAt: true,
          receivedOn: true,
          dueOn: true,
          outcome: true,
          answeredOn: true,
          unit: { select: { name: true, path: true } },
          handler: { select: { displayName: true } },
        },
      });
      return rows.map(({ contactPerson, idType, idNumber, phone, email, address, postalCode, ...row }) => ({
        ...row,
        applicant: canReadApplicantData(actor, { unitPath: row.unit.path }) ? { contactPerson, idType, idNumber, phone, email, address, postalCode } : null,
      }));
    }),
  });
}

/**
 * The audit log (/admin/audit) with the page's filter, newest first, as far as the newest row when the
 * export started (so it does not list its own audit row). Null without the audit role.
 */
export async function exportAudit(request: ExportRequest): Promise<ExportFile | null> {
  const { actor } = request;
  if (!can(actor, "audit.read")) return null;
  const query = auditListQuerySchema.parse(request.params);
  const scoped = await auditListWhere(actor, query);
  if (!scoped) return null;
  const newest = await db.auditEvent.findFirst({ where: scoped, orderBy: { id: "desc" }, select: { id: true } });
  const where: Prisma.AuditEventWhereInput = { AND: [scoped, { id: { lte: newest?.id ?? 0n } }] };
  return startExport(request, {
    list: "audit",
    title: "审计日志",
    ascii: "audit-log",
    filters: filtersOf(query),
    count: () => db.auditEvent.count({ where }),
    columns: AUDIT_EXPORT_COLUMNS,
    batches: inBatches(request.batchSize, (after: bigint | undefined, take) =>
      db.auditEvent.findMany({
        where,
        orderBy: { id: "desc" },
        ...rowsAfter(after),
        take,
        select: { id: true, createdAt: true, actorName: true, action: true, entityType: true, entityId: true, summary: true, reason: true },
      }),
    ),
  });
}
