import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { fakeS3Env, startFakeS3 } from "../lib/testing/fake-s3";
import { createPostgresTestDatabase } from "../lib/testing/postgres";

/*
 * P8 item 4: two production servers (`next start`, the build the e2e server made) against one throwaway
 * PostgreSQL database and one (fake) S3 bucket, started at the same moment on an empty database. They
 * migrate and seed once, both become ready, and scheduled jobs run once per slot: every due
 * publication is published exactly once. Skipped without TEST_POSTGRES_URL.
 */

const PORTS = (process.env.E2E_INSTANCE_PORTS ?? "3120,3121").split(",").map(Number);
const run = promisify(execFile);

function startServer(port: number, instance: string, env: Record<string, string>): ChildProcess {
  // Own process group: `next start` leaves its next-server child behind when only the parent is killed.
  return spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    detached: true,
    stdio: "ignore",
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      GONGKAI_INSTANCE_ID: instance,
      GONGKAI_DATA_DIR: mkdtempSync(path.join(tmpdir(), `gongkai-${instance}-`)),
    },
  });
}

async function readyOrNull(port: number) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/ready`);
    return response.ok ? ((await response.json()) as { instance: string; checks: Record<string, string> }) : null;
  } catch {
    return null;
  }
}

test("instances: two servers on one PostgreSQL migrate and seed once and publish a due scheduled entry exactly once", async () => {
  test.skip(!process.env.TEST_POSTGRES_URL, "TEST_POSTGRES_URL is not set");
  test.setTimeout(300_000);
  const started = Date.now();
  const database = await createPostgresTestDatabase("gongkai_instances");
  const s3 = await startFakeS3();
  const sql = new pg.Client({ connectionString: database.url });
  const env = {
    DATABASE_URL: database.url,
    AUTH_SECRET: "e2e-instances-secret-0123456789abcdef",
    ...fakeS3Env(s3.endpoint),
    GONGKAI_LOG_LEVEL: "warn",
  };
  const servers = PORTS.map((port, i) => startServer(port, `web-${i + 1}`, env));
  try {
    await expect
      .poll(async () => (await Promise.all(PORTS.map(readyOrNull))).map((r) => r && [r.instance, r.checks]), { timeout: 180_000, intervals: [1000] })
      .toEqual([
        ["web-1", { database: "ok", migrations: "ok", storage: "ok" }],
        ["web-2", { database: "ok", migrations: "ok", storage: "ok" }],
      ]);
    const health = await fetch(`http://127.0.0.1:${PORTS[1]}/api/health`);
    expect(await health.json()).toMatchObject({ status: "ok", instance: "web-2" });

    await sql.connect();
    const one = async <T>(text: string, params: unknown[] = []) => (await sql.query(text, params)).rows[0] as T;
    // Migrated once (no migration recorded twice) and seeded once.
    const migrations = readdirSync("prisma/migrations", { withFileTypes: true }).filter((d) => d.isDirectory()).length;
    expect(await one(`SELECT count(*)::int AS n, count(DISTINCT migration_name)::int AS names FROM "_prisma_migrations"`)).toEqual({
      n: migrations,
      names: migrations,
    });
    expect(await one(`SELECT count(*)::int AS n FROM "User" WHERE username = 'admin'`)).toEqual({ n: 1 });

    // Entries whose publication time has passed, approved while both servers run.
    const worker = await run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "lib/testing/schedule-worker.ts"], {
      env: { ...process.env, ...env, SCHEDULE_COUNT: "4" },
      timeout: 120_000,
    });
    const entryIds = JSON.parse(worker.stdout.trim().split("\n").pop()!) as number[];
    await expect
      .poll(
        async () =>
          (await one<{ n: number }>(`SELECT count(*)::int AS n FROM "EntryRevision" WHERE "entryId" = ANY($1) AND state = 'PUBLISHED'`, [entryIds])).n,
        {
          timeout: 60_000,
          intervals: [1000],
        },
      )
      .toBe(entryIds.length);
    const publications = await sql.query(`SELECT "entityId", action FROM "AuditEvent" WHERE action LIKE 'entry.publish%' AND "entityId" = ANY($1)`, [
      entryIds.map(String),
    ]);
    expect(publications.rows.map((r: { action: string }) => r.action)).toEqual(entryIds.map(() => "entry.publish"));
    expect(new Set(publications.rows.map((r: { entityId: string }) => r.entityId)).size).toBe(entryIds.length);

    // One run per (job, slot), each claimed by one of the two instances; the daily link check's catch-up ran once.
    const runs = await sql.query(`SELECT job, slot, instance, outcome FROM "JobRun" ORDER BY slot`);
    const slots = runs.rows.map((r: { job: string; slot: Date }) => `${r.job}@${r.slot.toISOString()}`);
    expect(new Set(slots).size).toBe(slots.length);
    expect(new Set(runs.rows.map((r: { instance: string }) => r.instance)).size).toBeGreaterThanOrEqual(1);
    expect(runs.rows.every((r: { instance: string }) => r.instance === "web-1" || r.instance === "web-2")).toBe(true);
    expect(runs.rows.filter((r: { job: string }) => r.job === "links.daily-check")).toHaveLength(1);
    expect(await one(`SELECT count(*)::int AS n FROM "LinkCheckRun"`)).toEqual({ n: 1 });
    expect(runs.rows.filter((r: { outcome: string | null }) => r.outcome === "FAILED")).toEqual([]);
    console.log(`[instances] two servers, ${runs.rows.length} job runs, ${Math.round((Date.now() - started) / 1000)} s`);
  } finally {
    for (const server of servers) if (server.pid) process.kill(-server.pid, "SIGTERM");
    await sql.end().catch(() => undefined);
    await Promise.all(servers.map((server) => new Promise((resolve) => (server.exitCode !== null ? resolve(null) : server.once("exit", resolve)))));
    await s3.close();
    await database.drop();
  }
});
