import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { E2E_PORT } from "./server";

const run = promisify(execFile);

/** Runs an npm script's TypeScript entry the way `npm run` does, with the e2e server's data directory. */
const script = (file: string, args: string[], env: Record<string, string>) =>
  run(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", file, ...args], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: "", ...env },
    timeout: 120_000,
  });

test("backup: npm run backup while the server runs, then npm run restore elsewhere verifies clean", async ({ request }) => {
  test.slow();
  const work = mkdtempSync(path.join(tmpdir(), "gongkai-e2e-backup-"));
  const dir = path.join(work, "backup");
  // The public site keeps answering while the backup is written.
  const [backup, ...pages] = await Promise.all([
    script("scripts/backup.ts", [dir], { GONGKAI_DATA_DIR: path.resolve("data/e2e"), PORT: String(E2E_PORT) }),
    ...Array.from({ length: 5 }, () => request.get("/")),
  ]);
  expect(pages.map((p) => p.status())).toEqual([200, 200, 200, 200, 200]);
  expect(backup.stdout).toContain("The running server wrote the backup.");
  expect(backup.stdout).toContain(`Backup written to ${dir}.`);

  const restored = await script("scripts/restore.ts", [dir], { GONGKAI_DATA_DIR: path.join(work, "restored") });
  expect(restored.stdout).toMatch(/restored \d+ tables, \d+ rows, \d+ attachment files/);
  expect(restored.stdout).toContain("Verified: no problems found.");
});
