// Step 2: one winner per unit. The latest submission wins (by submissionMoment().at, a form
// without any date counting as the oldest); ties are broken by file name, the greater name winning.
// Every older submission is superseded and gets a duplicate_submission warning naming the newer file.
import type { Issue } from "../issues";
import type { ValidatedForm } from "../read/validated-form";
import { submissionMoment } from "../status";
import { formatDateVi } from "../time";
import type { Candidate, FileEntry } from "./classify-files";
import { compareText } from "./compare-text";

interface Dated {
  form: ValidatedForm;
  at: string;
}

function olderFirst(a: Dated, b: Dated): number {
  return compareText(a.at, b.at) || compareText(a.form.submission.file, b.form.submission.file);
}

export interface Picked {
  /** unit code → its winning form. */
  winners: Map<string, ValidatedForm>;
  superseded: FileEntry[];
}

function supersededEntry(older: ValidatedForm, newer: ValidatedForm): FileEntry {
  const sub = older.submission;
  const newerMoment = submissionMoment(newer.submission);
  const when = newerMoment ? ` (nộp ngày ${formatDateVi(newerMoment.date)})` : "";
  const warning: Issue = {
    severity: "warning",
    rule: "duplicate_submission",
    indicator: null,
    cell: null,
    params: { unit: sub.unit, file: sub.file, newerFile: newer.submission.file },
  };
  return {
    outcome: {
      file: sub.file,
      outcome: "superseded",
      unit: sub.unit,
      period: sub.period,
      reason: `Đã có báo cáo mới hơn của cùng đơn vị: ${newer.submission.file}${when}; báo cáo này không được dùng`,
    },
    issues: [...older.issues, warning],
  };
}

export function pickLatest(candidates: readonly Candidate[]): Picked {
  const byUnit = new Map<string, Dated[]>();
  for (const c of candidates) {
    const dated = { form: c.form, at: submissionMoment(c.form.submission)?.at ?? "" };
    const list = byUnit.get(c.unit);
    if (list) list.push(dated);
    else byUnit.set(c.unit, [dated]);
  }
  const winners = new Map<string, ValidatedForm>();
  const superseded: FileEntry[] = [];
  for (const [unit, list] of byUnit) {
    list.sort(olderFirst);
    const winner = list[list.length - 1].form;
    winners.set(unit, winner);
    for (const older of list.slice(0, -1)) superseded.push(supersededEntry(older.form, winner));
  }
  return { winners, superseded };
}
