// Runs once when the server starts, before it handles a request: migrate (and seed an empty database)
// inside the process that holds the embedded database, so no second process ever opens it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { prepareDatabaseOrExit } = await import("./lib/db/prepare");
  await prepareDatabaseOrExit();
}
