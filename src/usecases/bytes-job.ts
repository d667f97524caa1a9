// A picked file on its way to a browser read worker, and the worker's judge of it. The page reads
// the bytes (in batches: one read of many files costs the browser about as much as one file,
// measured faster than each worker reading its own File) and transfers them, not copies. Kept apart
// from the pool so the worker's bundle (src/taskpane/host/read-worker.ts) carries only this.
import { unreadable, type FileReport } from "../core/read";
import { readXlsx } from "../xlsx/read";
import type { InputFile } from "./input-file";
import { fileTimeOf, judgeFile } from "./judge-file";
import type { Ticket } from "./judge-pool";
import type { JobJudge } from "./judge-protocol";
import { readFileBytes } from "./read-ahead";

export interface BytesJob {
  name: string;
  lastModified: number | null;
  bytes: ArrayBuffer;
}

/** The browser worker's judge. */
export const bytesJobJudge: JobJudge<BytesJob> = {
  judge: (plan, job) => judgeFile(plan, { name: job.name, fileTime: fileTimeOf(job.lastModified), bytes: new Uint8Array(job.bytes) }, { readXlsx }),
  identify: (job) => ({ name: job.name, fileTime: fileTimeOf(job.lastModified) }),
};

/** Why a picked file's bytes could not be read, as its report. */
export function notReadReport(file: InputFile, detail: string): FileReport {
  return unreadable(file.name, fileTimeOf(file.lastModified), { kind: "not_read", detail });
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

/** The pool's ticket for a picked file: its bytes, read here and transferred. */
export async function bytesTicket(file: InputFile): Promise<Ticket<BytesJob>> {
  const read = await readFileBytes(file);
  if (!read.ok) return { report: notReadReport(file, read.message) };
  const bytes = ownBuffer(read.bytes);
  return { job: { name: file.name, lastModified: file.lastModified, bytes }, transfer: [bytes] };
}
