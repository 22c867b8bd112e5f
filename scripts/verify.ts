// Tamper detection from the command line: `npm run verify`. Recomputes the hashes of everything
// public and scans it for injected spam; exits 1 on any problem. Like `npm run seed`, it refuses to
// open the embedded database while the server holds it (run it with the server stopped, or use the
// admin page /admin/integrity, which runs the same check inside the server).
import { closeDatabase, getDatabase } from "@/lib/db/client";
import { describeDatabase } from "@/lib/db/config";
import { CHAIN_PROBLEM_LABELS } from "@/lib/audit/chain";
import { DataDirectoryLockedError } from "@/lib/db/lock";
import { INTEGRITY_PROBLEM_LABELS } from "@/lib/safeguards/integrity";
import { verifyPublicContent } from "@/lib/safeguards/integrity-check";

try {
  const database = getDatabase();
  const report = await verifyPublicContent();
  console.log(`${describeDatabase(database.config)}: ${report.checkedRevisions} published revisions, ${report.checkedFiles} attachment files checked.`);
  for (const p of report.problems)
    console.log(`entry ${p.entryId}\t${p.indexNo ?? "-"}\trevision ${p.revisionId}\t${p.kind}\t${INTEGRITY_PROBLEM_LABELS[p.kind]}：${p.details}`);
  const chain = report.auditChain!;
  console.log(
    `Audit log: ${chain.checked} chained rows re-hashed${chain.unchainedBefore ? `, ${chain.unchainedBefore} from before the chain` : ""}; last hash ${chain.lastHash ?? "-"}.`,
  );
  for (const p of chain.problems) console.log(`audit row ${p.id}\t${p.action}\t${p.kind}\t${CHAIN_PROBLEM_LABELS[p.kind]}`);
  const count = report.problems.length + chain.problems.length;
  console.log(count ? `${count} problem(s) found.` : "No problems found.");
  if (count) process.exitCode = 1;
  await closeDatabase();
} catch (error) {
  console.error(error instanceof DataDirectoryLockedError ? error.message : error);
  process.exitCode = 2;
}
process.exit();
