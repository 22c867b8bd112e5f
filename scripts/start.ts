// `npm start`: build when the sources changed since the last build, then serve on $PORT (default 3000).
// The server migrates the database and seeds the demo on first run (instrumentation.ts).
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readEnv } from "@/lib/env";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const env = readEnv();
const root = process.cwd();
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

const current = sourceHash();
const built = existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === current;
if (!built) {
  console.log("[gongkai] building the application (first start or changed sources)…");
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], { stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stampFile, current);
}

console.log(`[gongkai] starting on http://localhost:${env.PORT}`);
// Same process group as us: Ctrl-C in a terminal, or a test runner killing our group, stops the server too.
const server = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(env.PORT)], {
  stdio: "inherit",
  env: process.env,
});
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
