// One lock per output, so that two runs never interleave on it (docs/contract.md §4.3). The lock
// is a small file beside the output, created exclusively ("wx": of two runs exactly one succeeds),
// holding who runs: process id, machine, start time, command. It is held from the checks before
// any input is read until the run ends, so a register read at the start and appended to at the
// end is never raced either. A second run waits a few seconds, then gives up, naming the first.
//
// A lock left by a run that died never blocks a later run: it is stale when its process, on this
// machine, no longer exists, or when it has not been touched for STALE_LOCK_MS (a live holder
// touches it every minute; this also covers a run on another machine of a shared folder, whose
// process we cannot see, and a process id that was reused). Only a stale lock is broken, and only
// under a short-lived second lock (".break"), so that two runs breaking the same stale lock can
// never delete the fresh lock one of them has just taken.
import { closeSync, openSync, readFileSync, statSync, unlinkSync, utimesSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { basename, dirname, join } from "node:path";
import { createHash } from "node:crypto";
import { nowInHcm, nowMs } from "../today";
import { onStop } from "./exit-cleanup";
import { processAlive, WORK_FILE_PREFIX } from "./work-files";

export const LOCK_WAIT_MS = 5000;
const RETRY_MS = 200;
const HEARTBEAT_MS = 60 * 1000;
export const STALE_LOCK_MS = 10 * 60 * 1000;
/** A lock file without a readable owner is being written (microseconds) or was cut off by a kill. */
const UNREADABLE_LOCK_GRACE_MS = 30 * 1000;
/** The ".break" lock lives for a few system calls; older, its holder died in between. */
const STALE_BREAKER_MS = 30 * 1000;

export interface LockOwner {
  pid: number;
  host: string;
  /** ISO date-time, +07:00. */
  startedAt: string;
  /** The command line, as typed after `bdg`. */
  command: string;
}

/** A file name stays within the 255 bytes file systems allow. */
export function lockPathOf(target: string): string {
  const name = basename(target);
  const shown = Buffer.byteLength(name) > 180 ? createHash("sha256").update(name).digest("hex").slice(0, 16) : name;
  return join(dirname(target), `${WORK_FILE_PREFIX}lock-${shown}.lock`);
}

export function isLockFileName(name: string): boolean {
  return name.startsWith(`${WORK_FILE_PREFIX}lock-`) && name.endsWith(".lock");
}

/** The ".break" companion of a lock (breakIfStale). */
export function isBreakerFileName(name: string): boolean {
  return name.startsWith(`${WORK_FILE_PREFIX}lock-`) && name.endsWith(".lock.break");
}

function quoted(arg: string): string {
  return /^[\p{L}\p{N}_./:=@%+,-]+$/u.test(arg) ? arg : `"${arg.replace(/"/g, '\\"')}"`;
}

export function currentOwner(): LockOwner {
  return { pid: process.pid, host: hostname(), startedAt: nowInHcm(), command: ["bdg", ...process.argv.slice(2).map(quoted)].join(" ") };
}

function readOwner(path: string): LockOwner | null {
  try {
    const doc = JSON.parse(readFileSync(path, "utf8")) as Partial<LockOwner> | null;
    if (doc === null || typeof doc !== "object") return null;
    if (typeof doc.pid !== "number" || typeof doc.host !== "string") return null;
    return {
      pid: doc.pid,
      host: doc.host,
      startedAt: typeof doc.startedAt === "string" ? doc.startedAt : "",
      command: typeof doc.command === "string" ? doc.command : "",
    };
  } catch {
    return null;
  }
}

type LockState = { state: "free" } | { state: "stale" } | { state: "held"; owner: LockOwner | null };

const heldByThisProcess = new Set<string>();

function judge(path: string): LockState {
  let modified: number;
  try {
    modified = statSync(path).mtimeMs;
  } catch {
    return { state: "free" };
  }
  const owner = readOwner(path);
  const age = nowMs() - modified;
  if (age > STALE_LOCK_MS) return { state: "stale" };
  if (owner === null) return age > UNREADABLE_LOCK_GRACE_MS ? { state: "stale" } : { state: "held", owner: null };
  if (owner.host === hostname()) {
    // Our own process id in a lock we do not hold: a dead run's id, given to us since.
    if (owner.pid === process.pid) return heldByThisProcess.has(path) ? { state: "held", owner } : { state: "stale" };
    if (!processAlive(owner.pid)) return { state: "stale" };
  }
  return { state: "held", owner };
}

function createExclusive(path: string, text: string): number {
  const fd = openSync(path, "wx", 0o644);
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  return statSync(path).ino;
}

export function isStaleLock(path: string): boolean {
  return judge(path).state === "stale";
}

/** Removes a ".break" file its holder left by dying within a few system calls. */
export function removeStaleBreaker(breaker: string): boolean {
  try {
    if (nowMs() - statSync(breaker).mtimeMs <= STALE_BREAKER_MS) return false;
    unlinkSync(breaker);
    return true;
  } catch {
    return false;
  }
}

/**
 * Breaks the lock at `path` if, judged again under the ".break" lock, it is stale. True when the
 * lock is gone (broken here, or removed meanwhile); false when it is held or the breaker is busy.
 */
export function breakIfStale(path: string): boolean {
  const breaker = `${path}.break`;
  try {
    closeSync(openSync(breaker, "wx"));
  } catch {
    removeStaleBreaker(breaker);
    return false;
  }
  try {
    const state = judge(path).state;
    if (state === "stale") unlinkSync(path);
    return state !== "held";
  } catch {
    return true; // removed meanwhile
  } finally {
    try {
      unlinkSync(breaker);
    } catch {
      // nothing to undo
    }
  }
}

export class LockBusyError extends Error {
  readonly owner: LockOwner | null;
  readonly lockPath: string;
  constructor(owner: LockOwner | null, lockPath: string) {
    super(`lock busy: ${lockPath}`);
    this.owner = owner;
    this.lockPath = lockPath;
  }
}

export interface HeldLock {
  path: string;
  release(): void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Takes the lock of `target`, waiting up to `waitMs` for another run to finish. Throws
 * LockBusyError when it does not, or the file-system error when the folder refuses the file.
 */
export async function acquireLock(target: string, waitMs = LOCK_WAIT_MS): Promise<HeldLock> {
  const path = lockPathOf(target);
  const text = `${JSON.stringify(currentOwner(), null, 2)}\n`;
  const deadline = nowMs() + waitMs;
  for (let attempt = 0; ; attempt++) {
    try {
      const ino = createExclusive(path, text);
      return hold(path, ino, text);
    } catch (e) {
      if ((e as { code?: string }).code !== "EEXIST") throw e;
    }
    const found = judge(path);
    const gone = found.state === "free" || (found.state === "stale" && breakIfStale(path));
    // A lock just removed is tried again at once; the bound only guards against a folder that
    // keeps answering "exists" and "not there" in turn.
    if (gone && attempt < 100) continue;
    if (nowMs() >= deadline) throw new LockBusyError(found.state === "held" ? found.owner : readOwner(path), path);
    await sleep(RETRY_MS);
  }
}

function hold(path: string, ino: number, text: string): HeldLock {
  heldByThisProcess.add(path);
  // A live holder touches its lock, so that only a dead one's grows old (and another machine
  // sharing the folder can tell). unref: the heartbeat never keeps a finished run alive.
  const heartbeat = setInterval(() => {
    try {
      const now = new Date(nowMs());
      utimesSync(path, now, now);
    } catch {
      // the folder went away: the write will say so
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();
  const release = onStop(() => {
    clearInterval(heartbeat);
    heldByThisProcess.delete(path);
    try {
      // Only our own lock, not one another run took after judging ours stale: the same file
      // (an inode number alone may be given again to a new file) with our very words in it.
      if (statSync(path).ino === ino && readFileSync(path, "utf8") === text) unlinkSync(path);
    } catch {
      // already gone
    }
  });
  return { path, release };
}
