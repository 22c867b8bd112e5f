import { formatCredentials, seedDemo } from "@/prisma/seed";
import { readEnv } from "@/lib/env";
import { getDatabase } from "./client";
import { describeDatabase } from "./config";
import { applyMigrations } from "./migrate";

/**
 * Brings the database up to date before the app serves anything: applies pending migrations and,
 * on an empty database, seeds the demo district and prints its logins once.
 */
export async function prepareDatabase({ log = console.log }: { log?: (line: string) => void } = {}): Promise<void> {
  const env = readEnv();
  const database = getDatabase();
  const applied = await database.withSql((sql) => applyMigrations(sql));
  log(`[gongkai] ${describeDatabase(database.config)}: ${applied.length ? `applied ${applied.join(", ")}` : "schema up to date"}`);
  if (env.GONGKAI_SEED === "none") return;
  if ((await database.prisma.unit.count()) > 0) return;
  const created = await seedDemo(database.prisma, { demoPassword: env.GONGKAI_DEMO_PASSWORD });
  log(`[gongkai] seeded the demo district.${formatCredentials(created)}`);
}

/** Server start-up: prepare the database and start the scheduler, or stop the process with a clear message (locked directory, edited migration…). */
export async function prepareDatabaseOrExit(): Promise<void> {
  try {
    await prepareDatabase();
    const { startPublicationScheduler } = await import("@/lib/entries/scheduler");
    startPublicationScheduler();
    const { startLinkCheckScheduler } = await import("@/lib/safeguards/link-check");
    startLinkCheckScheduler();
  } catch (error) {
    console.error(`\n[gongkai] cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
