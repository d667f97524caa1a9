// The submission status of one roster unit for one period (docs/domain.md §2.2, §6; docs/contract.md §4.1).
// - on_time: submitted on or before the due date (the due date itself is on time), or no date that
//   can be believed (the unit gets the benefit of the doubt, and the reason says so);
// - late: daysLate = calendar days after the due date (Asia/Ho_Chi_Minh), one day later = 1;
// - invalid: the unit's winning form has errors;
// - missing: required, nothing that counts received, and asOf is after the due date;
// - pending: nothing that counts received, asOf on or before the due date (the unit still has time);
// - optional_missing: the unit is not required and nothing that counts was received.
// Every reason names the file that decided it; blank and sample files that did not count are named too.
import { statusReason, type UncountedFile } from "../issues/reasons-vi";
import type { Period, Unit } from "../plan/schema";
import type { DateSource } from "../read/submission";
import type { ValidatedForm } from "../read/validated-form";
import { daysBetween } from "../time";
import { dateSubmission, type Dating } from "./submitted-at";

export type UnitStatusCode = "on_time" | "late" | "missing" | "pending" | "invalid" | "optional_missing";

/** What a clerk should look at beside a unit's status (docs/contract.md §4.1 "Unit alerts"). */
export type UnitAlertRule = "same_date_conflict" | "implausible_date" | "outlier_vs_previous";

export interface UnitAlert {
  rule: UnitAlertRule;
  /** Vietnamese, naming the values and the files. */
  message: string;
  files: string[];
}

export interface UnitStatus {
  unit: string;
  status: UnitStatusCode;
  daysLate: number;
  /** ISO date (Asia/Ho_Chi_Minh calendar day) or null. */
  submittedAt: string | null;
  dateSource: DateSource | null;
  file: string | null;
  errors: number;
  warnings: number;
  /** Why this status, in Vietnamese (a status always carries its reason). */
  reason: string;
  /** Empty when there is nothing to say. */
  alerts: UnitAlert[];
}

export interface UnitStatusInput {
  unit: Unit;
  period: Period;
  /** The as-of day, YYYY-MM-DD. */
  asOf: string;
  /** The unit's winning form, or null when nothing that counts was received. */
  winner: ValidatedForm | null;
  /** The winner's date as judged (defaults to dateSubmission over [period data start, asOf]). */
  dating?: Dating;
  /** The invalid form's numbers were consolidated anyway (--include-invalid). */
  includeInvalid?: boolean;
  /** Files of the unit that were received but do not count (blank, sample). */
  uncounted?: readonly UncountedFile[];
  alerts?: readonly UnitAlert[];
}

function notReceived(input: UnitStatusInput, alerts: UnitAlert[]): UnitStatus {
  const { unit, period, asOf } = input;
  const uncounted = input.uncounted ?? [];
  const base = { unit: unit.code, daysLate: 0, submittedAt: null, dateSource: null, file: null, errors: 0, warnings: 0, alerts };
  if (!unit.required) return { ...base, status: "optional_missing", reason: statusReason.optionalMissing(uncounted) };
  if (asOf <= period.due) return { ...base, status: "pending", reason: statusReason.pending(period.due, uncounted) };
  return { ...base, status: "missing", reason: statusReason.missing(period.due, daysBetween(period.due, asOf), uncounted) };
}

export function unitStatus(input: UnitStatusInput): UnitStatus {
  const { period, winner } = input;
  const alerts = [...(input.alerts ?? [])];
  if (winner === null) return notReceived(input, alerts);

  const dating = input.dating ?? dateSubmission(winner.submission, { from: period.dataFrom, to: input.asOf });
  const moment = dating.moment;
  const file = winner.submission.file;
  const base = {
    unit: input.unit.code,
    submittedAt: moment ? moment.date : null,
    dateSource: moment ? moment.source : null,
    file,
    errors: winner.errors,
    warnings: winner.warnings,
    alerts,
  };

  if (winner.errors > 0) {
    return { ...base, status: "invalid", daysLate: 0, reason: statusReason.invalid(winner.errors, input.includeInvalid === true, file) };
  }
  if (moment === null) {
    const reason = dating.implausible ? statusReason.notBelieved(file, dating.implausible.date) : statusReason.undated(file);
    return { ...base, status: "on_time", daysLate: 0, reason };
  }
  const daysLate = daysBetween(period.due, moment.date);
  if (daysLate <= 0) return { ...base, status: "on_time", daysLate: 0, reason: statusReason.onTime(moment.date, period.due, file) };
  return {
    ...base,
    status: "late",
    daysLate,
    reason: statusReason.late(moment.date, daysLate, period.due, file, moment.source === "file_time"),
  };
}
