import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, getInstanceId } from "./logger";

/** A logger writing into an array of parsed lines. */
function capture(env: Record<string, string>) {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString("utf8")) as Record<string, unknown>);
      done();
    },
  });
  return { log: createLogger(env as NodeJS.ProcessEnv, stream), lines };
}

describe("createLogger", () => {
  it("writes one JSON object per line with level, time, msg, instance and the context", () => {
    const { log, lines } = capture({ GONGKAI_INSTANCE_ID: "app-1" });
    log.error({ err: new Error("disk full"), action: "entries.publish", entryId: 7 }, "publication failed");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "error", msg: "publication failed", instance: "app-1", action: "entries.publish", entryId: 7 });
    expect(new Date(lines[0]!.time as string).toISOString()).toBe(lines[0]!.time);
    expect((lines[0]!.err as { message: string; stack: string }).stack).toContain("disk full");
  });

  it("drops lines below GONGKAI_LOG_LEVEL", () => {
    const { log, lines } = capture({ GONGKAI_LOG_LEVEL: "warn" });
    log.info("started");
    log.warn("slow");
    expect(lines.map((l) => l.msg)).toEqual(["slow"]);
  });

  it("redacts passwords and cookies in a context", () => {
    const { log, lines } = capture({});
    log.warn({ user: { name: "clerk", password: "hunter2-hunter2" }, cookie: "session=abc" }, "login");
    expect(JSON.stringify(lines[0])).not.toMatch(/hunter2|session=abc/);
  });
});

describe("getInstanceId", () => {
  it("is GONGKAI_INSTANCE_ID, or host:pid", () => {
    expect(getInstanceId({ GONGKAI_INSTANCE_ID: "web-2" } as unknown as NodeJS.ProcessEnv)).toBe("web-2");
    expect(getInstanceId({} as unknown as NodeJS.ProcessEnv)).toMatch(new RegExp(`:${process.pid}$`));
  });
});
