import "server-only";
import { getAttachmentStore } from "@/lib/attachments/storage";
import { db } from "@/lib/db/client";
import { readMigrations } from "@/lib/db/migrate";
import { getInstanceId, logger } from "@/lib/logger";

/** A check that takes longer than this fails: a load balancer should not wait on a hung database. */
const CHECK_TIMEOUT_MS = 3_000;

export type CheckName = "database" | "migrations" | "storage";
export type CheckResult = "ok" | "failed" | "timeout" | `${number} pending`;

export interface Readiness {
  status: "ready" | "not_ready";
  instance: string;
  checks: Record<CheckName, CheckResult>;
}

async function timed(name: CheckName, check: () => Promise<CheckResult>): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<CheckResult>((resolve) => {
    timer = setTimeout(() => resolve("timeout"), CHECK_TIMEOUT_MS);
  });
  try {
    return await Promise.race([check(), timeout]);
  } catch (error) {
    // The reason goes to the log only: the endpoint is public and must not describe the infrastructure.
    logger().warn({ err: error, action: "health.ready", check: name }, "readiness check failed");
    return "failed";
  } finally {
    clearTimeout(timer);
  }
}

async function checkMigrations(): Promise<CheckResult> {
  const rows = await db.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  const applied = new Set(rows.map((r) => r.migration_name));
  const pending = readMigrations().filter((m) => !applied.has(m.name)).length;
  return pending === 0 ? "ok" : `${pending} pending`;
}

/**
 * Whether this instance can serve: the database answers, every migration of this code is applied (an
 * instance of a newer version waits for its migrations), and the attachment store takes a write.
 */
export async function checkReadiness(): Promise<Readiness> {
  const instance = getInstanceId();
  const [database, migrations, storage] = await Promise.all([
    timed("database", async () => (await db.$queryRaw`SELECT 1`, "ok")),
    timed("migrations", checkMigrations),
    timed("storage", async () => (await getAttachmentStore().checkWritable(instance), "ok")),
  ]);
  const checks = { database, migrations, storage };
  return { status: Object.values(checks).every((c) => c === "ok") ? "ready" : "not_ready", instance, checks };
}
