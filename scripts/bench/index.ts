// `npm run bench`: generate (or reuse) a large catalogue, time the public pages' database work
// in-process, then the same pages through the production server, and the JavaScript each page loads.
// Writes the results to docs/benchmarks.md. See `npm run bench -- --help`.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseBenchArgs, USAGE, UsageError, type BenchOptions } from "./args";

const log = (line: string) => console.log(`[bench] ${line}`);

/** The commit under test, with "+" when the working tree has uncommitted changes. */
function codeVersion(): string {
  const git = (...args: string[]) => spawnSync("git", args, { encoding: "utf8" });
  const head = git("rev-parse", "--short", "HEAD");
  if (head.status !== 0) return "unknown";
  return `${head.stdout.trim()}${git("status", "--porcelain").stdout.trim() ? "+" : ""}`;
}

function parseOrExit(): BenchOptions {
  try {
    const parsed = parseBenchArgs(process.argv.slice(2));
    if (parsed === "help") {
      console.log(USAGE);
      process.exit(0);
    }
    return parsed;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
}

const options = parseOrExit();
// The page queries are server-only modules; like Next's server, we resolve them with the react-server condition.
const hasReactServer = process.execArgv.some(
  (arg, i, all) => arg === "--conditions=react-server" || arg === "-C=react-server" || (/^(--conditions|-C)$/.test(arg) && all[i + 1] === "react-server"),
);
if (!hasReactServer) {
  console.error("Run the benchmark with `npm run bench` (it needs Node's --conditions=react-server to import the server-only query modules).");
  process.exit(2);
}

const dataDir = path.resolve(options.dataDir);
mkdirSync(dataDir, { recursive: true });
// The environment of this process and of the server: the benchmark's own database, no demo seed, no
// public cache (a cache hit would measure nothing but the cache), and no scheduled jobs: a server
// started after 03:00 runs the missed daily link check at once, over the whole generated catalogue,
// for minutes on the cores the measured pages need.
const env: NodeJS.ProcessEnv = {
  ...process.env,
  GONGKAI_DATA_DIR: dataDir,
  GONGKAI_SEED: "none",
  GONGKAI_PUBLIC_CACHE: "off",
  GONGKAI_JOBS: "0",
  NEXT_TELEMETRY_DISABLED: "1",
};
if (options.database) env.DATABASE_URL = options.database;
else delete env.DATABASE_URL;
process.env = env;

// Imported only now: these read the environment set above.
const { readDatabaseConfig } = await import("@/lib/db/config");
const { closeDatabase } = await import("@/lib/db/client");
const { appliedMigrations, prepareBenchDatabase, databaseVersion } = await import("./generate");
const { benchCases } = await import("./cases");
const { loadCaseWorld, loadPageData, measureDirect, measureHttp, fetchPage } = await import("./measure");
const { startServer } = await import("./server");
const { measurePageJs } = await import("./js-size");
const { formatText, writeDoc } = await import("./report");

const { buildIfChanged } = await import("../build-if-changed");

// Build first: a build error should stop the run before an hour of generation, and the server then
// serves the sources as they were when the benchmark started.
if (!options.skipHttp && !options.generateOnly && buildIfChanged(log) !== 0) {
  console.error("[bench] next build failed: fix the build, or measure the database only with --no-http.");
  process.exit(1);
}
// The code under test, loaded now so that the in-process timings run the same sources as the build.
const pageData = await loadPageData();
const code = codeVersion();
const config = readDatabaseConfig();
const generation = await prepareBenchDatabase({ entries: options.entries, seed: options.seed, reuse: options.reuse });
if (options.generateOnly) {
  await closeDatabase();
  process.exit(0);
}
const machine = {
  cpu: os.cpus()[0]?.model.trim() ?? "unknown CPU",
  cores: os.cpus().length,
  memoryBytes: os.totalmem(),
  os: `${os.type()} ${os.release()}`,
  node: process.version,
  databaseVersion: await databaseVersion(config),
};
const migrationsAtStart = await appliedMigrations();
const world = await loadCaseWorld();
const cases = benchCases(world);
const sampling = { requests: options.requests, warmup: options.warmup, budgetSeconds: options.budgetSeconds };

const loadAtStart = os.loadavg()[0]!;
log(`timing the pages' database work in-process (${cases.length} cases)`);
const direct = await measureDirect(pageData, cases, sampling, log);
await closeDatabase();

let http: Awaited<ReturnType<typeof measureHttp>> | undefined;
let js: Awaited<ReturnType<typeof measurePageJs>> | undefined;
if (!options.skipHttp) {
  const server = await startServer({ port: options.port, env, logFile: path.join(dataDir, "server.log"), log });
  try {
    // A broken page would make the timings meaningless: check that an entry renders as published.
    const entryHtml = await fetchPage(server.baseUrl, cases.find((c) => c.key === "entry")!.path(0));
    if (entryHtml.includes("该信息暂停显示")) throw new Error("entry pages show the integrity warning: the generated content hash does not match");
    log(`timing the same pages through ${server.baseUrl}`);
    http = await measureHttp(server.baseUrl, cases, sampling, log);
    js = await measurePageJs(server.baseUrl, [
      { page: "home", path: "/", isPublic: true },
      { page: "search results", path: cases.find((c) => c.key === "common")!.path(0), isPublic: true },
      { page: "entry", path: cases.find((c) => c.key === "entry")!.path(0), isPublic: true },
      { page: "unit", path: "/units/1", isPublic: true },
      { page: "application form", path: "/apply", isPublic: true },
      { page: "progress look-up", path: "/track", isPublic: true },
      { page: "staff login", path: "/login", isPublic: false },
    ]);
  } finally {
    await server.stop();
  }
}

// Someone may add a migration while the benchmark runs (the server applies it at start): then the
// in-process and HTTP timings ran on different schemas.
const warnings: string[] = [];
const added = (await appliedMigrations()).filter((m) => !migrationsAtStart.includes(m));
await closeDatabase();
if (added.length) warnings.push(`migrations applied during the run (${added.join(", ")}): direct and HTTP timings ran on different schemas; run again`);

const report = {
  date: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC",
  code,
  warnings,
  load: { start: loadAtStart, end: os.loadavg()[0]! },
  command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`,
  machine,
  generation,
  sampling,
  cases: cases.map((c) => {
    const timed = direct.find((d) => d.key === c.key);
    return {
      key: c.key,
      label: c.label,
      kind: c.kind,
      path: c.path(0),
      hits: timed?.hits,
      direct: timed?.summary,
      http: http?.find((h) => h.key === c.key)?.summary,
    };
  }),
  js,
};
console.log(`\n${formatText(report)}\n`);
writeFileSync(path.join(dataDir, `results-${generation.engine}.json`), JSON.stringify(report, null, 2));
if (options.doc) {
  writeDoc(options.doc, report);
  log(`wrote ${options.doc} and ${path.relative(process.cwd(), path.join(dataDir, `results-${generation.engine}.json`))}`);
}
// Prisma's and PGlite's timers would keep the process alive.
process.exit(0);
