// The files bdg keeps beside an output while it works on it (docs/contract.md §4.3): temporaries
// (the new content before it is renamed over the target, and the writability probe) and locks.
// All are named with one recognisable prefix, and a temporary's name says which machine and
// process made it, so a later run can tell a leftover of a run that died (SIGKILL, power cut:
// nothing could clean up) from a file another run is writing right now.
//   .bdg-tmp-<host>-<pid>-<random>      a temporary
//   .bdg-lock-<output file name>.lock   the lock of that output (output-lock.ts)
// The leading dot hides them on Linux and macOS; none ends in .xlsx, so a folder search for
// reports never takes one for a report.
import { createHash, randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { nowMs } from "../today";

export const WORK_FILE_PREFIX = ".bdg-";
const TEMPORARY_PREFIX = `${WORK_FILE_PREFIX}tmp-`;

/** A temporary untouched this long is a leftover even if its process id is alive again (reused). */
export const STALE_TEMPORARY_MS = 60 * 60 * 1000;

/** Is this file name one of bdg's own work files (never a report, never an output)? */
export function isBdgWorkFile(name: string): boolean {
  return name.startsWith(WORK_FILE_PREFIX);
}

/** 8 hex digits standing for this machine (its name itself may hold any character). */
export function hostTag(host: string = hostname()): string {
  return createHash("sha256").update(host).digest("hex").slice(0, 8);
}

export function temporaryName(): string {
  return `${TEMPORARY_PREFIX}${hostTag()}-${process.pid}-${randomBytes(6).toString("hex")}`;
}

export interface TemporaryName {
  host: string;
  pid: number;
}

export function parseTemporaryName(name: string): TemporaryName | null {
  const match = /^\.bdg-tmp-([0-9a-f]{8})-(\d{1,10})-[0-9a-f]{12}$/.exec(name);
  return match ? { host: match[1], pid: Number(match[2]) } : null;
}

/** Is the process `pid` of this machine alive? (EPERM: it is, but belongs to another user.) */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as { code?: string }).code === "EPERM";
  }
}

/**
 * A temporary left by a run that died: made on this machine by a process that no longer exists
 * (or by this very process id, reused, since this process names its own in-flight files and
 * skips them), or untouched for an hour whoever made it.
 */
export function isStaleTemporary(name: TemporaryName, modifiedMs: number): boolean {
  if (nowMs() - modifiedMs > STALE_TEMPORARY_MS) return true;
  if (name.host !== hostTag()) return false;
  return name.pid === process.pid || !processAlive(name.pid);
}
