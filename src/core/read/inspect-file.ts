// One input file from start to verdict: its grid read into submissions, each validated.
// A file that could not be opened at all (corrupt, encrypted, .xls, too big) is `unreadable`,
// with the reader's Vietnamese reason.
import type { WorkbookGrid } from "../grid";
import type { Plan } from "../plan/schema";
import { validateSubmission } from "../rules/validate-form";
import { bdgWorkbookOf } from "./bdg-workbook";
import { notAReportIssue, readWorkbook } from "./read-workbook";
import type { FileReport } from "./validated-form";

export function inspectWorkbook(plan: Plan, file: string, fileTime: string | null, grid: WorkbookGrid): FileReport {
  if (bdgWorkbookOf(grid)?.kind === "summary") {
    return { file, fileTime, kind: "own_output", issue: notAReportIssue("đây là bảng tổng hợp do bdg tạo ra, không phải báo cáo của một đơn vị") };
  }
  const read = readWorkbook(plan, grid, file, fileTime);
  if (read.kind === "not_a_report") return { file, fileTime, kind: "not_a_report", issue: read.issue };
  return { file, fileTime, kind: "forms", forms: read.submissions.map((s) => validateSubmission(plan, s)) };
}

export function unreadableReport(file: string, fileTime: string | null, reason: string): FileReport {
  return {
    file,
    fileTime,
    kind: "unreadable",
    issue: { severity: "error", rule: "unreadable", indicator: null, cell: null, params: { reason } },
  };
}
