// Cài biểu mẫu: write the form of (unit, period) into the open workbook. Installing over an
// existing form asks first and never loses typed values: they are read back by code and placed
// into the new form model. Round trips: readForm (1) + writeSheets (2) = at most 3 syncs.
import { buildForm, REPORT_SHEET, withValues, type FormValue } from "../core/form";
import { isCellError } from "../core/grid";
import type { Plan } from "../core/plan";
import { findPeriod, findUnit } from "../core/plan";
import type { WorkbookPort, WriteReport } from "../core/ports";
import { readWorkbook, type Submission } from "../core/read";
import { GENERATOR, OPEN_WORKBOOK_NAME } from "./settings-keys";

export interface ExistingForm {
  /** Unit and period names of the form now in the workbook, when it can be identified. */
  unitName: string | null;
  periodLabel: string | null;
}

export type InstallOutcome =
  | { kind: "needs_confirmation"; existing: ExistingForm }
  | { kind: "installed"; report: WriteReport; keptValues: number; replaced: boolean }
  | { kind: "failed"; message: string };

export interface InstallOptions {
  /** The user agreed to replace the form already in the workbook (values are kept by code). */
  confirmReplace: boolean;
}

/** Typed values of the existing form by code; blanks and Excel errors are not "typed values". */
function typedValues(sub: Submission): Record<string, FormValue> {
  const values: Record<string, FormValue> = {};
  for (const [code, raw] of Object.entries(sub.values)) {
    const v = raw.raw;
    if (v === null || v === "" || isCellError(v)) continue;
    values[code] = typeof v === "boolean" ? (v ? "Có" : "Không") : v;
  }
  return values;
}

function describe(plan: Plan, sub: Submission | undefined): ExistingForm {
  return {
    unitName: sub?.unit ? (findUnit(plan, sub.unit)?.name ?? sub.unit) : null,
    periodLabel: sub?.period ? (findPeriod(plan, sub.period)?.label ?? sub.period) : null,
  };
}

export async function installForm(
  port: WorkbookPort,
  plan: Plan,
  unitCode: string,
  periodCode: string,
  options: InstallOptions,
): Promise<InstallOutcome> {
  const built = buildForm(plan, unitCode, periodCode, GENERATOR);
  if (!built.ok) return { kind: "failed", message: built.message };
  const form = built.form;

  const grid = await port.readForm();
  const exists = grid.sheets.some((s) => s.name === REPORT_SHEET);
  const read = exists ? readWorkbook(plan, grid, OPEN_WORKBOOK_NAME, null) : null;
  const current = read?.kind === "forms" ? read.submissions.find((s) => s.sheet === REPORT_SHEET) : undefined;
  if (exists && !options.confirmReplace) return { kind: "needs_confirmation", existing: describe(plan, current) };

  const kept = current ? typedValues(current) : {};
  const keptValues = Object.keys(kept).filter((code) => form.inputCells[code] !== undefined).length;
  const model = withValues(form, kept, current?.reportDate ?? undefined, current?.notes);
  const report = await port.writeSheets(model);
  return { kind: "installed", report, keptValues, replaced: exists };
}
