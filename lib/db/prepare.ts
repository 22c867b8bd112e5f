import { formatCredentials, seedDemo } from "@/prisma/seed";
import { readEnv } from "@/lib/env";
import { logger } from "@/lib/logger";
import { getDatabase } from "./client";
import { describeDatabase } from "./config";
import { applyMigrations, withMigrationLock } from "./migrate";

/**
 * Brings the database up to date before the app serves anything: applies pending migrations and,
 * on an empty database, seeds the demo district and prints its logins once. Both happen under the
 * migration lock, so several instances starting at once against one PostgreSQL migrate and seed once.
 */
export async function prepareDatabase({ log = console.log }: { log?: (line: string) => void } = {}): Promise<void> {
  const env = readEnv();
  const database = getDatabase();
  await database.withSql((sql) =>
    withMigrationLock(sql, async () => {
      const applied = await applyMigrations(sql);
      log(`[gongkai] ${describeDatabase(database.config)}: ${applied.length ? `applied ${applied.join(", ")}` : "schema up to date"}`);
      if (env.GONGKAI_SEED === "none") return;
      if ((await database.prisma.unit.count()) > 0) return;
      const created = await seedDemo(database.prisma, { demoPassword: env.GONGKAI_DEMO_PASSWORD });
      log(`[gongkai] seeded the demo district.${formatCredentials(created)}`);
    }),
  );
}

/** Server start-up: prepare the database and start the job runner (lib/jobs), or stop the process with a clear message (locked directory, edited migration…). */
export async function prepareDatabaseOrExit(): Promise<void> {
  try {
    await prepareDatabase();
    const { registerServerJobs } = await import("@/lib/jobs/server-jobs");
    registerServerJobs();
    if (readEnv().GONGKAI_JOBS === "1") {
      const { startJobRunner } = await import("@/lib/jobs/runner");
      startJobRunner();
    }
  } catch (error) {
    logger().fatal({ err: error, action: "server.start" }, `cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
