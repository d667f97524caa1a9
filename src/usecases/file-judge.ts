// Who judges a picked file (a browser File, InputFile): on the calling thread (the default) or on a
// pool of Web Workers the task pane or the standalone page provides (judge-pool.ts, the bytes
// transferred to the worker: bytes-job.ts). Either way the verdict is judgeFile's, so the summary
// does not depend on where files were read.
import type { Plan } from "../core/plan";
import type { FileReport } from "../core/read";
import { readXlsx } from "../xlsx/read";
import { bytesTicket, notReadReport, type BytesJob } from "./bytes-job";
import type { InputFile } from "./input-file";
import { fileTimeOf, judgeFile } from "./judge-file";
import { judgePool, type JudgePool, type JudgePoolOptions } from "./judge-pool";
import { DEFAULT_READ_AHEAD, readFileBytes } from "./read-ahead";

export interface FileJudge {
  /** The verdict on one file; `index` is its position in the request's files. Never rejects. */
  judge(file: InputFile, index: number): Promise<FileReport>;
  /** Judgements kept in flight at once: each holds at most one file's bytes, so this bounds memory. */
  readonly inFlight: number;
}

/** Reads and judges a picked file here. `keepRawCells`: the check view shows the texts as typed. */
export async function judgeInputFile(plan: Plan, file: InputFile, keepRawCells = false): Promise<FileReport> {
  const read = await readFileBytes(file);
  if (!read.ok) return notReadReport(file, read.message);
  return judgeFile(plan, { name: file.name, fileTime: fileTimeOf(file.lastModified), bytes: read.bytes }, { readXlsx, keepRawCells });
}

/** File mode "Kiểm tra": one .xlsx from disk, read with the fast reader and judged by the core. */
export function checkFile(plan: Plan, file: InputFile): Promise<FileReport> {
  return judgeInputFile(plan, file, true);
}

/** Judges on the calling thread, `inFlight` reads ahead (the reads overlap the parsing). */
export function inProcessJudge(plan: Plan, inFlight: number = DEFAULT_READ_AHEAD): FileJudge {
  return { inFlight, judge: (file) => judgeInputFile(plan, file) };
}

export type WorkerPoolJudge = JudgePool<InputFile> & FileJudge;

export type WorkerPoolOptions = Pick<JudgePoolOptions<InputFile, BytesJob>, "plan" | "spawn" | "size" | "perWorker" | "startTimeoutMs" | "timer">;

/** Picked files judged on Web Workers; with none left, on this thread as inProcessJudge does. */
export function workerPoolJudge(options: WorkerPoolOptions): WorkerPoolJudge {
  const { plan } = options;
  return judgePool<InputFile, BytesJob>({
    ...options,
    ticket: bytesTicket,
    here: (file) => judgeInputFile(plan, file),
    hereInFlight: DEFAULT_READ_AHEAD,
    identify: (file) => ({ name: file.name, fileTime: fileTimeOf(file.lastModified) }),
  });
}
