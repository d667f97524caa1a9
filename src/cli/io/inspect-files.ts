// The files of a command → their reports, in input order, with the progress bar: on worker
// threads when `--jobs` and the number of files make it worth it (read-jobs.ts), else here; either
// way each file is judged by usecases/judge-file.ts.
import type { Plan } from "../../core/plan";
import type { FileReport } from "../../core/read";
import { createProgress } from "../output/progress";
import type { FoundFile } from "./find-xlsx";
import { readWorkerCount, readWorkerScript } from "./read-jobs";
import { inspectAll } from "./read-pool";

/** `jobs`: the --jobs value, or undefined for the automatic choice. */
/** `hash`: give each report the SHA-256 of its file, for the receipt register. */
export function inspectFiles(plan: Plan, files: readonly FoundFile[], jobs: number | undefined, progressTitle: string, hash = false): Promise<FileReport[]> {
  const script = readWorkerScript();
  const progress = createProgress(files.length, progressTitle);
  return inspectAll({
    plan,
    files,
    workers: script === null ? 0 : readWorkerCount(jobs, files.length),
    workerScript: script ?? "",
    hash,
    onReport: (file) => progress.tick(file.display),
  }).finally(() => progress.done());
}
