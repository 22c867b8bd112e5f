/**
 * The production server under test: the build in .next (index.ts builds it first, with
 * scripts/build-if-changed.ts as `npm start` does), started with `next start` in a process group of its
 * own on a free port, against the benchmark database, and stopped as a group.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { NEXT_BIN } from "../build-if-changed";

export interface RunningServer {
  baseUrl: string;
  port: number;
  logFile: string;
  stop(): Promise<void>;
}

/** Ports other work on this machine uses: never take them. */
const RESERVED_PORTS = new Set([3000, 3100]);

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
}

export async function findFreePort(first: number): Promise<number> {
  for (let port = first; port < first + 100 && port <= 65_535; port++) if (!RESERVED_PORTS.has(port) && (await isFree(port))) return port;
  throw new Error(`No free port in ${first}–${first + 99}`);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Starts the server; resolves once it answers. `env` is the environment of the server. */
export async function startServer(options: { port: number; env: NodeJS.ProcessEnv; logFile: string; log: (line: string) => void }): Promise<RunningServer> {
  const port = await findFreePort(options.port);
  const out = createWriteStream(options.logFile);
  // detached: a process group of its own, so stopping it also stops the next-server child.
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port)], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...options.env, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
  });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  const baseUrl = `http://127.0.0.1:${port}`;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      return; // already gone
    }
    if (!(await waitForExit(child, 15_000))) process.kill(-child.pid!, "SIGKILL");
  };
  const onSignal = () => void stop().then(() => process.exit(130));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  options.log(`starting the server on ${baseUrl} (log: ${path.relative(process.cwd(), options.logFile)})`);
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${readFileSync(options.logFile, "utf8").slice(-2000)}`);
    try {
      const response = await fetch(`${baseUrl}/login`);
      await response.arrayBuffer();
      if (response.status < 500) return { baseUrl, port, logFile: options.logFile, stop };
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  await stop();
  throw new Error(`the server did not answer within 180 s; see ${options.logFile}`);
}
