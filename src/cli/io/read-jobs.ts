// How many worker threads read the input files (`--jobs N`), and where their code is.
//
// Without --jobs: small runs read in this thread, large ones on min(2, cores) workers. Measured
// on the 2-core bench machine (consolidate --json, whole run, other work running): a worker
// costs ~0.1–0.15 s to start and, each worker warming up its own compiled code (and V8's
// compiler threads doing it twice), two workers burn ~40 % more CPU in all than one thread.
// Re-measured with the native-zlib reader (interleaved, the machine loaded by other work): two
// workers took 0.99× the wall time of this thread at 1,000 files, 0.96–1.09× at 2,000, 0.87× at
// 3,000 and 0.81× at 5,000, for 1.37–1.44× the CPU. Hence MIN_FILES_FOR_WORKERS, where they
// start to pay.
// With --jobs N: N ≥ 2 starts N workers (never more than files) whatever the number of files;
// --jobs 1 reads in this thread, no worker.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";

export const DEFAULT_MAX_JOBS = 2;
export const MIN_FILES_FOR_WORKERS = 2000;

export function defaultJobs(): number {
  return Math.max(1, Math.min(DEFAULT_MAX_JOBS, availableParallelism()));
}

/** Worker threads for `fileCount` files: `jobs` from --jobs, undefined = automatic. 0 = this thread. */
export function readWorkerCount(jobs: number | undefined, fileCount: number, cores: number = defaultJobs()): number {
  const wanted = jobs ?? (fileCount < MIN_FILES_FOR_WORKERS ? 1 : cores);
  return wanted <= 1 ? 0 : Math.min(wanted, fileCount);
}

/**
 * The worker entry, built next to the bundle (scripts/build-cli.mjs writes dist-cli/bdg.cjs and
 * dist-cli/read-worker.cjs). Null when absent (running from sources): read in this thread.
 */
export function readWorkerScript(): string | null {
  const path = join(__dirname, "read-worker.cjs");
  return existsSync(path) ? path : null;
}
