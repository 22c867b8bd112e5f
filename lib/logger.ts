import os from "node:os";
import pino, { type DestinationStream, type Logger } from "pino";
import { readEnv } from "@/lib/env";

/**
 * Names this app instance in log lines and job runs: GONGKAI_INSTANCE_ID, or host:pid, which is
 * unique among instances running at the same time.
 */
export function getInstanceId(source: NodeJS.ProcessEnv = process.env): string {
  return readEnv(source).GONGKAI_INSTANCE_ID ?? `${os.hostname()}:${process.pid}`;
}

/**
 * A JSON-lines logger (one object per line: level, time, msg, instance, and the context given), for
 * log collectors (journald, Loki, ELK) to parse. Secrets that could slip into a context are redacted.
 */
export function createLogger(source: NodeJS.ProcessEnv = process.env, destination?: DestinationStream): Logger {
  const options = {
    level: readEnv(source).GONGKAI_LOG_LEVEL,
    base: { instance: getInstanceId(source) },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    redact: { paths: ["password", "*.password", "secret", "*.secret", "cookie", "*.cookie", "authorization", "*.authorization"], censor: "[redacted]" },
  };
  return destination ? pino(options, destination) : pino(options);
}

const globalForLogger = globalThis as unknown as { gongkaiLogger?: Logger };

/**
 * The server's logger, created on first use. Log an error with what was being done and to what:
 * `logger().error({ err: error, action: "entries.publish", entryId }, "…")`; `err` keeps the stack.
 * CLI scripts keep printing readable lines with console.log.
 */
export function logger(): Logger {
  globalForLogger.gongkaiLogger ??= createLogger();
  return globalForLogger.gongkaiLogger;
}
