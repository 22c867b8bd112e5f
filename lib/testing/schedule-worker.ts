// A child process for the two-instance test (e2e/instances.spec.ts): approves SCHEDULE_COUNT entries
// for a publication time already past, in the database of DATABASE_URL, so the running app servers'
// job runners publish them. Prints the entry ids as JSON.
import { closeDatabase } from "@/lib/db/client";
import { createApprovedEntries, toBeijingMinute } from "./approved-entries";

const now = Date.now();
const { entryIds } = await createApprovedEntries({
  count: Number(process.env.SCHEDULE_COUNT ?? 3),
  publishAt: toBeijingMinute(new Date(now - 5 * 60_000)),
  approvedAt: new Date(now - 10 * 60_000),
});
console.log(JSON.stringify(entryIds));
await closeDatabase();
