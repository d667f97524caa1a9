// A file that could not be opened at all (corrupt, encrypted, .xls, too big): its report is
// `unreadable`, with the reader's Vietnamese reason (docs/contract.md §3 `readable: false`).
import type { FileReport } from "./validated-form";

export function unreadableReport(file: string, fileTime: string | null, reason: string): FileReport {
  return {
    file,
    fileTime,
    kind: "unreadable",
    issue: { severity: "error", rule: "unreadable", indicator: null, cell: null, params: { reason } },
  };
}
