// Which of a unit's submissions counts (docs/contract.md §4.1 "Choosing among several submissions"):
// 1. In one workbook, the sheet that `_meta` names beats copies of it ("BaoCao (2)"): a copy is
//    superseded, or a duplicate when its values are the same.
// 2. Submissions with the same values are one content; the latest content wins: the latest
//    submission day, then on the same day the one received later (receipt register first, then
//    the file's time; the file name only keeps the result the same from run to run).
// 3. Within the winning content the earliest submission is the one used: content received on time
//    and sent again later is on time. The other copies are duplicates.
// 4. Tied contents that differ raise `same_date_conflict`, naming the files; a date that cannot be
//    true raises `implausible_date` and counts as no date (oldest) for the choice.
import type { DuplicateRelation, Issue } from "../issues";
import { alertMessage, outcomeReason, type ReceiptOrder } from "../issues/reasons-vi";
import type { ValidatedForm } from "../read/validated-form";
import { dateSubmission, type Dating, type PlausibleDays } from "../status/submitted-at";
import type { UnitAlert } from "../status/unit-status";
import type { Candidate, FileEntry } from "./classify-files";
import { compareText } from "./compare-text";
import { contentKey } from "./content-key";
import { DATE_SOURCE_LABEL } from "./summary-labels";

interface Dated {
  form: ValidatedForm;
  book: string;
  dating: Dating;
  /** The believed submission day, "" when none (oldest). */
  day: string;
  key: string;
}

export interface UnitChoice {
  winner: ValidatedForm;
  dating: Dating;
  /** Every other submission of the unit, with its outcome. */
  entries: FileEntry[];
  alerts: UnitAlert[];
}

const fileOf = (d: Dated) => d.form.submission.file;

/** > 0 when `a` counts as submitted later than `b` (step 2 above). */
function later(a: Dated, b: Dated): number {
  const sa = a.form.submission;
  const sb = b.form.submission;
  return (
    compareText(a.day, b.day) ||
    compareText(sa.receivedAt ?? "", sb.receivedAt ?? "") ||
    compareText(sa.fileTime ?? "", sb.fileTime ?? "") ||
    compareText(a.dating.moment?.at ?? "", b.dating.moment?.at ?? "") ||
    compareText(fileOf(a), fileOf(b))
  );
}

/** How the later of two same-day submissions was told apart, for the reason. */
function receiptOrder(used: Dated, other: Dated): ReceiptOrder {
  const a = used.form.submission;
  const b = other.form.submission;
  if (a.receivedAt && b.receivedAt && a.receivedAt !== b.receivedAt) return "register";
  if (a.fileTime && b.fileTime && a.fileTime !== b.fileTime) return "file_time";
  return "name";
}

function entry(d: Dated, outcome: "superseded" | "duplicate", reason: string, relation: DuplicateRelation, against: Dated): FileEntry {
  const sub = d.form.submission;
  const warning: Issue = {
    severity: "warning",
    rule: "duplicate_submission",
    indicator: null,
    cell: null,
    params: { unit: sub.unit, file: sub.file, newerFile: fileOf(against), relation },
  };
  return {
    outcome: { file: sub.file, outcome, unit: sub.unit, period: sub.period, reason },
    issues: [...d.form.issues, warning],
  };
}

/** Step 1: the `_meta` sheet of a book beats the other sheets of the same unit in that book. */
function setAsideSheetCopies(dated: Dated[], entries: FileEntry[]): Dated[] {
  const metaSheetOf = new Map<string, Dated>();
  for (const d of dated) if (d.form.submission.identifiedBy === "meta") metaSheetOf.set(d.book, d);
  return dated.filter((d) => {
    const meta = metaSheetOf.get(d.book);
    if (meta === undefined || meta === d || d.form.submission.identifiedBy === "meta") return true;
    const sheet = meta.form.submission.sheet;
    entries.push(
      d.key === meta.key
        ? entry(d, "duplicate", outcomeReason.duplicateCopySheet(sheet), "copy_sheet", meta)
        : entry(d, "superseded", outcomeReason.copySheet(sheet), "copy_sheet", meta),
    );
    return false;
  });
}

function implausibleAlert(d: Dated, days: PlausibleDays): UnitAlert | null {
  const found = d.dating.implausible;
  if (found === null) return null;
  const bound = found.date < days.from ? ({ side: "before", from: days.from } as const) : ({ side: "after", asOf: days.to } as const);
  return {
    rule: "implausible_date",
    message: alertMessage.implausibleDate(fileOf(d), found.date, DATE_SOURCE_LABEL[found.source].toLowerCase(), bound),
    files: [fileOf(d)],
  };
}

/** `candidates`: every submission of one unit for the period (at least one), already judged. */
export function chooseSubmission(candidates: readonly Candidate[], days: PlausibleDays): UnitChoice {
  const entries: FileEntry[] = [];
  const all: Dated[] = candidates.map((c) => {
    const dating = dateSubmission(c.form.submission, days);
    return { form: c.form, book: c.book, dating, day: dating.moment?.date ?? "", key: contentKey(c.form) };
  });
  const alerts = all.map((d) => implausibleAlert(d, days)).filter((a): a is UnitAlert => a !== null);
  const dated = setAsideSheetCopies(all, entries);

  const contents = new Map<string, Dated[]>();
  for (const d of dated) {
    const group = contents.get(d.key);
    if (group) group.push(d);
    else contents.set(d.key, [d]);
  }
  // Each content by its last submission, latest first; inside a content, earliest first.
  const groups = [...contents.values()].map((g) => [...g].sort(later));
  const lastOf = (g: Dated[]) => g[g.length - 1];
  groups.sort((a, b) => later(lastOf(b), lastOf(a)));

  const [winning, ...others] = groups;
  const used = winning[0];
  const newest = lastOf(winning);
  for (const copy of winning.slice(1)) entries.push(entry(copy, "duplicate", outcomeReason.duplicate(fileOf(used)), "same_content", used));

  const tied: Dated[] = [];
  for (const group of others) {
    for (const d of group) {
      if (d.day === newest.day && d === lastOf(group)) tied.push(d);
      const reason =
        d.day === newest.day
          ? outcomeReason.supersededSameDate(fileOf(newest), d.day || null, receiptOrder(newest, d))
          : outcomeReason.supersededByNewer(fileOf(newest), newest.day || null);
      entries.push(entry(d, "superseded", reason, d.day === newest.day ? "same_date" : "newer", newest));
    }
  }
  if (tied.length > 0) {
    const files = [fileOf(newest), ...tied.map(fileOf)];
    alerts.push({
      rule: "same_date_conflict",
      message: alertMessage.sameDateConflict(files, fileOf(newest), newest.day || null, receiptOrder(newest, tied[0])),
      files,
    });
  }
  return { winner: used.form, dating: used.dating, entries, alerts };
}
