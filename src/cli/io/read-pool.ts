// Reading many files on a few worker threads, keeping the input order: the shared judging pool
// (src/usecases/judge-pool.ts) with Node's worker threads (thread-spawner.ts). A file travels as its
// path, and the worker reads it: the bytes of a file exist only inside the worker reading it, and
// each worker holds at most IN_FLIGHT_PER_WORKER files (one being read, one waiting so it never
// idles on a round trip), so memory does not grow with N. Reports are handed on strictly in input
// order, whatever order the workers finish in, so the output is the same as reading in this thread.
//
// A worker that dies (it should not: judgeFile never throws) costs one file, the one it was
// reading: the pool's crash policy makes it `unreadable` with its file time (stat again here) and
// the fixed wording; the others go to the other workers, and when none is left they are read here.
import type { Plan } from "../../core/plan";
import type { FileReport } from "../../core/read";
import { judgePool } from "../../usecases/judge-pool";
import type { FoundFile } from "./find-xlsx";
import { inspectInput, type PathJob } from "./inspect-input";
import { fileTimeOnDisk } from "./read-input";
import { threadSpawner } from "./thread-spawner";

const IN_FLIGHT_PER_WORKER = 2;

export type Inspect = (plan: Plan, file: FoundFile) => FileReport;

export interface InspectAllRequest {
  plan: Plan;
  files: readonly FoundFile[];
  /** Worker threads to start; 0 reads every file in this thread. */
  workers: number;
  /** The bundled worker entry (dist-cli/read-worker.cjs). */
  workerScript: string;
  /** Called once per file, in input order, as soon as its report and all before it are in. */
  onReport?: (file: FoundFile, report: FileReport) => void;
  /** The in-this-thread reader (the same code the worker runs); replaceable in tests. */
  inspect?: Inspect;
  /** Also hash each file's bytes (SHA-256) for the receipt register. */
  hash?: boolean;
}

/** The reports of `files`, in their order. Never rejects because of a file. */
export async function inspectAll(request: InspectAllRequest): Promise<FileReport[]> {
  const { plan, files } = request;
  const hash = request.hash === true;
  const inspect = request.inspect ?? ((p: Plan, f: FoundFile) => inspectInput(p, f, hash));
  const onReport = request.onReport ?? (() => undefined);
  const workerCount = Math.min(request.workers, files.length);
  if (workerCount <= 0) {
    return files.map((file) => {
      const report = inspect(plan, file);
      onReport(file, report);
      return report;
    });
  }

  const pool = judgePool<FoundFile, PathJob>({
    plan,
    spawn: threadSpawner(request.workerScript),
    size: workerCount,
    perWorker: IN_FLIGHT_PER_WORKER,
    // A thread that cannot start says so (its "exit"); a slow start on a loaded machine is no failure.
    startTimeoutMs: null,
    ticket: (file) => ({ job: { display: file.display, absolute: file.absolute, hash }, transfer: [] }),
    here: (file) => inspect(plan, file),
    identify: (file) => ({ name: file.display, fileTime: fileTimeOnDisk(file.absolute) }),
  });
  try {
    const pending = files.map((file) => pool.judge(file));
    const reports: FileReport[] = [];
    for (const [i, next] of pending.entries()) {
      reports.push(await next);
      onReport(files[i], reports[i]);
    }
    return reports;
  } finally {
    pool.close();
  }
}
