import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { verifyAuditChain } from "@/lib/safeguards/integrity-check";
import { setUpTestDatabase } from "@/lib/testing/database";
import { recordAudit } from "./record";

setUpTestDatabase();

const record = (n: number) =>
  db.$transaction((tx) =>
    recordAudit(tx, {
      actor: null,
      action: "test.event",
      entityType: "Test",
      entityId: n,
      summary: `事件 ${n}`,
      details: { n, nested: { b: 2, a: [1, "二"] } },
    }),
  );

/** What an attacker with the table owner's rights does: switch the append-only trigger off around a statement. */
async function tamper(statement: string) {
  await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`);
    await tx.$executeRawUnsafe(statement);
    await tx.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"`);
  });
}

const problems = async () => (await verifyAuditChain(3)).problems.map((p) => `${p.kind}:${p.action}`);

describe("the audit log's hash chain in the database", () => {
  it("stays whole under concurrent appends, jsonb details included", async () => {
    await Promise.all(Array.from({ length: 12 }, (_, i) => record(i + 1)));
    const chain = await verifyAuditChain(5);
    expect(chain).toMatchObject({ checked: 12, unchainedBefore: 0, problems: [] });
    const last = await db.auditEvent.findFirst({ orderBy: { id: "desc" } });
    expect(chain.lastHash).toBe(last!.hash);
  });

  it("reports a row changed, deleted or inserted around the application", async () => {
    const [, second, third] = await db.auditEvent.findMany({ orderBy: { id: "asc" }, take: 3 });
    await tamper(`UPDATE "AuditEvent" SET summary = '事件（已改）', action = 'test.changed' WHERE id = ${second!.id}`);
    expect(await problems()).toEqual(["ROW_CHANGED:test.changed"]);

    await tamper(`DELETE FROM "AuditEvent" WHERE id = ${third!.id}`);
    expect(await problems()).toEqual(["ROW_CHANGED:test.changed", "LINK_BROKEN:test.event"]);

    await db.$executeRawUnsafe(
      `INSERT INTO "AuditEvent" ("actorName", action, "entityType", "entityId", summary) VALUES ('系统', 'test.inserted', 'Test', '0', '绕过系统写入')`,
    );
    // The application keeps appending after the foreign row, linked to the last chained row.
    await record(99);
    expect(await problems()).toEqual(["ROW_CHANGED:test.changed", "LINK_BROKEN:test.event", "UNCHAINED:test.inserted"]);
  });
});
