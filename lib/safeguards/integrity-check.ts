import "server-only";
import { createHash } from "node:crypto";
import { isMissingFile, readStoredFile } from "@/lib/attachments/storage";
import { createChainVerifier, type ChainProblem } from "@/lib/audit/chain";
import { recordAudit } from "@/lib/audit/record";
import { can, hasRole, scopesFor, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { readEnv } from "@/lib/env";
import type { Prisma } from "@/lib/db/generated/client";
import { STORED_REVISION_SELECT } from "@/lib/entries/model";
import { checkPublishedRevision, checkSpam, isApprovedContent, LATEST_APPROVAL_SELECT, type IntegrityProblem, type PublishedRevisionRecord } from "./integrity";

/** Revisions the public can see: the published one, or the withdrawn one shown with its notice. */
const PUBLIC_REVISION: Prisma.EntryRevisionWhereInput = { state: { in: ["PUBLISHED", "WITHDRAWN"] }, entry: { indexNo: { not: null } } };

const revisionSelect = {
  id: true,
  entryId: true,
  ...STORED_REVISION_SELECT,
  contentHash: true,
  submittedAt: true,
  entry: { select: { indexNo: true, unitId: true, unit: { select: { path: true } } } },
  reviews: LATEST_APPROVAL_SELECT,
  attachments: { orderBy: { position: "asc" }, select: { id: true, filename: true, sha256: true } },
} satisfies Prisma.EntryRevisionSelect;

type Row = Prisma.EntryRevisionGetPayload<{ select: typeof revisionSelect }>;

function toRecord(row: Row, auditHashes: string[]): PublishedRevisionRecord {
  return {
    entryId: row.entryId,
    indexNo: row.entry.indexNo,
    unitId: row.entry.unitId,
    revisionId: row.id,
    revision: row,
    storedHash: row.contentHash,
    attachmentHashes: row.attachments.map((a) => a.sha256),
    submittedAt: row.submittedAt,
    approval: row.reviews[0] ?? null,
    auditHashes,
  };
}

/** `details.contentHash` of the `entry.publish` (or, imported, `entry.import`) audit rows of each revision among `rows`. */
async function publishAuditHashes(rows: Row[]): Promise<Map<number, string[]>> {
  const events = await db.auditEvent.findMany({
    where: { entityType: "Entry", entityId: { in: [...new Set(rows.map((r) => String(r.entryId)))] }, action: { in: ["entry.publish", "entry.import"] } },
    select: { details: true },
  });
  const byRevision = new Map<number, string[]>();
  for (const { details } of events) {
    if (!details || typeof details !== "object" || Array.isArray(details)) continue;
    const { revisionId, contentHash } = details as { revisionId?: unknown; contentHash?: unknown };
    if (typeof revisionId !== "number" || typeof contentHash !== "string") continue;
    byRevision.set(revisionId, [...(byRevision.get(revisionId) ?? []), contentHash]);
  }
  return byRevision;
}

async function fileProblem(sha256: string): Promise<"FILE_MISSING" | "FILE_CHANGED" | null> {
  let bytes: Buffer;
  try {
    bytes = await readStoredFile(sha256);
  } catch (error) {
    if (isMissingFile(error)) return "FILE_MISSING";
    throw error;
  }
  return createHash("sha256").update(bytes).digest("hex") === sha256 ? null : "FILE_CHANGED";
}

export interface IntegrityReport {
  checkedRevisions: number;
  checkedFiles: number;
  problems: (IntegrityProblem & { unitPath: string })[];
  /** The audit log's hash chain; null when the reader may not see the whole log. */
  auditChain: AuditChainReport | null;
}

export interface AuditChainReport {
  /** Chained rows re-hashed. */
  checked: number;
  /** Rows from before the chain existed (only counted). */
  unchainedBefore: number;
  problems: ChainProblem[];
  /**
   * The newest row's hash. Deleting the newest rows leaves a shorter chain that is still whole, so the
   * page shows this value for administrators to note down and compare later.
   */
  lastHash: string | null;
}

/** Re-hashes the whole audit log in id order, a batch at a time. */
export async function verifyAuditChain(batchSize = 5000): Promise<AuditChainReport> {
  const verifier = createChainVerifier();
  let cursor = BigInt(0);
  for (;;) {
    const rows = await db.auditEvent.findMany({ where: { id: { gt: cursor } }, orderBy: { id: "asc" }, take: batchSize });
    if (rows.length === 0) break;
    cursor = rows.at(-1)!.id;
    verifier.add(rows);
  }
  const { checked, unchainedBefore, problems, lastHash } = verifier.state;
  return { checked, unchainedBefore, problems, lastHash };
}

/** The site's own host (GONGKAI_PUBLIC_URL), whose links are never suspicious. */
function siteHosts(): string[] {
  const site = readEnv().GONGKAI_PUBLIC_URL;
  return site ? [new URL(site).hostname] : [];
}

/**
 * Recomputes everything public: each published revision's content hash against its row, its
 * approval and its `entry.publish` audit row; each attachment file's SHA-256 against its name; the
 * public text for injected gambling spam; and the audit log's hash chain. Reads in batches by id, so
 * it scales to the 1M catalogue.
 */
export async function verifyPublicContent({
  trustedHosts = siteHosts(),
  batchSize = 500,
  withAuditChain = true,
}: { trustedHosts?: string[]; batchSize?: number; withAuditChain?: boolean } = {}): Promise<IntegrityReport> {
  const report: IntegrityReport = { checkedRevisions: 0, checkedFiles: 0, problems: [], auditChain: withAuditChain ? await verifyAuditChain() : null };
  const files = new Map<string, Promise<"FILE_MISSING" | "FILE_CHANGED" | null>>();
  let cursor = 0;
  for (;;) {
    const rows = await db.entryRevision.findMany({
      where: { ...PUBLIC_REVISION, id: { gt: cursor } },
      orderBy: { id: "asc" },
      take: batchSize,
      select: revisionSelect,
    });
    if (rows.length === 0) break;
    cursor = rows.at(-1)!.id;
    const audit = await publishAuditHashes(rows);
    for (const row of rows) {
      const record = toRecord(row, audit.get(row.id) ?? []);
      const problems = [...checkPublishedRevision(record), ...checkSpam(record, trustedHosts)];
      for (const attachment of row.attachments) {
        if (!files.has(attachment.sha256)) files.set(attachment.sha256, fileProblem(attachment.sha256));
        const kind = await files.get(attachment.sha256)!;
        if (kind)
          problems.push({
            entryId: row.entryId,
            indexNo: row.entry.indexNo,
            revisionId: row.id,
            kind,
            details: `附件「${attachment.filename}」（${attachment.sha256.slice(0, 12)}）`,
          });
      }
      report.problems.push(...problems.map((p) => ({ ...p, unitPath: row.entry.unit.path })));
      report.checkedRevisions += 1;
    }
  }
  report.checkedFiles = files.size;
  return report;
}

const ALERT_ACTION = "entry.integrity_alert";

/**
 * Called by the public loader when it refuses an entry: one audit row per revision and content, so
 * administrators see the alert on the dashboard without the public being able to flood the log.
 */
export async function recordIntegrityAlert(entryId: number, details: { revisionHash: string; actual: string; approved: string | null }): Promise<void> {
  const entry = await db.entry.findUnique({ where: { id: entryId }, select: { unitId: true, indexNo: true } });
  if (!entry) return;
  const seen = await db.auditEvent.findFirst({
    where: { entityType: "Entry", entityId: String(entryId), action: ALERT_ACTION, details: { path: ["actual"], equals: details.actual } },
    select: { id: true },
  });
  if (seen) return;
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actor: null,
      action: ALERT_ACTION,
      entityType: "Entry",
      entityId: entryId,
      unitId: entry.unitId,
      summary: `公开页面拒绝显示：信息 ${entry.indexNo ?? entryId} 的内容与审批通过的版本不一致`,
      details,
    }),
  );
}

/**
 * Entries the public site refused since `since` that still fail the cheap check, for the dashboard.
 * Only the entries named by alerts are re-checked, so the dashboard stays cheap at any catalogue size.
 */
export async function listIntegrityAlerts(unitIds: number[], since: Date) {
  const alerts = await db.auditEvent.findMany({
    where: { action: ALERT_ACTION, createdAt: { gte: since }, unitId: { in: unitIds } },
    select: { entityId: true, createdAt: true },
    orderBy: { id: "desc" },
    take: 200,
  });
  const entryIds = [...new Set(alerts.map((a) => Number(a.entityId)))];
  if (entryIds.length === 0) return [];
  const rows = await db.entryRevision.findMany({
    where: { ...PUBLIC_REVISION, entryId: { in: entryIds } },
    orderBy: { number: "desc" },
    select: revisionSelect,
  });
  const latest = new Map<number, Row>();
  for (const row of rows) if (!latest.has(row.entryId)) latest.set(row.entryId, row);
  return [...latest.values()]
    .filter((row) => !isApprovedContent(toRecord(row, [])))
    .map((row) => ({
      entryId: row.entryId,
      indexNo: row.entry.indexNo,
      title: row.title,
      alertedAt: alerts.find((a) => Number(a.entityId) === row.entryId)!.createdAt,
    }));
}

/** `listIntegrityAlerts` of the last 30 days in the units where the actor reads the audit log (dashboard). */
export async function listIntegrityAlertsFor(actor: Actor, now: Date) {
  const scopes = scopesFor(actor, "audit.read");
  if (scopes.length === 0) return [];
  const units = await db.unit.findMany({ where: { OR: scopes.map((prefix) => ({ path: { startsWith: prefix } })) }, select: { id: true } });
  return listIntegrityAlerts(
    units.map((u) => u.id),
    new Date(now.getTime() - 30 * 86_400_000),
  );
}

/**
 * The verifier run for the admin page: only the problems of units where the actor reads the audit
 * log, and the chain of the whole log only for system administrators.
 */
export async function verifyPublicContentFor(actor: Actor, options: { trustedHosts?: string[] } = {}): Promise<IntegrityReport> {
  if (scopesFor(actor, "audit.read").length === 0) return { checkedRevisions: 0, checkedFiles: 0, problems: [], auditChain: null };
  const report = await verifyPublicContent({ ...options, withAuditChain: hasRole(actor, "SYSTEM_ADMIN") });
  return { ...report, problems: report.problems.filter((p) => can(actor, "audit.read", { unitPath: p.unitPath })) };
}
