import { createHash } from "node:crypto";

/*
 * The audit log as a hash chain (P6 item 3): each row stores the hash of the row before it and a hash
 * over that link and its own fields. A row changed in the database no longer re-hashes to its hash; a
 * row deleted or slipped in between breaks the link of the row after it; a row inserted around the
 * application has no hash at all. The chain is ordered by id: rows are appended under one advisory
 * lock held until commit (record.ts), so ids are assigned in chain order.
 */

/** The fields a hash covers: everything of the row except its id and the hashes themselves. */
export interface ChainedFields {
  createdAt: Date;
  actorId: number | null;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  unitId: number | null;
  fromState: string | null;
  toState: string | null;
  reason: string | null;
  summary: string;
  details?: unknown;
}

/** The prevHash of the first row. */
export const GENESIS_HASH = "0".repeat(64);

/**
 * JSON with object keys sorted at every level, so a value hashes the same before it is stored and
 * after PostgreSQL's jsonb has reordered its keys. Undefined members are dropped and dates become
 * strings, as in JSON.stringify.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") return canonicalJson((value as { toJSON(): unknown }).toJSON());
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? "null" : canonicalJson(item))).join(",")}]`;
  if (typeof value === "object") {
    const members = Object.entries(value as Record<string, unknown>)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`);
    return `{${members.join(",")}}`;
  }
  return JSON.stringify(value);
}

export function auditHash(prevHash: string, row: ChainedFields): string {
  const fields = [
    row.createdAt.toISOString(),
    row.actorId,
    row.actorName,
    row.action,
    row.entityType,
    row.entityId,
    row.unitId,
    row.fromState,
    row.toState,
    row.reason,
    row.summary,
    row.details ?? null,
  ];
  return createHash("sha256")
    .update(`${prevHash}\n${canonicalJson(fields)}`)
    .digest("hex");
}

/** Gives each row its link and hash, in order, continuing the chain from `prevHash`. */
export function chainRows<T extends ChainedFields>(prevHash: string, rows: T[]): (T & { prevHash: string; hash: string })[] {
  let previous = prevHash;
  return rows.map((row) => {
    const hash = auditHash(previous, row);
    const chained = { ...row, prevHash: previous, hash };
    previous = hash;
    return chained;
  });
}

export type ChainProblemKind = "ROW_CHANGED" | "LINK_BROKEN" | "UNCHAINED";

export const CHAIN_PROBLEM_LABELS: Record<ChainProblemKind, string> = {
  ROW_CHANGED: "记录内容被改动（重新计算的哈希不一致）",
  LINK_BROKEN: "前一条记录被删除或插入（链接断开）",
  UNCHAINED: "记录未经系统写入（没有哈希）",
};

export interface ChainProblem {
  id: bigint;
  kind: ChainProblemKind;
  createdAt: Date;
  action: string;
}

export type StoredAuditRow = ChainedFields & { id: bigint; prevHash: string | null; hash: string | null };

/**
 * Walks the chain in id order, a batch at a time: feed the batches in order to one verifier. Rows
 * without a hash before the first chained row were written before the chain existed and are only
 * counted; any later one is a problem.
 */
export function createChainVerifier() {
  let previous: string | null = null;
  let started = false;
  const state = { checked: 0, unchainedBefore: 0, problems: [] as ChainProblem[], lastHash: null as string | null };
  return {
    state,
    add(rows: StoredAuditRow[]) {
      for (const row of rows) {
        const problem = (kind: ChainProblemKind) => state.problems.push({ id: row.id, kind, createdAt: row.createdAt, action: row.action });
        if (row.hash === null || row.prevHash === null) {
          if (started) problem("UNCHAINED");
          else state.unchainedBefore += 1;
          continue;
        }
        state.checked += 1;
        if (started ? row.prevHash !== previous : row.prevHash !== GENESIS_HASH) problem("LINK_BROKEN");
        if (auditHash(row.prevHash, row) !== row.hash) problem("ROW_CHANGED");
        started = true;
        previous = row.hash;
        state.lastHash = row.hash;
      }
    },
  };
}
