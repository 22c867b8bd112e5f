import { spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, db, getDatabase } from "@/lib/db/client";
import { getDataRoot } from "@/lib/db/config";
import { applyMigrations } from "@/lib/db/migrate";
import { verifyPublicContent } from "@/lib/safeguards/integrity-check";
import { createPostgresTestDatabase } from "@/lib/testing/database";
import { createTestActor, createTestCategories, createTestUnit } from "@/lib/testing/factories";

/*
 * Faults (P7 item 4): a child process publishes entries (draft, attachment, submit, clear, approve) and
 * is killed with SIGKILL at a random moment, again and again. After each kill the database must be
 * consistent: everything public passes the tamper check, the audit chain is whole, every attachment
 * row has its file, and nothing is half-way between states.
 */

const ROUNDS = 6;

let world = "";
let dropDatabase: (() => Promise<void>) | undefined;

beforeAll(async () => {
  await closeDatabase();
  // An on-disk database the child can open: a directory for PGlite, a database for PostgreSQL.
  process.env.GONGKAI_DATA_DIR = mkdtempSync(path.join(tmpdir(), "gongkai-faults-"));
  if (process.env.GONGKAI_TEST_DB === "postgres") {
    const database = await createPostgresTestDatabase("gongkai_faults");
    process.env.DATABASE_URL = database.url;
    dropDatabase = database.drop;
  } else {
    delete process.env.DATABASE_URL;
  }
  await getDatabase().withSql((sql) => applyMigrations(sql));
  const unit = await createTestUnit();
  const categories = await createTestCategories();
  world = JSON.stringify({
    clerk: await createTestActor(unit, ["CLERK"]),
    reviewer: await createTestActor(unit, ["REVIEWER"]),
    leader: await createTestActor(unit, ["LEADER"]),
    unitId: unit.id,
    ...categories,
  });
  // The child opens the database itself; the embedded one allows one process at a time.
  await closeDatabase();
});

afterAll(async () => {
  await closeDatabase();
  await dropDatabase?.();
});

/** Runs the worker until it has published `atLeast` entries, then waits a random moment and kills it. */
function publishAndKill(atLeast: number): Promise<{ published: number; killed: boolean }> {
  return new Promise((resolve, reject) => {
    // tsx as a loader in this one process (its CLI would run the script in a second one, which SIGKILL would miss).
    const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "lib/testing/publish-worker.ts"], {
      env: { ...process.env, PUBLISH_WORLD: world },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let published = 0;
    let stderr = "";
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on("data", (chunk: Buffer) => {
      published += (chunk.toString().match(/published \d+/g) ?? []).length;
      // Kill somewhere inside the next publication: anywhere from its draft to its approval.
      if (published >= atLeast && !timer) timer = setTimeout(() => child.kill("SIGKILL"), Math.floor(Math.random() * 400));
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("exit", (code, signal) => {
      if (signal === "SIGKILL") resolve({ published, killed: true });
      else reject(new Error(`worker ended by itself (${code}): ${stderr}`));
    });
  });
}

async function checkInvariants() {
  const report = await verifyPublicContent();
  expect(report.problems).toEqual([]);
  expect(report.auditChain!.problems).toEqual([]);
  // Every attachment row has its file (files are written before rows, atomically).
  for (const { sha256 } of await db.attachment.findMany({ select: { sha256: true } }))
    expect(existsSync(path.join(getDataRoot(), "attachments", sha256.slice(0, 2), sha256)), sha256).toBe(true);
  // No entry has a published revision without an index number, nor a revision past review without its records.
  expect(await db.entryRevision.count({ where: { state: "PUBLISHED", entry: { indexNo: null } } })).toBe(0);
  expect(await db.entryRevision.count({ where: { state: { in: ["CLEARED", "APPROVED", "PUBLISHED"] }, reviews: { none: { step: "CLEARANCE" } } } })).toBe(0);
  expect(await db.entryRevision.count({ where: { state: "PUBLISHED", reviews: { none: { step: "APPROVAL", decision: "APPROVED" } } } })).toBe(0);
  // Every publication has its audit row.
  const published = await db.entryRevision.count({ where: { state: "PUBLISHED" } });
  expect(await db.auditEvent.count({ where: { action: "entry.publish" } })).toBe(published);
  await closeDatabase();
  return published;
}

describe("a process killed while publishing (P7 item 4)", () => {
  it(`leaves a consistent database, ${ROUNDS} kills at random moments`, { timeout: 300_000 }, async () => {
    let reported = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const { killed, published: printed } = await publishAndKill(1);
      expect(killed).toBe(true);
      reported += printed;
      // Everything the worker saw committed is still there; at most the one it was killed in is missing.
      const published = await checkInvariants();
      expect(published).toBeGreaterThanOrEqual(reported);
      expect(published).toBeLessThanOrEqual(reported + round + 1);
    }
    const interrupted = await db.entryRevision.groupBy({ by: ["state"], where: { state: { not: "PUBLISHED" } }, _count: true });
    console.log(
      `fault injection: ${ROUNDS} kills, ${reported} publications reported, interrupted ones left as`,
      interrupted.map((g) => `${g.state} ${g._count}`).join(", ") || "none",
    );
  });
});
