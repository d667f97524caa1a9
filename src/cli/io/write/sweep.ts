// A later run cleans up after one that could not (SIGKILL, power cut, docs/contract.md §4.3): in
// each folder it is about to write to, it removes the temporaries and locks of bdg's own naming
// (work-files.ts) whose run is over. Nothing else in the folder is ever touched, and nothing a
// live run is writing: a temporary of a live process on this machine, or touched within the
// hour, stays.
import { readdirSync, statSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { isOwnTemporary } from "./exit-cleanup";
import { breakIfStale, isBreakerFileName, isLockFileName, isStaleLock, removeStaleBreaker } from "./output-lock";
import { isStaleTemporary, parseTemporaryName } from "./work-files";

/** How many leftovers were removed from `folder`. */
export function sweepLeftovers(folder: string): number {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const path = join(folder, name);
    if (isLockFileName(name)) {
      if (isStaleLock(path) && breakIfStale(path)) removed++;
      continue;
    }
    if (isBreakerFileName(name)) {
      if (removeStaleBreaker(path)) removed++;
      continue;
    }
    const temporary = parseTemporaryName(name);
    if (temporary === null || isOwnTemporary(path)) continue;
    try {
      if (!isStaleTemporary(temporary, statSync(path).mtimeMs)) continue;
      unlinkSync(path);
      removed++;
    } catch {
      // removed by its own run meanwhile, or not ours to remove
    }
  }
  return removed;
}
