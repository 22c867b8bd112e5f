// The production build, made only when the sources changed since the last one. Used by `npm start`
// (scripts/start.ts) and `npm run bench` (scripts/bench), which both serve the built app.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = process.cwd();
/** Next's CLI, run with our own Node rather than through npx. */
export const NEXT_BIN = path.join(root, "node_modules/next/dist/bin/next");
const INPUTS = [
  "app",
  "components",
  "lib",
  "prisma",
  "public",
  "types",
  "instrumentation.ts",
  "proxy.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
const SKIP = new Set(["generated", "node_modules", "migrations"]);
const stampFile = path.join(root, ".next", "gongkai-source-hash");

function listFiles(entry: string): string[] {
  const full = path.join(root, entry);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full, { withFileTypes: true })
    .filter((d) => !SKIP.has(d.name) && !d.name.endsWith(".test.ts"))
    .flatMap((d) => listFiles(path.join(entry, d.name)));
}

/** Content hash of everything that goes into the build (mtimes are useless after a fresh clone). */
function sourceHash(): string {
  const hash = createHash("sha256");
  for (const file of INPUTS.flatMap(listFiles).sort())
    hash
      .update(file)
      .update("\0")
      .update(readFileSync(path.join(root, file)));
  return hash.digest("hex");
}

/**
 * Runs `next build` unless `.next` was built from exactly the current sources. Returns the exit status
 * of the build (0 when none was needed).
 */
export function buildIfChanged(log: (line: string) => void = console.log): number {
  const current = sourceHash();
  const built = existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === current;
  if (built) return 0;
  log("[gongkai] building the application (first start or changed sources)…");
  const result = spawnSync(process.execPath, [NEXT_BIN, "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) return result.status ?? 1;
  writeFileSync(stampFile, current);
  return 0;
}
