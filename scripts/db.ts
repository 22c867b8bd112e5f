// Database maintenance from the command line: `npm run db:migrate`, `npm run seed`, `npm run db:reset -- --yes`.
// With the embedded database these refuse to run while the server holds the data directory.
import { rmSync } from "node:fs";
import { closeDatabase, getDatabase } from "@/lib/db/client";
import { describeDatabase, readDatabaseConfig } from "@/lib/db/config";
import { DataDirectoryLockedError, lockDataDirectory } from "@/lib/db/lock";
import { applyMigrations } from "@/lib/db/migrate";
import { readEnv } from "@/lib/env";
import { formatCredentials, seedDemo } from "@/prisma/seed";

async function migrate() {
  const database = getDatabase();
  const applied = await database.withSql((sql) => applyMigrations(sql));
  console.log(`${describeDatabase(database.config)}: ${applied.length ? `applied ${applied.join(", ")}` : "schema already up to date"}`);
  return database;
}

async function seed() {
  const database = await migrate();
  const created = await seedDemo(database.prisma, { demoPassword: readEnv().GONGKAI_DEMO_PASSWORD });
  console.log(created.length ? formatCredentials(created) : "Demo data already present: nothing to add.");
}

async function reset() {
  if (!process.argv.includes("--yes")) {
    console.error("This deletes every record in the database. Run again with --yes to confirm: npm run db:reset -- --yes");
    process.exit(1);
  }
  const config = readDatabaseConfig();
  if (config.kind === "pglite" && !config.isMemory) {
    lockDataDirectory(config.dataDir)(); // fails while the server holds it
    rmSync(config.dataDir, { recursive: true, force: true });
  } else {
    // The audit table refuses TRUNCATE/DELETE by design; dropping the schema is the only way to reset.
    await getDatabase().withSql((sql) => sql.exec(`DROP SCHEMA public CASCADE; CREATE SCHEMA public;`));
    await closeDatabase();
  }
  console.log(`Emptied ${describeDatabase(config)}.`);
  await seed();
}

const commands: Record<string, () => Promise<unknown>> = { migrate, seed, reset };
const command = commands[process.argv[2] ?? ""];
if (!command) {
  console.error("Usage: tsx scripts/db.ts migrate|seed|reset");
  process.exit(1);
}
try {
  await command();
  await closeDatabase();
} catch (error) {
  console.error(error instanceof DataDirectoryLockedError ? error.message : error);
  process.exitCode = 1;
}
process.exit();
