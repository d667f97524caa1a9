// `bdg consolidate --json` (docs/contract.md §3). The required fields come first; the extra ones
// (reasons, counts, issues with messages, cross-checks) help scripts explain the result.
import type { Summary } from "../../core/consolidate";
import type { Plan } from "../../core/plan";
import { issueJson } from "./issue-json";

export function summaryJson(plan: Plan, summary: Summary) {
  return {
    plan: summary.plan,
    period: summary.period,
    asOf: summary.asOf,
    includeInvalid: summary.includeInvalid,
    units: summary.units.map((u) => ({
      unit: u.unit,
      status: u.status,
      daysLate: u.daysLate,
      submittedAt: u.submittedAt,
      dateSource: u.dateSource,
      file: u.file,
      errors: u.errors,
      warnings: u.warnings,
      reason: u.reason,
      alerts: u.alerts,
    })),
    files: summary.files.map((f) => ({ file: f.file, outcome: f.outcome, unit: f.unit, period: f.period, reason: f.reason })),
    ignored: summary.ignored,
    recipient: summary.recipient,
    previousPeriod: summary.previousPeriod,
    comparison: summary.comparison,
    comparisonNotes: summary.comparisonNotes,
    totals: summary.totals,
    reportingRate: summary.reportingRate,
    onTimeRate: summary.onTimeRate,
    totalDetails: summary.totalDetails,
    issues: summary.issuesByFile.map((entry) => ({
      file: entry.file,
      unit: entry.unit,
      issues: entry.issues.map((issue) => issueJson(issue, plan)),
    })),
    summaryIssues: summary.summaryIssues.map((issue) => issueJson(issue, plan)),
  };
}
