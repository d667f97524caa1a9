// One input file → its FileReport: read the bytes and the file time from disk, then judgeFile with
// Node's native zlib (src/usecases/judge-file.ts, the same verdict as the task pane's). Only the
// report is kept; the bytes and the grid are dropped before the next file is read (memory stays flat
// as the number of files grows), and so are the raw cells a parsed value stands for (~2.5 KB of the
// ~4.7 KB a run kept per form: npm run bench, live heap at N = 1,000 → 5,000). Never throws.
import { createHash } from "node:crypto";
import type { Plan } from "../../core/plan";
import { unreadable, type FileReport } from "../../core/read";
import { judgeFile } from "../../usecases/judge-file";
import type { JobJudge } from "../../usecases/judge-protocol";
import { readXlsxInNode } from "../../xlsx/read/node-read";
import type { FoundFile } from "./find-xlsx";
import { readInput } from "./read-input";

/** `hash`: also give the SHA-256 of the bytes, for the receipt register (docs/contract.md §4.2). */
export function inspectInput(plan: Plan, input: FoundFile, hash = false): FileReport {
  const read = readInput(input.absolute);
  if (!read.ok) return unreadable(input.display, read.fileTime, { kind: "access", sentence: read.message });
  const report = judgeFile(plan, { name: input.display, fileTime: read.fileTime, bytes: read.bytes }, { readXlsx: readXlsxInNode });
  return hash ? { ...report, sha256: createHash("sha256").update(read.bytes).digest("hex") } : report;
}

/** What a CLI read worker is sent for a file: its path (the worker reads it), not its bytes. */
export interface PathJob extends FoundFile {
  hash: boolean;
}

/** The CLI worker's judge (read-worker.ts): the very code of this thread, so any --jobs gives the same reports. */
export const pathJobJudge: JobJudge<PathJob> = {
  judge: (plan, job) => inspectInput(plan, job, job.hash),
  identify: (job) => ({ name: job.display, fileTime: null }),
};
