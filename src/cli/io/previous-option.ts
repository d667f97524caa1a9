// --previous SUMMARY.xlsx → the earlier summary read back through its `_data` sheet (docs/contract.md
// §4.5). Read before any report is read: a file that is not a bdg summary is a usage error (exit 2)
// saying why, and the run does not start.
import { readFileSync } from "node:fs";
import { readPreviousSummary, type PreviousSummary } from "../../core/read";
import { readXlsxInNode } from "../../xlsx/read/node-read";
import { UsageError } from "../args";
import { fsErrorText } from "./fs-error-vi";

export function loadPreviousOption(path: string | undefined): PreviousSummary | null {
  if (path === undefined) return null;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (e) {
    throw new UsageError(`Không đọc được bảng tổng hợp kỳ trước ${path}: ${fsErrorText(e, "read")}.`, false);
  }
  const read = readXlsxInNode(bytes);
  if (!read.ok) throw new UsageError(`Không đọc được bảng tổng hợp kỳ trước ${path}: ${read.message}`, false);
  const previous = readPreviousSummary(read.workbook);
  if (!previous.ok) throw new UsageError(`--previous ${path}: ${previous.message}.`, false);
  return previous.previous;
}
