// --previous SUMMARY.xlsx → the earlier summary read back through its `_data` sheet (docs/contract.md
// §4.5), the same reading as the pane's "So sánh với kỳ trước" (src/usecases/previous-summary-file.ts),
// unzipped with Node's zlib. Read before any report is
// read: a file that is not a bdg summary is a usage error (exit 2) saying why, and the run does not
// start.
import { readFileSync } from "node:fs";
import type { PreviousSummary } from "../../core/read";
import { previousSummaryOf } from "../../usecases/previous-summary-file";
import { readXlsxInNode } from "../../xlsx/read/node-read";
import { UsageError } from "../args";
import { fsErrorText } from "./fs-error-vi";

export function loadPreviousOption(path: string | undefined): PreviousSummary | null {
  if (path === undefined) return null;
  const named = `(--previous) ${path}`;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (e) {
    throw new UsageError(`Không đọc được bảng tổng hợp kỳ trước ${named}: ${fsErrorText(e, "read")}.`, false);
  }
  const outcome = previousSummaryOf(named, bytes, (b, wanted) => readXlsxInNode(b, undefined, wanted));
  if (!outcome.ok) throw new UsageError(outcome.message, false);
  return outcome.previous;
}
