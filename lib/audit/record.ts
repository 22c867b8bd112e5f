import type { Prisma } from "@/lib/db/generated/client";
import { GENESIS_HASH, chainRows, type ChainedFields } from "./chain";

/** Who did it: a staff member, or the system itself (seed, scheduler) when null. */
export interface AuditActor {
  id: number;
  displayName: string;
}

export interface AuditInput {
  actor: AuditActor | null;
  action: string;
  entityType: string;
  entityId: string | number;
  unitId?: number | null;
  fromState?: string | null;
  toState?: string | null;
  reason?: string | null;
  /** One readable line: what changed, before → after. */
  summary: string;
  details?: Prisma.InputJsonValue;
}

/** Appends an audit row. Call it with the transaction client of the change it records. */
export async function recordAudit(tx: Prisma.TransactionClient, input: AuditInput): Promise<void> {
  await appendAuditRows(tx, [
    {
      createdAt: new Date(),
      actorId: input.actor?.id ?? null,
      actorName: input.actor?.displayName ?? "系统",
      action: input.action,
      entityType: input.entityType,
      entityId: String(input.entityId),
      unitId: input.unitId ?? null,
      fromState: input.fromState ?? null,
      toState: input.toState ?? null,
      reason: input.reason ?? null,
      summary: input.summary,
      details: input.details,
    },
  ]);
}

/** Any fixed number: the advisory lock that serialises appends to the audit chain. */
const AUDIT_CHAIN_LOCK = 7_146_023_001;

export type AuditRow = Omit<ChainedFields, "details"> & { details?: Prisma.InputJsonValue };

/**
 * Appends rows to the hash-chained audit log (chain.ts), in the given order. Holds a transaction-level
 * advisory lock until the caller's transaction ends, so concurrent appends cannot fork the chain and
 * ids follow the chain's order.
 */
export async function appendAuditRows(tx: Prisma.TransactionClient, rows: AuditRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK}::bigint)`;
  const last = await tx.auditEvent.findFirst({ where: { hash: { not: null } }, orderBy: { id: "desc" }, select: { hash: true } });
  await tx.auditEvent.createMany({ data: chainRows(last?.hash ?? GENESIS_HASH, rows) });
}

/** "field: old → new" for each changed field, for audit summaries. */
export function describeChanges<T extends Record<string, unknown>>(before: T, after: Partial<T>, labels: Partial<Record<keyof T, string>> = {}): string[] {
  return Object.entries(after)
    .filter(([key, value]) => value !== undefined && before[key] !== value)
    .map(([key, value]) => `${labels[key as keyof T] ?? key}: ${shown(before[key])} → ${shown(value)}`);
}

function shown(value: unknown): string {
  if (value === null || value === undefined || value === "") return "（空）";
  if (typeof value === "string") return value;
  return typeof value === "number" || typeof value === "boolean" || typeof value === "bigint" ? String(value) : JSON.stringify(value);
}
