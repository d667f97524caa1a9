// `bdg validate --json`: one entry per form (a book holding several forms gives one entry per
// form sheet, "book.xlsx#Sheet"), or one entry for a file that is not readable as a report.
import { countBySeverity } from "../../core/issues";
import type { Plan } from "../../core/plan";
import type { FileReport } from "../../core/read";
import { issueJson, type IssueJson } from "./issue-json";

export interface ValidateEntry {
  file: string;
  unit: string | null;
  period: string | null;
  readable: boolean;
  errors: number;
  warnings: number;
  issues: IssueJson[];
}

export function validateEntries(plan: Plan, report: FileReport): ValidateEntry[] {
  if (report.kind !== "forms") {
    return [
      { file: report.file, unit: null, period: null, readable: false, errors: 1, warnings: 0, issues: [issueJson(report.issue, plan)] },
    ];
  }
  return report.forms.map((form) => {
    const { errors, warnings } = countBySeverity(form.issues);
    return {
      file: form.submission.file,
      unit: form.submission.unit,
      period: form.submission.period,
      readable: true,
      errors,
      warnings,
      issues: form.issues.map((issue) => issueJson(issue, plan)),
    };
  });
}
