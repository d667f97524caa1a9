// Step 1 of consolidation: every input becomes either a candidate submission of a roster unit for
// the period, or a file outcome that is settled already: unreadable, not a report, own output,
// unknown unit, wrong period, blank, or sample (docs/contract.md §3, §4.1).
// Samples (bdg demo forms) never count beside a real form: when any non-blank form of the run is
// not a sample, every sample is settled as `sample`; a run of samples only (the demo) counts them.
import type { Issue } from "../issues";
import { renderIssue } from "../issues/messages-vi";
import { outcomeReason, type UncountedFile } from "../issues/reasons-vi";
import type { Plan } from "../plan/schema";
import { findPeriod, findUnit } from "../plan/queries";
import type { FileReport, ValidatedForm } from "../read/validated-form";
import type { FileOutcome } from "./summary";

/** A form of a roster unit for the consolidated period, before the one that counts is chosen. */
export interface Candidate {
  unit: string;
  form: ValidatedForm;
  /** The workbook it came from (the report's file; a form's own file may be "book.xlsx#Sheet"). */
  book: string;
}

/** One file (or one sheet of a book) with its issues as consolidation sees them. */
export interface FileEntry {
  outcome: FileOutcome;
  issues: Issue[];
}

export interface Classified {
  candidates: Candidate[];
  /** Files whose outcome is settled without looking at the other files of their unit. */
  settled: FileEntry[];
  /** Per unit, the blank and sample files that were received but do not count (for its reason). */
  uncounted: Map<string, UncountedFile[]>;
}

/** A submission takes its file's time and register receipt when it has none (book sheets share them). */
function withReceipt(form: ValidatedForm, report: FileReport): ValidatedForm {
  const sub = form.submission;
  const fileTime = sub.fileTime ?? report.fileTime;
  const receivedAt = sub.receivedAt ?? report.receivedAt ?? null;
  if (fileTime === sub.fileTime && receivedAt === (sub.receivedAt ?? null)) return form;
  return { ...form, submission: { ...sub, fileTime, receivedAt } };
}

function wrongPeriodReason(plan: Plan, period: string | null, periodCode: string): string {
  const wanted = findPeriod(plan, periodCode)?.label ?? periodCode;
  return outcomeReason.wrongPeriod(period === null ? null : (findPeriod(plan, period)?.label ?? period), wanted);
}

function settledForm(form: ValidatedForm, outcome: FileOutcome["outcome"], reason: string, extra: Issue[] = []): FileEntry {
  const sub = form.submission;
  return { outcome: { file: sub.file, outcome, unit: sub.unit, period: sub.period, reason }, issues: [...form.issues, ...extra] };
}

function noteUncounted(out: Classified, unit: string, file: UncountedFile): void {
  const list = out.uncounted.get(unit);
  if (list) list.push(file);
  else out.uncounted.set(unit, [file]);
}

function classifyForm(plan: Plan, periodCode: string, form: ValidatedForm, book: string, out: Classified): void {
  const sub = form.submission;
  if (sub.unit === null || !findUnit(plan, sub.unit)) {
    out.settled.push(settledForm(form, "unknown_unit", outcomeReason.unknownUnit(sub.unit)));
    return;
  }
  if (sub.period !== periodCode) {
    // The reader flags an unknown period itself; a known but different period is ours to flag.
    const extra: Issue[] =
      sub.period === null
        ? []
        : [{ severity: "error", rule: "wrong_period", indicator: null, cell: null, params: { period: sub.period, expected: periodCode } }];
    out.settled.push(settledForm(form, "wrong_period", wrongPeriodReason(plan, sub.period, periodCode), extra));
    return;
  }
  if (form.blank === true) {
    out.settled.push(settledForm(form, "blank", outcomeReason.blank()));
    noteUncounted(out, sub.unit, { file: sub.file, outcome: "blank" });
    return;
  }
  out.candidates.push({ unit: sub.unit, form, book });
}

const isRealForm = (form: ValidatedForm) => form.blank !== true && form.submission.sample !== true;

export function classifyFiles(plan: Plan, periodCode: string, reports: readonly FileReport[]): Classified {
  const out: Classified = { candidates: [], settled: [], uncounted: new Map() };
  let anyRealForm = false;
  for (const report of reports) {
    if (report.kind === "forms") {
      for (const form of report.forms) {
        anyRealForm ||= isRealForm(form);
        classifyForm(plan, periodCode, withReceipt(form, report), report.file, out);
      }
    } else if (report.kind === "own_output") {
      out.settled.push({
        outcome: { file: report.file, outcome: "own_output", unit: null, period: null, reason: outcomeReason.ownOutput() },
        issues: [],
      });
    } else {
      // `unreadable` and `not_a_report`: the outcome is the report's kind, the reader's issue its reason.
      out.settled.push({
        outcome: { file: report.file, outcome: report.kind, unit: null, period: null, reason: renderIssue(report.issue, plan) },
        issues: [report.issue],
      });
    }
  }
  if (anyRealForm) {
    out.candidates = out.candidates.filter((c) => {
      if (c.form.submission.sample !== true) return true;
      out.settled.push(settledForm(c.form, "sample", outcomeReason.sample()));
      noteUncounted(out, c.unit, { file: c.form.submission.file, outcome: "sample" });
      return false;
    });
  }
  return out;
}
