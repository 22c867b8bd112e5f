// `npm run restore -- <directory>`: restores a backup of `npm run backup` into an empty database (a new
// PostgreSQL database via DATABASE_URL, or an empty data directory) and its attachment files, then
// checks everything with the tamper check of `npm run verify`.
import { restoreBackup } from "@/lib/backup/backup";
import { closeDatabase, getDatabase } from "@/lib/db/client";
import { describeDatabase } from "@/lib/db/config";
import { verifyPublicContent } from "@/lib/safeguards/integrity-check";

const dir = process.argv[2];
if (!dir) {
  console.error("Usage: npm run restore -- <backup directory>");
  process.exit(2);
}
try {
  const database = getDatabase();
  const restored = await restoreBackup(database, dir);
  console.log(`${describeDatabase(database.config)}: restored ${restored.tables} tables, ${restored.rows} rows, ${restored.files} attachment files.`);
  const report = await verifyPublicContent();
  const problems = report.problems.length + (report.auditChain?.problems.length ?? 0);
  console.log(problems ? `The restored data has ${problems} problem(s): run npm run verify for the list.` : "Verified: no problems found.");
  if (problems) process.exitCode = 1;
  await closeDatabase();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
process.exit();
