// `npm start`: build when the sources changed since the last build, then serve on $PORT (default 3000).
// The server migrates the database and seeds the demo on first run (instrumentation.ts).
import { spawn } from "node:child_process";
import { readEnv } from "@/lib/env";
import { buildIfChanged, NEXT_BIN } from "./build-if-changed";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const env = readEnv();

const status = buildIfChanged();
if (status !== 0) process.exit(status);

console.log(`[gongkai] starting on http://localhost:${env.PORT}`);
// Same process group as us: Ctrl-C in a terminal, or a test runner killing our group, stops the server too.
const server = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(env.PORT)], {
  stdio: "inherit",
  env: process.env,
});
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
