// Step 1 of consolidation: every input becomes either a candidate submission of a roster unit
// for the period, or a file outcome that is settled already (unreadable, not a report,
// unknown unit, wrong period).
import type { Issue } from "../issues";
import { renderIssue } from "../issues/messages-vi";
import type { Plan } from "../plan/schema";
import { findPeriod, findUnit } from "../plan/queries";
import type { FileReport, ValidatedForm } from "../read/validated-form";
import type { FileOutcome } from "./summary";

/** A form of a roster unit for the consolidated period, before the latest one is chosen. */
export interface Candidate {
  unit: string;
  form: ValidatedForm;
}

/** One file (or one sheet of a book) with its issues as consolidation sees them. */
export interface FileEntry {
  outcome: FileOutcome;
  issues: Issue[];
}

export interface Classified {
  candidates: Candidate[];
  /** Files whose outcome is settled without looking at the other files. */
  settled: FileEntry[];
}

/** A submission without its own file time takes the one of its file (book sheets share it). */
function withFileTime(form: ValidatedForm, fileTime: string | null): ValidatedForm {
  if (form.submission.fileTime !== null || fileTime === null) return form;
  return { ...form, submission: { ...form.submission, fileTime } };
}

function unknownUnitReason(unit: string | null): string {
  return unit === null
    ? "Không xác định được đơn vị báo cáo"
    : `Mã đơn vị "${unit}" không có trong danh sách đơn vị của kế hoạch`;
}

function wrongPeriodReason(plan: Plan, period: string | null, periodCode: string): string {
  const wanted = findPeriod(plan, periodCode)?.label ?? periodCode;
  if (period === null) return `Không xác định được kỳ báo cáo (đang tổng hợp kỳ ${wanted})`;
  const label = findPeriod(plan, period)?.label ?? period;
  return `Báo cáo của kỳ "${label}", không phải kỳ đang tổng hợp (${wanted})`;
}

function classifyForm(plan: Plan, periodCode: string, form: ValidatedForm, out: Classified): void {
  const sub = form.submission;
  const base = { file: sub.file, unit: sub.unit, period: sub.period };
  if (sub.unit === null || !findUnit(plan, sub.unit)) {
    out.settled.push({
      outcome: { ...base, outcome: "unknown_unit", reason: unknownUnitReason(sub.unit) },
      issues: form.issues,
    });
    return;
  }
  if (sub.period !== periodCode) {
    // The reader flags an unknown period itself; a known but different period is ours to flag.
    const extra: Issue[] =
      sub.period === null
        ? []
        : [{ severity: "error", rule: "wrong_period", indicator: null, cell: null, params: { period: sub.period, expected: periodCode } }];
    out.settled.push({
      outcome: { ...base, outcome: "wrong_period", reason: wrongPeriodReason(plan, sub.period, periodCode) },
      issues: [...form.issues, ...extra],
    });
    return;
  }
  out.candidates.push({ unit: sub.unit, form });
}

export function classifyFiles(plan: Plan, periodCode: string, reports: readonly FileReport[]): Classified {
  const out: Classified = { candidates: [], settled: [] };
  for (const report of reports) {
    if (report.kind === "forms") {
      for (const form of report.forms) classifyForm(plan, periodCode, withFileTime(form, report.fileTime), out);
    } else {
      out.settled.push({
        outcome: { file: report.file, outcome: report.kind, unit: null, period: null, reason: renderIssue(report.issue, plan) },
        issues: [report.issue],
      });
    }
  }
  return out;
}
