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
 * Faults (P7 item 4): a child process publishes entries (draft, attachment, submit, clear, approve), or
 * files the unit's annual report and publishes it again and again, and is killed with SIGKILL at a
 * random moment, again and again. After each kill the database must be consistent: everything public
 * passes the tamper check, the audit chain is whole, every attachment row has its file, nothing is
 * half-way between states, and the report still has its one entry.
 */

const ROUNDS = 6;
const REPORT_ROUNDS = 4;

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
  // The column and genre an annual report is filed under (the demo seed has them).
  await db.category.create({ data: { kind: "TOPIC", name: "政府信息公开年报" } });
  await db.category.create({ data: { kind: "GENRE", name: "报告" } });
  world = JSON.stringify({
    clerk: await createTestActor(unit, ["CLERK"]),
    reviewer: await createTestActor(unit, ["REVIEWER"]),
    leader: await createTestActor(unit, ["LEADER"]),
    unitAdmin: await createTestActor(unit, ["UNIT_ADMIN"]),
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

type Mode = "entries" | "report" | "import";
const KILL_WITHIN_MS: Record<Mode, number> = { entries: 400, report: 400, import: 4_000 };

/** Runs the worker until it has published `atLeast` times, then waits a random moment and kills it. */
function publishAndKill(mode: Mode, atLeast: number): Promise<{ published: number; killed: boolean }> {
  return new Promise((resolve, reject) => {
    // tsx as a loader in this one process (its CLI would run the script in a second one, which SIGKILL would miss).
    const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "lib/testing/publish-worker.ts"], {
      env: { ...process.env, PUBLISH_WORLD: world, PUBLISH_MODE: mode },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let published = 0;
    let stderr = "";
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on("data", (chunk: Buffer) => {
      published += (chunk.toString().match(/published \d+/g) ?? []).length;
      // Kill somewhere inside the next publication: anywhere from its draft to its approval, or from
      // the upload of the next catalogue to its last batch.
      if (published >= atLeast && !timer) timer = setTimeout(() => child.kill("SIGKILL"), Math.floor(Math.random() * KILL_WITHIN_MS[mode]));
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
  // (Imported entries were public before Gongkai: their record is the import's, checked below.)
  const reviewed = { entry: { importJobId: null } };
  expect(
    await db.entryRevision.count({ where: { ...reviewed, state: { in: ["CLEARED", "APPROVED", "PUBLISHED"] }, reviews: { none: { step: "CLEARANCE" } } } }),
  ).toBe(0);
  expect(await db.entryRevision.count({ where: { ...reviewed, state: "PUBLISHED", reviews: { none: { step: "APPROVAL", decision: "APPROVED" } } } })).toBe(0);
  // Every publication has its audit row, also those a later one superseded.
  const published = await db.entryRevision.count({ where: { ...reviewed, state: { in: ["PUBLISHED", "SUPERSEDED"] } } });
  expect(await db.auditEvent.count({ where: { action: "entry.publish" } })).toBe(published);
  // An entry has at most one revision in the works and one online.
  for (const state of [["DRAFT", "SUBMITTED", "CLEARED", "APPROVED"], ["PUBLISHED"]] as const) {
    const perEntry = await db.entryRevision.groupBy({ by: ["entryId"], where: { state: { in: [...state] } }, _count: true });
    expect(Math.max(0, ...perEntry.map((g) => g._count)), state.join("/")).toBeLessThanOrEqual(1);
  }
  // The annual report has one entry, the one every filing was recorded against.
  const annualReport = await db.annualReport.findFirst({ select: { entryId: true } });
  const filings = await db.auditEvent.findMany({ where: { action: "annual_report.draft_entry" }, select: { details: true } });
  if (filings.length) expect(new Set(filings.map((f) => (f.details as { entryId: number }).entryId))).toEqual(new Set([annualReport!.entryId]));
  // An import commits each batch with the job's progress: the job counts exactly the entries it imported.
  for (const job of await db.importJob.findMany({ select: { id: true, imported: true, _count: { select: { entries: true } } } }))
    expect(job._count.entries, `import job ${job.id}`).toBe(job.imported);
  expect(await db.auditEvent.count({ where: { action: "entry.import" } })).toBe(await db.entry.count({ where: { importJobId: { not: null } } }));
  const imported = await db.importJob.count({ where: { state: "DONE" } });
  await closeDatabase();
  return { published, imported };
}

describe.each([
  ["publishing entries", "entries", ROUNDS],
  ["filing and publishing the annual report", "report", REPORT_ROUNDS],
  ["importing a legacy catalogue", "import", REPORT_ROUNDS],
] as const)("a process killed while %s (P7 item 4)", (_what, mode, rounds) => {
  it(`leaves a consistent database, ${rounds} kills at random moments`, { timeout: 300_000 }, async () => {
    // What one round of the worker completes: a publication, or an import job done.
    const completed = async () => {
      const { published, imported } = await checkInvariants();
      return mode === "import" ? imported : published;
    };
    const before = await completed();
    let reported = 0;
    for (let round = 0; round < rounds; round++) {
      const { killed, published: printed } = await publishAndKill(mode, 1);
      expect(killed).toBe(true);
      reported += printed;
      // Everything the worker saw committed is still there; at most the one it was killed in is missing.
      const done = (await completed()) - before;
      expect(done).toBeGreaterThanOrEqual(reported);
      expect(done).toBeLessThanOrEqual(reported + round + 1);
    }
    const interrupted =
      mode === "import"
        ? await db.importJob.groupBy({ by: ["state"], where: { state: { not: "DONE" } }, _count: true })
        : await db.entryRevision.groupBy({
            by: ["state"],
            where: { state: { notIn: ["PUBLISHED", "SUPERSEDED"] }, title: mode === "report" ? { endsWith: "年度报告" } : { startsWith: "自动发布" } },
            _count: true,
          });
    const partial = await db.importJob.aggregate({ where: { state: { not: "DONE" } }, _sum: { imported: true } });
    console.log(
      `fault injection (${mode}): ${rounds} kills, ${reported} ${mode === "import" ? "imports" : "publications"} reported, interrupted ones left as`,
      interrupted.map((g) => `${g.state} ${g._count}`).join(", ") || "none",
      mode === "import" ? `(${partial._sum.imported ?? 0} rows of interrupted imports committed)` : "",
    );
    await closeDatabase();
  });
});
