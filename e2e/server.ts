// The server the end-to-end tests run against: the production build on a fresh embedded database of
// its own (./data/e2e), with one known password for every demo account.
import { rmSync } from "node:fs";
import path from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_PASSWORD = "Demo-pass-2026";

if (process.argv[1]?.endsWith("server.ts")) {
  const dataDir = path.resolve("data/e2e");
  rmSync(dataDir, { recursive: true, force: true });
  Object.assign(process.env, { GONGKAI_DATA_DIR: dataDir, PORT: String(E2E_PORT), GONGKAI_DEMO_PASSWORD: E2E_PASSWORD });
  delete process.env.DATABASE_URL;
  await import("../scripts/start");
}
