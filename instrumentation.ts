// Runs once when the server starts, before it handles a request: migrate (and seed an empty database)
// inside the process that holds the embedded database, so no second process ever opens it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { prepareDatabase } = await import("./lib/db/prepare");
  try {
    await prepareDatabase();
  } catch (error) {
    // A locked data directory or an edited migration must stop the server, not leave it half-up.
    console.error(`\n[gongkai] cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
