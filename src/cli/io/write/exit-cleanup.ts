// What this process must undo if it is stopped (docs/contract.md §4.3: "an interrupted write
// leaves the previous file intact and no temporary file behind"; a lock never outlives its run):
// the temporaries being written, the locks held, the folders made for outputs not written yet.
// Ctrl-C (SIGINT), SIGTERM and a closed terminal (SIGHUP) remove them and end the run with the
// usual 128 + signal number; a normal exit removes whatever a command forgot. A SIGKILL or a
// power cut cannot be caught: the next run sweeps what they left (sweep.ts, output-lock.ts).
import { rmdirSync, unlinkSync } from "node:fs";
import { printErr } from "../../output/write-out";

const temporaries = new Set<string>();
const releases = new Set<() => void>();
const SIGNAL_EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
let installed = false;

function cleanUpNow(): void {
  for (const path of temporaries) {
    try {
      unlinkSync(path);
    } catch {
      // already renamed into place, or never created
    }
  }
  temporaries.clear();
  for (const release of [...releases]) release();
  releases.clear();
}

function install(): void {
  if (installed) return;
  installed = true;
  process.on("exit", cleanUpNow);
  for (const [signal, code] of Object.entries(SIGNAL_EXIT)) {
    process.on(signal, () => {
      cleanUpNow();
      printErr(`\nbdg: đã dừng theo yêu cầu (${signal}). Không tệp nào bị ghi dở; tệp cũ vẫn nguyên.`);
      process.exit(code);
    });
  }
}

/** A temporary file now exists at `path` until `untrackTemporary`. */
export function trackTemporary(path: string): void {
  install();
  temporaries.add(path);
}

export function untrackTemporary(path: string): void {
  temporaries.delete(path);
}

/** This process's own in-flight temporaries (a sweep of stale ones must skip them). */
export function isOwnTemporary(path: string): boolean {
  return temporaries.has(path);
}

/** `release` runs once at the latest when the process stops; call the returned function to run it now. */
export function onStop(release: () => void): () => void {
  install();
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    releases.delete(once);
    release();
  };
  releases.add(once);
  return once;
}

/** Removes folders made for outputs, deepest first, as long as they are still empty. */
export function removeEmptyFolders(folders: readonly string[]): void {
  for (const folder of [...folders].reverse()) {
    try {
      rmdirSync(folder);
    } catch {
      // not empty (an output was written, or someone put a file there): it stays
    }
  }
}
