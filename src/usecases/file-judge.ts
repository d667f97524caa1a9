// Who judges a picked file (a browser File, InputFile): on the calling thread (the default) or on a
// pool of Web Workers the task pane or the standalone page provides (judge-pool.ts, the bytes
// transferred to the worker). Either way the verdict is judgeFile's, so the summary does not depend
// on where files were read.
import type { Plan } from "../core/plan";
import { unreadable, type FileReport } from "../core/read";
import { readXlsx } from "../xlsx/read";
import type { InputFile } from "./input-file";
import { fileTimeOf, judgeFile } from "./judge-file";
import { judgePool, type JudgePool, type JudgePoolOptions, type Ticket } from "./judge-pool";
import type { JobJudge } from "./judge-protocol";
import { DEFAULT_READ_AHEAD, readFileBytes } from "./read-ahead";

export interface FileJudge {
  /** The verdict on one file; `index` is its position in the request's files. Never rejects. */
  judge(file: InputFile, index: number): Promise<FileReport>;
  /** Judgements kept in flight at once: each holds at most one file's bytes, so this bounds memory. */
  readonly inFlight: number;
}

/**
 * A picked file on its way to a worker. The page reads the bytes (in batches: one read of many
 * files costs the browser about as much as one file, measured faster than each worker reading its
 * own File) and transfers them, not copies.
 */
export interface BytesJob {
  name: string;
  lastModified: number | null;
  bytes: ArrayBuffer;
}

/** The browser worker's judge (src/taskpane/host/read-worker.ts). */
export const bytesJobJudge: JobJudge<BytesJob> = {
  judge: (plan, job) => judgeFile(plan, { name: job.name, fileTime: fileTimeOf(job.lastModified), bytes: new Uint8Array(job.bytes) }, { readXlsx }),
  identify: (job) => ({ name: job.name, fileTime: fileTimeOf(job.lastModified) }),
};

const identify = (file: InputFile) => ({ name: file.name, fileTime: fileTimeOf(file.lastModified) });

/** Reads and judges a picked file here. `keepRawCells`: the check view shows the texts as typed. */
export async function judgeInputFile(plan: Plan, file: InputFile, keepRawCells = false): Promise<FileReport> {
  const read = await readFileBytes(file);
  const { name, fileTime } = identify(file);
  if (!read.ok) return unreadable(name, fileTime, { kind: "not_read", detail: read.message });
  return judgeFile(plan, { name, fileTime, bytes: read.bytes }, { readXlsx, keepRawCells });
}

/** File mode "Kiểm tra": one .xlsx from disk, read with the fast reader and judged by the core. */
export function checkFile(plan: Plan, file: InputFile): Promise<FileReport> {
  return judgeInputFile(plan, file, true);
}

/** Judges on the calling thread, `inFlight` reads ahead (the reads overlap the parsing). */
export function inProcessJudge(plan: Plan, inFlight: number = DEFAULT_READ_AHEAD): FileJudge {
  return { inFlight, judge: (file) => judgeInputFile(plan, file) };
}

/**
 * Bytes that can be transferred: the whole buffer when the view spans it (the caller handed it
 * over), else a copy of the view (a view into a batch read: transferring that buffer would take
 * the other files' bytes with it).
 */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  return whole ? (bytes.buffer as ArrayBuffer) : (bytes.slice().buffer as ArrayBuffer);
}

async function bytesTicket(file: InputFile): Promise<Ticket<BytesJob>> {
  const read = await readFileBytes(file);
  if (!read.ok) return { report: unreadable(file.name, fileTimeOf(file.lastModified), { kind: "not_read", detail: read.message }) };
  const bytes = ownBuffer(read.bytes);
  return { job: { name: file.name, lastModified: file.lastModified, bytes }, transfer: [bytes] };
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
    identify,
  });
}
