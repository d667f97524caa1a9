// When a report was submitted (docs/domain.md §2.3, docs/contract.md §4.2): the first of
//   1. the finalize stamp ("Kiểm tra & hoàn tất" writes submitted_at),
//   2. the "Ngày báo cáo" cell,
//   3. the receipt register's first-seen time (only when the run keeps a register),
//   4. the file's modification time,
// and which one was used. Days are calendar days in Asia/Ho_Chi_Minh.
import type { DateSource, Submission } from "../read/submission";
import { hcmDateOf, isIsoDate, toHcmIso } from "../time";

export interface SubmissionMoment {
  /** ISO date-time in +07:00 ("2024-12-09T15:30:00+07:00"): one offset, so strings sort in time order. */
  at: string;
  /** The calendar day in Asia/Ho_Chi_Minh, YYYY-MM-DD. */
  date: string;
  source: DateSource;
}

/** A date-time with any offset, normalised to +07:00; null when unparsable. */
function momentOfDateTime(isoDateTime: string | null | undefined, source: DateSource): SubmissionMoment | null {
  if (!isoDateTime) return null;
  const epochMs = Date.parse(isoDateTime);
  if (Number.isNaN(epochMs)) return null;
  const date = hcmDateOf(isoDateTime);
  if (date === null) return null;
  return { at: toHcmIso(epochMs), date, source };
}

/** A report date has no time of day: it counts from the start of that day. */
function momentOfDate(isoDate: string | null): SubmissionMoment | null {
  if (!isoDate || !isIsoDate(isoDate)) return null;
  return { at: `${isoDate}T00:00:00+07:00`, date: isoDate, source: "report_date" };
}

export function submissionMoment(sub: Submission): SubmissionMoment | null {
  return (
    momentOfDateTime(sub.finalizedAt, "finalize") ??
    momentOfDate(sub.reportDate) ??
    momentOfDateTime(sub.receivedAt, "received") ??
    momentOfDateTime(sub.fileTime, "file_time")
  );
}

/** The days a submission date can truly fall on: from the period's data start to the as-of day. */
export interface PlausibleDays {
  from: string;
  to: string;
}

export interface Dating {
  /** The date that counts; null when there is none, or the one found cannot be true. */
  moment: SubmissionMoment | null;
  /** A date that was found but is not believed (docs/contract.md §4.1 `implausible_date`). */
  implausible: SubmissionMoment | null;
}

/**
 * A date before the period's data start or after the as-of day cannot be true (a typo, a wrong PC
 * clock): it is not believed, and timeliness is judged as if no date existed (docs/contract.md §4.1).
 * The weaker sources are not consulted instead: a file's time after a copy would be worse.
 */
export function dateSubmission(sub: Submission, days: PlausibleDays): Dating {
  const moment = submissionMoment(sub);
  if (moment === null) return { moment: null, implausible: null };
  if (moment.date < days.from || moment.date > days.to) return { moment: null, implausible: moment };
  return { moment, implausible: null };
}
