// The table below the header: rows are found BY CODE (docs/contract.md §1), never by row number, so a
// form whose rows were moved or partly deleted still reads. Codes are folded ("bl02.nu " →
// "BL02.NU"); codes that are not in the plan are ignored; a code found twice is an error
// (the first one is read).
import type { SheetGrid } from "../grid";
import { cellAt } from "../grid";
import type { Issue } from "../issues";
import { cellWithoutSheet } from "../issues/messages-vi";
import type { Plan } from "../plan/schema";
import type { FormHeader } from "./find-header";
import { knownCode, planIndex } from "./plan-index";
import { sharedCellAddress } from "./shared-cell-address";
import type { RawValue } from "./submission";
import type { FileReport, ValidatedForm } from "./validated-form";

/** Indicator codes are short; a longer cell in the Mã column is some other text. */
const MAX_CODE_LENGTH = 40;

export function readFormValues(
  plan: Plan,
  sheet: SheetGrid,
  header: FormHeader,
): { values: Record<string, RawValue>; notes: Record<string, string>; issues: Issue[] } {
  const index = planIndex(plan);
  const values: Record<string, RawValue> = {};
  const notes: Record<string, string> = {};
  const issues: Issue[] = [];
  for (let r = header.row + 1; r < sheet.rows.length; r++) {
    const codeCell = cellAt(sheet, r, header.codeCol);
    if (typeof codeCell !== "string" || codeCell.length > MAX_CODE_LENGTH) continue;
    const code = knownCode(index, codeCell);
    if (code === undefined) continue;
    const cell = sharedCellAddress(sheet.name, r, header.valueCol);
    const first = values[code];
    if (first) {
      issues.push({
        severity: "error",
        rule: "duplicate_code",
        indicator: code,
        cell,
        params: { code, row: r + 1, firstCell: cellWithoutSheet(first.cell) },
      });
      continue;
    }
    values[code] = { code, raw: cellAt(sheet, r, header.valueCol), cell };
    const note = header.noteCol === null ? null : cellAt(sheet, r, header.noteCol);
    if ((typeof note === "string" && note.trim() !== "") || typeof note === "number") notes[code] = String(note);
  }
  // A record filled key by key is a hash table in V8 (~3 KB for a form's 60 rows); its spread copy
  // is a compact object whose layout every form of the run shares. A consolidation keeps one such
  // record per file read.
  return { values: { ...values }, notes, issues };
}

/**
 * The report with the raw cells it no longer needs dropped, once judged: a raw cell whose parsed
 * value stands for it (ValidatedForm.values[code] is not null), or an empty one. What is kept, the
 * cells whose text could not be used, is all that consolidation still compares by its text
 * (consolidate/content-key.ts). The raw cells were about half of what a run kept per form
 * (npm run bench: ~2.5 of ~4.7 KB).
 */
export function withoutUsedRawCells(report: FileReport): FileReport {
  if (report.kind !== "forms") return report;
  return { ...report, forms: report.forms.map((form) => ({ ...form, submission: { ...form.submission, values: unusedRawCells(form) } })) };
}

function unusedRawCells(form: ValidatedForm): Record<string, RawValue> {
  const kept: Record<string, RawValue> = {};
  for (const [code, raw] of Object.entries(form.submission.values)) {
    const parsed = form.values[code];
    if ((parsed === null || parsed === undefined) && raw.raw !== null && raw.raw !== undefined) kept[code] = raw;
  }
  return kept;
}
