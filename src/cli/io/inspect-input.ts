// One input file → its FileReport: read bytes, unzip (Node's native zlib) and scan, judge. Only the report is kept;
// the bytes and the grid are dropped before the next file is read (memory stays flat as the
// number of files grows). Never throws: a hostile file is an outcome.
import type { Plan } from "../../core/plan";
import { inspectWorkbook, unreadableReport, type FileReport } from "../../core/read";
import { readXlsxInNode } from "../../xlsx/read/node-read";
import type { FoundFile } from "./find-xlsx";
import { readInput } from "./read-input";

export function inspectInput(plan: Plan, input: FoundFile): FileReport {
  const read = readInput(input.absolute);
  if (!read.ok) return unreadableReport(input.display, read.fileTime, read.message);
  try {
    const parsed = readXlsxInNode(read.bytes);
    if (!parsed.ok) return unreadableReport(input.display, read.fileTime, parsed.message);
    return inspectWorkbook(plan, input.display, read.fileTime, parsed.workbook);
  } catch (e) {
    // A reader bug must not stop a run over 1,000 files: that file is reported unreadable.
    const detail = e instanceof Error ? e.message : String(e);
    return unreadableReport(input.display, read.fileTime, `Lỗi không mong đợi khi đọc tệp: ${detail}`);
  }
}
