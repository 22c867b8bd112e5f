import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** Who holds a data directory. Written as JSON into the lock file. */
export interface LockHolder {
  pid: number;
  hostname: string;
  command: string;
  since: string;
}

export class DataDirectoryLockedError extends Error {
  constructor(
    readonly lockFile: string,
    readonly holder: LockHolder | null,
  ) {
    const who = holder
      ? `process ${holder.pid} on ${holder.hostname} (${holder.command}, since ${holder.since})`
      : "another process (its lock file is unreadable)";
    super(
      `The database directory is in use by ${who}.\n` +
        `The embedded database can only be opened by one process at a time: stop that process first, ` +
        `or run this command inside it. Lock file: ${lockFile}`,
    );
    this.name = "DataDirectoryLockedError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readHolder(lockFile: string): LockHolder | null {
  try {
    return JSON.parse(readFileSync(lockFile, "utf8")) as LockHolder;
  } catch {
    return null;
  }
}

/**
 * Takes an exclusive lock on a data directory, because PGlite has none of its own and two processes
 * on one directory silently lose writes. The lock is a file created with O_EXCL holding the owner's
 * pid; a lock left by a dead process on this host is taken over. Returns the release function.
 */
export function lockDataDirectory(dataDir: string, command = process.argv.slice(1).join(" ")): () => void {
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const lockFile = `${dataDir}.lock`;
  const me: LockHolder = { pid: process.pid, hostname: os.hostname(), command: command || "node", since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, "wx", 0o600);
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        if (readHolder(lockFile)?.pid === process.pid) unlinkSync(lockFile);
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readHolder(lockFile);
      const stale = holder !== null && holder.hostname === me.hostname && holder.pid !== process.pid && !isAlive(holder.pid);
      if (!stale) throw new DataDirectoryLockedError(lockFile, holder);
      unlinkSync(lockFile);
    }
  }
  throw new DataDirectoryLockedError(lockFile, readHolder(lockFile));
}
