/*
 * Backups (P7 item 6), the pure part: the manifest, the order tables are restored in, and the order of
 * rows in a table that refers to itself. The I/O is in backup.ts.
 */

export const BACKUP_FORMAT = 1;

/** Kept up by triggers from other tables (SearchDocument → FacetCount): rebuilt by the restore, not copied. */
export const DERIVED_TABLES = ["FacetCount"];

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  /** The migrations the database had: a restore applies exactly these before loading the rows. */
  migrations: string[];
  tables: { name: string; rows: number; sha256: string }[];
  files: { sha256: string; size: number }[];
}

export interface ForeignKey {
  table: string;
  column: string;
  references: string;
}

/**
 * Tables in an order where every table comes after the tables it refers to (self-references aside:
 * see parentsFirst). Ties keep alphabetical order, so the order is stable.
 */
export function restoreOrder(tables: string[], keys: ForeignKey[]): string[] {
  const pending = new Set(tables);
  const order: string[] = [];
  while (pending.size > 0) {
    const ready = [...pending].filter((table) => !keys.some((k) => k.table === table && k.references !== table && pending.has(k.references))).sort();
    if (ready.length === 0) throw new Error(`Foreign keys form a cycle among ${[...pending].join(", ")}`);
    for (const table of ready) {
      order.push(table);
      pending.delete(table);
    }
  }
  return order;
}

/**
 * The rows of a table that refers to itself through `column` (a unit's parent), each after the row it
 * refers to. Rows whose parent is missing keep their place at the end, for the database to refuse.
 */
export function parentsFirst<T extends Record<string, unknown>>(rows: T[], column: string, key = "id"): T[] {
  const placed = new Set<unknown>();
  const ordered: T[] = [];
  let remaining = rows;
  while (remaining.length > 0) {
    const next = remaining.filter((row) => row[column] === null || row[column] === undefined || placed.has(row[column]));
    if (next.length === 0) return [...ordered, ...remaining];
    for (const row of next) placed.add(row[key]);
    ordered.push(...next);
    remaining = remaining.filter((row) => !next.includes(row));
  }
  return ordered;
}
