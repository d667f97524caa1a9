// One input file from start to verdict: its grid read into submissions (core/read), each validated
// here. It sits in rules, not read, because it needs both: read never imports rules.
import type { WorkbookGrid } from "../grid";
import { notAReportReason } from "../issues/messages-vi";
import type { Plan } from "../plan/schema";
import { bdgWorkbookOf } from "../read/bdg-workbook";
import { notAReportIssue, readWorkbook } from "../read/read-workbook";
import type { FileReport } from "../read/validated-form";
import { validateSubmission } from "./validate-form";

export function inspectWorkbook(plan: Plan, file: string, fileTime: string | null, grid: WorkbookGrid): FileReport {
  if (bdgWorkbookOf(grid)?.kind === "summary") {
    return { file, fileTime, kind: "own_output", issue: notAReportIssue(notAReportReason.ownSummary()) };
  }
  const read = readWorkbook(plan, grid, file, fileTime);
  if (read.kind === "not_a_report") return { file, fileTime, kind: "not_a_report", issue: read.issue };
  return { file, fileTime, kind: "forms", forms: read.submissions.map((s) => validateSubmission(plan, s)) };
}
