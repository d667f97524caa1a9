// "So sánh với kỳ trước": the earlier summary a clerk picks (or names with `bdg consolidate
// --previous`), read back through its `_data` sheet (docs/contract.md §4.5). The same reading and
// the same Vietnamese reasons in the CLI, the task pane and the standalone page: a file that is not
// a bdg summary, or one of an old version without `_data`, is refused with why, before any report
// is read, and the picked file is never changed. The host unzips (fflate in the browser, Node's
// zlib in bdg) and passes the reader's result.
import { previousSummaryReason } from "../core/issues";
import { readPreviousSummary, type PreviousSummary } from "../core/read";
import type { ReadXlsxResult } from "../xlsx/read";

export type PreviousSummaryOutcome = { ok: true; previous: PreviousSummary } | { ok: false; message: string };

/** `name` is how the officer knows the file (its name in the pane, its path in the CLI). */
export function previousSummaryOf(name: string, read: ReadXlsxResult): PreviousSummaryOutcome {
  if (!read.ok) return { ok: false, message: `Không đọc được bảng tổng hợp kỳ trước ${name}: ${previousSummaryReason.unreadable(read.reason)}.` };
  const previous = readPreviousSummary(read.workbook);
  if (!previous.ok) return { ok: false, message: `Bảng tổng hợp kỳ trước ${name}: ${previous.message}.` };
  return { ok: true, previous: previous.previous };
}
