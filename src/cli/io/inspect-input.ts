// One input file → its FileReport: read bytes, unzip (Node's native zlib) and scan, judge. Only the
// report is kept; the bytes and the grid are dropped before the next file is read (memory stays
// flat as the number of files grows). Never throws: a hostile file is an outcome.
// The raw cells (Submission.values) are dropped too once judged (withoutRawCells): `validate`
// and `consolidate` never read them, and they were ~2.5 KB of the ~4.7 KB a run kept per form
// (npm run bench, live heap at N = 1,000 → 5,000).
import type { Plan } from "../../core/plan";
import { inspectWorkbook, unreadableReport, type FileReport } from "../../core/read";
import { withoutRawCells } from "../../core/read/read-form-values";
import { readXlsxInNode } from "../../xlsx/read/node-read";
import type { FoundFile } from "./find-xlsx";
import { readInput } from "./read-input";

export function inspectInput(plan: Plan, input: FoundFile): FileReport {
  const read = readInput(input.absolute);
  if (!read.ok) return unreadableReport(input.display, read.fileTime, read.message);
  try {
    const parsed = readXlsxInNode(read.bytes);
    if (!parsed.ok) return unreadableReport(input.display, read.fileTime, parsed.message);
    return withoutRawCells(inspectWorkbook(plan, input.display, read.fileTime, parsed.workbook));
  } catch (e) {
    // A reader bug must not stop a run over 1,000 files: that file is reported unreadable.
    const detail = e instanceof Error ? e.message : String(e);
    return unreadableReport(input.display, read.fileTime, `Lỗi không mong đợi khi đọc tệp: ${detail}`);
  }
}
