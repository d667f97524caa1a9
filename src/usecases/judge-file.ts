// One received file → its FileReport, the same function on every host (the CLI's threads, the task
// pane's Web Workers, the standalone page, in-process): bytes, name and file time in, a verdict out.
// Never throws: a hostile file is an outcome, and a bug while judging makes that one file
// `unreadable` (docs/architecture.md "One judging pipeline"). Which inflater reads the zip is the
// host's choice (fflate in browsers, Node's zlib in the CLI): the verdict does not depend on it.
import type { Plan } from "../core/plan";
import { errorDetail, unreadable, type FileReport } from "../core/read";
import { withoutUsedRawCells } from "../core/read/read-form-values";
import { inspectWorkbook } from "../core/rules";
import { toHcmIso } from "../core/time";
import type { ReadXlsxResult } from "../xlsx/read/read-result";

export interface ReceivedFile {
  /** As the reports show it (the picked name, or the CLI's displayed path). */
  name: string;
  /** Modification time, ISO in +07:00, or null when unknown. */
  fileTime: string | null;
  bytes: Uint8Array;
}

export interface JudgeOptions {
  /** The .xlsx reader (never throws): readXlsx (fflate) or readXlsxInNode (native zlib). */
  readXlsx(bytes: Uint8Array): ReadXlsxResult;
  /**
   * Keep the raw cells a parsed value stands for. Dropped by default (withoutUsedRawCells): ~2.5 KB
   * of the ~4.7 KB a run keeps per form, and less for a worker's reply to copy across threads.
   */
  keepRawCells?: boolean;
}

export function judgeFile(plan: Plan, file: ReceivedFile, options: JudgeOptions): FileReport {
  try {
    const read = options.readXlsx(file.bytes);
    if (!read.ok) return unreadable(file.name, file.fileTime, { kind: "format", sentence: read.message });
    const report = inspectWorkbook(plan, file.name, file.fileTime, read.workbook);
    return options.keepRawCells === true ? report : withoutUsedRawCells(report);
  } catch (err) {
    // A reader or core bug must not stop a run over 1,000 files: that file alone is unreadable.
    return unreadable(file.name, file.fileTime, { kind: "unexpected", detail: errorDetail(err) });
  }
}

/** A browser File's modification time (epoch ms) as the reports carry it (ISO, Asia/Ho_Chi_Minh), or null. */
export function fileTimeOf(lastModified: number | null): string | null {
  return lastModified === null ? null : toHcmIso(lastModified);
}
