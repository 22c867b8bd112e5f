import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DataDirectoryLockedError, lockDataDirectory, type LockHolder } from "./lock";

let dir: string;
let dataDir: string;
let lockFile: string;
const releases: (() => void)[] = [];

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "gongkai-lock-"));
  dataDir = path.join(dir, "pglite");
  lockFile = `${dataDir}.lock`;
});

afterEach(() => {
  for (const release of releases.splice(0)) release();
  rmSync(dir, { recursive: true, force: true });
});

function lock(command: string) {
  const release = lockDataDirectory(dataDir, command);
  releases.push(release);
  return release;
}

const holderOf = (file: string) => JSON.parse(readFileSync(file, "utf8")) as LockHolder;

function writeHolder(holder: Partial<LockHolder>) {
  writeFileSync(
    lockFile,
    JSON.stringify({
      pid: process.pid,
      hostname: os.hostname(),
      command: "other",
      since: "2026-01-01T00:00:00.000Z",
      ...holder,
    }),
  );
}

/** The pid of a process that has exited (and been reaped), so `kill(pid, 0)` fails with ESRCH. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", ""]);
  expect(child.status).toBe(0);
  return child.pid;
}

function lockError(command: string): DataDirectoryLockedError {
  try {
    lock(command);
  } catch (error) {
    expect(error).toBeInstanceOf(DataDirectoryLockedError);
    return error as DataDirectoryLockedError;
  }
  throw new Error("expected the directory to be locked");
}

describe("lockDataDirectory", () => {
  it("writes a lock file naming this process, readable only by its owner", () => {
    lock("next start");
    const holder = holderOf(lockFile);
    expect(holder).toMatchObject({
      pid: process.pid,
      hostname: os.hostname(),
      command: "next start",
    });
    expect(Number.isNaN(Date.parse(holder.since))).toBe(false);
    expect(statSync(lockFile).mode & 0o777).toBe(0o600);
  });

  it("creates a missing parent directory", () => {
    dataDir = path.join(dir, "a", "b", "pglite");
    lockFile = `${dataDir}.lock`;
    lock("x");
    expect(existsSync(lockFile)).toBe(true);
  });

  it("refuses a second lock while the holder lives, naming its pid and command", () => {
    lock("tsx scripts/start.ts");
    const error = lockError("tsx scripts/db.ts seed");
    expect(error.lockFile).toBe(lockFile);
    expect(error.holder).toMatchObject({
      pid: process.pid,
      command: "tsx scripts/start.ts",
    });
    expect(error.message).toContain(`process ${process.pid} on ${os.hostname()}`);
    expect(error.message).toContain("tsx scripts/start.ts");
    expect(error.message).toContain(lockFile);
    // The refused attempt leaves the holder's lock alone.
    expect(holderOf(lockFile).command).toBe("tsx scripts/start.ts");
  });

  it("release removes the lock file, after which the directory can be locked again", () => {
    const release = lock("first");
    release();
    expect(existsSync(lockFile)).toBe(false);
    release(); // a second release is harmless
    lock("second");
    expect(holderOf(lockFile).command).toBe("second");
  });

  it("release does not remove a lock that another process holds by then", () => {
    const release = lock("first");
    writeHolder({ pid: deadPid(), command: "someone else" });
    release();
    expect(holderOf(lockFile).command).toBe("someone else");
  });

  it("takes over a lock left by a dead process on this host", () => {
    const pid = deadPid();
    writeHolder({ pid, command: "crashed server" });
    lock("new server");
    expect(holderOf(lockFile)).toMatchObject({
      pid: process.pid,
      command: "new server",
    });
  });

  it("does not take over a lock from another host, even if that pid is unused here", () => {
    writeHolder({
      pid: deadPid(),
      hostname: `${os.hostname()}-other`,
      command: "server elsewhere",
    });
    const error = lockError("here");
    expect(error.holder?.hostname).toBe(`${os.hostname()}-other`);
    expect(error.message).toContain("server elsewhere");
    expect(holderOf(lockFile).command).toBe("server elsewhere");
  });

  it.each([["garbage"], [""]])("does not take over an unreadable lock file (%j)", (content) => {
    writeFileSync(lockFile, content);
    const error = lockError("x");
    expect(error.holder).toBeNull();
    expect(error.message).toContain("unreadable");
    expect(readFileSync(lockFile, "utf8")).toBe(content);
  });
});
