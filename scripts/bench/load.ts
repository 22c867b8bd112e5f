// `npm run bench:load -- --database <empty PostgreSQL URL> [--seconds 60] [--clients 16]`: the load
// test of P7 item 5. Seeds the demo into the given database, starts the production server on a free
// loopback port, and for the given time has `clients` concurrent readers fetch public pages, search and
// the JSON API while a second process publishes entries through the whole review into the same
// database. Reports requests, errors and latency percentiles per kind of page, and publications done.
// PostgreSQL only: the embedded database allows one process, so the publisher could not run beside it.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadActor } from "@/lib/auth/service";
import { closeDatabase, db, getDatabase } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { seedDemo } from "@/prisma/seed";
import { buildIfChanged } from "../build-if-changed";
import { startServer } from "./server";
import { formatMs, percentile } from "./stats";

const { values } = parseArgs({
  options: { database: { type: "string" }, seconds: { type: "string", default: "60" }, clients: { type: "string", default: "16" } },
});
if (!values.database?.startsWith("postgres")) {
  console.error("Usage: npm run bench:load -- --database postgres://…/empty_db [--seconds 60] [--clients 16]");
  process.exit(2);
}
const seconds = Number(values.seconds);
const clients = Number(values.clients);
const dataDir = mkdtempSync(path.join(tmpdir(), "gongkai-load-"));
Object.assign(process.env, { DATABASE_URL: values.database, GONGKAI_DATA_DIR: dataDir, NEXT_TELEMETRY_DISABLED: "1" });

if (buildIfChanged() !== 0) process.exit(1);
await getDatabase().withSql((sql) => applyMigrations(sql));
await seedDemo(db, { demoPassword: "Load-test-2026" });
const published = await db.entryRevision.findMany({ where: { state: "PUBLISHED" }, select: { entryId: true }, take: 200 });
const actor = async (username: string) => (await loadActor((await db.user.findUniqueOrThrow({ where: { username } })).id))!;
const clerk = await actor("clerk");
const [topic, genre] = await Promise.all([
  db.category.findFirstOrThrow({ where: { kind: "TOPIC", unitId: null, parentId: { not: null } } }),
  db.category.findFirstOrThrow({ where: { kind: "GENRE", unitId: null } }),
]);
const world = JSON.stringify({
  clerk,
  reviewer: await actor("reviewer"),
  leader: await actor("leader"),
  unitId: clerk.unitId,
  topicId: topic.id,
  genreId: genre.id,
});
await closeDatabase();

const server = await startServer({ port: 3300, env: process.env, logFile: path.join(dataDir, "server.log"), log: console.log });
const kinds: Record<string, (i: number) => string> = {
  home: () => "/",
  entry: (i) => `/entries/${published[i % published.length]!.entryId}`,
  search: (i) => `/search?q=${encodeURIComponent(["预算", "公开", "政府采购", "通知", "规划"][i % 5]!)}`,
  "search by date": () => `/search?q=${encodeURIComponent("预算")}&sort=date`,
  "JSON API": (i) => `/api/v1/entries?page=${(i % 5) + 1}`,
  guide: () => "/guide",
};
const samples = new Map<string, number[]>(Object.keys(kinds).map((k) => [k, []]));
const errors: string[] = [];
const publisher = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "lib/testing/publish-worker.ts"], {
  env: { ...process.env, PUBLISH_WORLD: world },
  stdio: ["ignore", "pipe", "inherit"],
});
let publications = 0;
publisher.stdout.on("data", (chunk: Buffer) => (publications += (chunk.toString().match(/published \d+/g) ?? []).length));

console.log(`${clients} readers for ${seconds} s against ${server.baseUrl}, one publisher beside them…`);
const end = Date.now() + seconds * 1000;
const names = Object.keys(kinds);
await Promise.all(
  Array.from({ length: clients }, async (_, client) => {
    for (let i = client; Date.now() < end; i += clients) {
      const kind = names[i % names.length]!;
      const url = server.baseUrl + kinds[kind]!(i);
      const started = performance.now();
      try {
        const response = await fetch(url);
        await response.arrayBuffer();
        if (response.status !== 200) errors.push(`${response.status} ${url}`);
      } catch (error) {
        errors.push(`${String(error)} ${url}`);
      }
      samples.get(kind)!.push(performance.now() - started);
    }
  }),
);
publisher.kill("SIGTERM");
await server.stop();

const all = [...samples.values()].flat();
console.log(`\n| Page | Requests | p50 ms | p95 ms | p99 ms |\n| --- | ---: | ---: | ---: | ---: |`);
for (const [kind, times] of [...samples, ["all", all] as const])
  console.log(`| ${kind} | ${times.length} | ${formatMs(percentile(times, 50))} | ${formatMs(percentile(times, 95))} | ${formatMs(percentile(times, 99))} |`);
console.log(
  `\n${all.length} requests in ${seconds} s (${Math.round(all.length / seconds)}/s), ${errors.length} errors; ${publications} entries published meanwhile.`,
);
for (const error of errors.slice(0, 20)) console.log(`error: ${error}`);
process.exit(errors.length ? 1 : 0);
