import { describe, expect, it } from "vitest";
import { GENESIS_HASH, auditHash, canonicalJson, chainRows, createChainVerifier, type ChainedFields, type StoredAuditRow } from "./chain";

const row = (n: number, details: unknown = { revisionId: n, contentHash: "ab".repeat(32) }): ChainedFields => ({
  createdAt: new Date(Date.UTC(2026, 10, 23, 8, 0, n)),
  actorId: 3,
  actorName: "王经办",
  action: "entry.submit",
  entityType: "Entry",
  entityId: String(n),
  unitId: 2,
  fromState: "DRAFT",
  toState: "SUBMITTED",
  reason: null,
  summary: `提交信息 ${n}`,
  details,
});

/** Rows as the database returns them: chained, with ids 1, 2, 3… */
const stored = (count: number): StoredAuditRow[] =>
  chainRows(
    GENESIS_HASH,
    Array.from({ length: count }, (_, i) => row(i + 1)),
  ).map((r, i) => ({ ...r, id: BigInt(i + 1) }));

const verify = (rows: StoredAuditRow[], batch = 2) => {
  const verifier = createChainVerifier();
  for (let i = 0; i < rows.length; i += batch) verifier.add(rows.slice(i, i + batch));
  return verifier.state;
};

const kinds = (rows: StoredAuditRow[]) => verify(rows).problems.map((p) => `${p.id}:${p.kind}`);

describe("canonicalJson", () => {
  it("sorts keys at every level, so jsonb's reordering does not change the hash", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: "二" }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"y":"二","z":1}]},"b":1}');
    expect(canonicalJson({ b: 1, a: 2 })).toBe(canonicalJson({ a: 2, b: 1 }));
  });

  it("drops undefined members and writes dates as JSON.stringify does", () => {
    const value = { at: new Date("2026-11-23T08:00:00Z"), gone: undefined, list: [undefined] };
    expect(canonicalJson(value)).toBe('{"at":"2026-11-23T08:00:00.000Z","list":[null]}');
    expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
  });
});

describe("the audit hash chain", () => {
  it("links each row to the one before, starting from the genesis hash", () => {
    const rows = stored(3);
    expect(rows[0]!.prevHash).toBe(GENESIS_HASH);
    expect(rows[1]!.prevHash).toBe(rows[0]!.hash);
    expect(rows[2]!.prevHash).toBe(rows[1]!.hash);
    expect(new Set(rows.map((r) => r.hash)).size).toBe(3);
  });

  it("covers every field: changing any one changes the hash", () => {
    const base = row(1);
    const original = auditHash(GENESIS_HASH, base);
    const changes: Partial<ChainedFields>[] = [
      { createdAt: new Date(base.createdAt.getTime() + 1) },
      { actorId: 4 },
      { actorName: "李经办" },
      { action: "entry.publish" },
      { entityType: "Unit" },
      { entityId: "2" },
      { unitId: null },
      { fromState: null },
      { toState: "PUBLISHED" },
      { reason: "补正" },
      { summary: "提交信息 1 " },
      { details: { revisionId: 1, contentHash: "cd".repeat(32) } },
    ];
    for (const change of changes) expect(auditHash(GENESIS_HASH, { ...base, ...change }), JSON.stringify(change)).not.toBe(original);
    expect(auditHash("1".repeat(64), base)).not.toBe(original);
  });

  it("verifies an intact chain across batches", () => {
    const rows = stored(7);
    expect(verify(rows, 3)).toEqual({ checked: 7, unchainedBefore: 0, problems: [], lastHash: rows[6]!.hash });
  });

  it("finds a row changed in place", () => {
    const rows = stored(4);
    rows[2] = { ...rows[2]!, summary: "提交信息 3（已改）" };
    expect(kinds(rows)).toEqual(["3:ROW_CHANGED"]);
  });

  it("finds a row changed with its own hash recomputed by the link of the row after it", () => {
    const rows = stored(4);
    const forged = { ...rows[1]!, summary: "伪造" };
    rows[1] = { ...forged, hash: auditHash(forged.prevHash!, forged) };
    expect(kinds(rows)).toEqual(["3:LINK_BROKEN"]);
  });

  it("finds a deleted row, also the first one", () => {
    const rows = stored(4);
    expect(kinds([rows[0]!, rows[1]!, rows[3]!])).toEqual(["4:LINK_BROKEN"]);
    expect(kinds(rows.slice(1))).toEqual(["2:LINK_BROKEN"]);
  });

  it("finds a row inserted without a hash after the chain began, and the chain still continues past it", () => {
    const rows = stored(3);
    const inserted: StoredAuditRow = { ...row(9), id: BigInt(9), prevHash: null, hash: null };
    const state = verify([rows[0]!, rows[1]!, inserted, { ...rows[2]!, id: BigInt(10) }]);
    expect(state.problems.map((p) => `${p.id}:${p.kind}`)).toEqual(["9:UNCHAINED"]);
    expect(state.checked).toBe(3);
  });

  it("only counts rows written before the chain existed", () => {
    const legacy: StoredAuditRow[] = [1, 2].map((n) => ({ ...row(n), id: BigInt(n), prevHash: null, hash: null }));
    const chained = stored(2).map((r, i) => ({ ...r, id: BigInt(i + 3) }));
    expect(verify([...legacy, ...chained])).toMatchObject({ checked: 2, unchainedBefore: 2, problems: [] });
  });
});
