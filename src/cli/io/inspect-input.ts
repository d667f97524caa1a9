// One input file → its FileReport: read bytes, unzip (Node's native zlib) and scan, judge. Only the
// report is kept; the bytes and the grid are dropped before the next file is read (memory stays
// flat as the number of files grows). Never throws: a hostile file is an outcome.
// The raw cells a parsed value stands for are dropped too once judged (withoutUsedRawCells): they
// were ~2.5 KB of the ~4.7 KB a run kept per form (npm run bench, live heap at N = 1,000 → 5,000).
import { createHash } from "node:crypto";
import type { Plan } from "../../core/plan";
import { unreadableReport, type FileReport } from "../../core/read";
import { inspectWorkbook } from "../../core/rules";
import { withoutUsedRawCells } from "../../core/read/read-form-values";
import { readXlsxInNode } from "../../xlsx/read/node-read";
import type { FoundFile } from "./find-xlsx";
import { readInput } from "./read-input";

/** `hash`: also give the SHA-256 of the bytes, for the receipt register (docs/contract.md §4.2). */
export function inspectInput(plan: Plan, input: FoundFile, hash = false): FileReport {
  const read = readInput(input.absolute);
  if (!read.ok) return unreadableReport(input.display, read.fileTime, read.message);
  const report = judgeBytes(plan, input, read.bytes, read.fileTime);
  return hash ? { ...report, sha256: createHash("sha256").update(read.bytes).digest("hex") } : report;
}

function judgeBytes(plan: Plan, input: FoundFile, bytes: Uint8Array, fileTime: string): FileReport {
  try {
    const parsed = readXlsxInNode(bytes);
    if (!parsed.ok) return unreadableReport(input.display, fileTime, parsed.message);
    return withoutUsedRawCells(inspectWorkbook(plan, input.display, fileTime, parsed.workbook));
  } catch (e) {
    // A reader bug must not stop a run over 1,000 files: that file is reported unreadable.
    const detail = e instanceof Error ? e.message : String(e);
    return unreadableReport(input.display, fileTime, `Lỗi không mong đợi khi đọc tệp: ${detail}`);
  }
}
