// Who judges a picked file (reads it and returns its verdict). The use case does not care where it
// happens: on the calling thread (the default) or on a pool of Web Workers that the task pane
// provides (worker-pool-judge.ts). Either way the verdict is the same pure function's
// (reportOfBytes), so the summary does not depend on where files were read.
import type { Plan } from "../core/plan";
import { unreadableReport, type FileReport } from "../core/read";
import { withoutUsedRawCells } from "../core/read/read-form-values";
import { toHcmIso } from "../core/time";
import { reportOfBytes } from "./check-file";
import type { InputFile } from "./input-file";
import { DEFAULT_READ_AHEAD, readFileBytes, type FileBytes } from "./read-ahead";

export interface FileJudge {
  /** The verdict on one file; `index` is its position in the request's files. Never rejects. */
  judge(file: InputFile, index: number): Promise<FileReport>;
  /** Judgements kept in flight at once: each holds at most one file's bytes, so this bounds memory. */
  readonly inFlight: number;
}

/** The modification time as the reports carry it (ISO, Asia/Ho_Chi_Minh), or null. */
export function fileTimeOf(lastModified: number | null): string | null {
  return lastModified === null ? null : toHcmIso(lastModified);
}

/**
 * reportOfBytes that cannot throw: if judging a file fails in a way nobody foresaw, that file is
 * unreadable (with the reason, in Vietnamese) and the other files are still consolidated.
 * Without the raw cells a parsed value stands for (withoutUsedRawCells): less to keep, and less
 * for a worker's reply to copy across threads.
 */
export function safeReportOfBytes(plan: Plan, file: InputFile, read: FileBytes): FileReport {
  try {
    return withoutUsedRawCells(reportOfBytes(plan, file, read));
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return unreadableReport(file.name, fileTimeOf(file.lastModified), `Lỗi ngoài dự kiến khi đọc tệp (${detail}). Hãy mở tệp bằng Excel, lưu lại rồi thử lại.`);
  }
}

/** Judges on the calling thread, `inFlight` reads ahead (the reads overlap the parsing). */
export function inProcessJudge(plan: Plan, inFlight: number = DEFAULT_READ_AHEAD): FileJudge {
  return {
    inFlight,
    judge: async (file) => safeReportOfBytes(plan, file, await readFileBytes(file)),
  };
}
