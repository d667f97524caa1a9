// "So sánh với kỳ trước": the earlier summary a clerk picks (or names with `bdg consolidate
// --previous`), read back through its `_data` sheet (docs/contract.md §4.5). The same reading and
// the same Vietnamese reasons in the CLI, the task pane and the standalone page: a file that is not
// a bdg summary, or one of an old version without `_data`, is refused with why, before any report
// is read, and the picked file is never changed. The host passes its reader (fflate in the browser,
// Node's zlib in bdg); only `_meta` and `_data` are read, so an earlier summary whose matrix passes
// the reader's cell limit (a province's thousands of forms) is still compared with.
import { previousSummaryReason } from "../core/issues";
import { isPreviousSummarySheet, readPreviousSummary, type PreviousSummary } from "../core/read";
import type { ReadXlsxResult, SheetWanted } from "../xlsx/read";
import type { InputFile } from "./input-file";
import { readFileBytes } from "./read-ahead";

/** The host's .xlsx reader, reading only the sheets `wanted` names. */
export type SheetsReader = (bytes: Uint8Array, wanted: SheetWanted) => ReadXlsxResult;

export type PreviousSummaryOutcome = { ok: true; previous: PreviousSummary } | { ok: false; message: string };

/** `name` is how the officer knows the file (its name in the pane, its path in the CLI). */
export function previousSummaryOf(name: string, bytes: Uint8Array, readSheets: SheetsReader): PreviousSummaryOutcome {
  const read = readSheets(bytes, isPreviousSummarySheet);
  if (!read.ok) return { ok: false, message: `Không đọc được bảng tổng hợp kỳ trước ${name}: ${previousSummaryReason.unreadable(read.reason)}.` };
  const previous = readPreviousSummary(read.workbook);
  if (!previous.ok) return { ok: false, message: `Bảng tổng hợp kỳ trước ${name}: ${previous.message}.` };
  return { ok: true, previous: previous.previous };
}

/**
 * A summary picked in the pane or the page: read from its File first. A picked file can be moved,
 * deleted or locked before it is read; that is said, in the clerk's words, never thrown.
 */
export async function pickedPreviousSummary(file: InputFile, readSheets: SheetsReader): Promise<PreviousSummaryOutcome> {
  const bytes = await readFileBytes(file);
  if (!bytes.ok) {
    return { ok: false, message: `Không đọc được bảng tổng hợp kỳ trước ${file.name} (${bytes.message}): tệp có thể đã bị xóa, đổi tên hoặc đang mở ở chương trình khác. Hãy chọn lại tệp.` };
  }
  return previousSummaryOf(file.name, bytes.bytes, readSheets);
}
