import type { Prisma } from "@/lib/db/generated/client";

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
  await tx.auditEvent.create({
    data: {
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
  });
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
