// The submission status of one roster unit for one period (docs/domain.md §2.2, §6).
// - on_time: submitted on or before the due date (the due date itself is on time);
// - late: daysLate = calendar days after the due date (Asia/Ho_Chi_Minh), one day later = 1;
// - invalid: the unit's winning form has errors;
// - missing: required, nothing received, and asOf is after the due date;
// - pending: nothing received, asOf on or before the due date (the unit still has time);
// - optional_missing: the unit is not required and nothing was received.
import type { UnitStatus } from "../consolidate/summary";
import type { Period, Unit } from "../plan/schema";
import type { ValidatedForm } from "../read/validated-form";
import { daysBetween, formatDateVi } from "../time";
import { submissionMoment } from "./submitted-at";

export interface UnitStatusInput {
  unit: Unit;
  period: Period;
  /** The as-of day, YYYY-MM-DD. */
  asOf: string;
  /** The unit's winning form (latest submission), or null when nothing was received. */
  winner: ValidatedForm | null;
  /** The invalid form's numbers were consolidated anyway (--include-invalid). */
  includeInvalid?: boolean;
}

function notReceived(input: UnitStatusInput): UnitStatus {
  const { unit, period, asOf } = input;
  const base = { unit: unit.code, daysLate: 0, submittedAt: null, dateSource: null, file: null, errors: 0, warnings: 0 };
  const due = formatDateVi(period.due);
  if (!unit.required) {
    return { ...base, status: "optional_missing", reason: "Chưa nhận báo cáo (đơn vị không bắt buộc báo cáo)" };
  }
  if (asOf <= period.due) {
    return { ...base, status: "pending", reason: `Chưa nhận báo cáo; chưa đến hạn (hạn nộp ${due})` };
  }
  const overdue = daysBetween(period.due, asOf);
  return { ...base, status: "missing", reason: `Chưa nộp báo cáo; đã quá hạn ${overdue} ngày (hạn nộp ${due})` };
}

export function unitStatus(input: UnitStatusInput): UnitStatus {
  const { period, winner } = input;
  if (winner === null) return notReceived(input);

  const moment = submissionMoment(winner.submission);
  const due = formatDateVi(period.due);
  const base = {
    unit: input.unit.code,
    submittedAt: moment ? moment.date : null,
    dateSource: moment ? moment.source : null,
    file: winner.submission.file,
    errors: winner.errors,
    warnings: winner.warnings,
  };

  if (winner.errors > 0) {
    const consolidated = input.includeInvalid ? "vẫn được tổng hợp theo yêu cầu" : "chưa được tổng hợp";
    return {
      ...base,
      status: "invalid",
      daysLate: 0,
      reason: `Báo cáo không hợp lệ: có ${winner.errors} lỗi, ${consolidated}`,
    };
  }
  if (moment === null) {
    // Received but no date at all (no stamp, no report date, no file time): the unit gets the benefit of the doubt.
    return { ...base, status: "on_time", daysLate: 0, reason: "Đã nhận báo cáo; không xác định được ngày nộp nên coi là đúng hạn" };
  }
  const daysLate = daysBetween(period.due, moment.date);
  const submitted = formatDateVi(moment.date);
  if (daysLate <= 0) {
    return { ...base, status: "on_time", daysLate: 0, reason: `Nộp ngày ${submitted}, đúng hạn (hạn nộp ${due})` };
  }
  return { ...base, status: "late", daysLate, reason: `Nộp ngày ${submitted}, trễ ${daysLate} ngày (hạn nộp ${due})` };
}
