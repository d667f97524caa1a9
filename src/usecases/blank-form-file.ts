// File mode "Cài biểu mẫu": the blank form as .xlsx bytes to download. The writer (src/xlsx/write) is
// passed in so the task pane can load it lazily, outside the first load.
import { buildForm } from "../core/form";
import type { Plan } from "../core/plan";
import type { WorkbookModel } from "../core/sheet";
import { GENERATOR } from "./settings-keys";

export type WorkbookWriter = (model: WorkbookModel) => Promise<Uint8Array>;

export type BlankFormOutcome = { ok: true; fileName: string; bytes: Uint8Array } | { ok: false; message: string };

/** docs/contract.md §2: blank forms are named <UNIT>_<PERIOD>.xlsx. */
export function formFileName(unitCode: string, periodCode: string): string {
  return `${unitCode}_${periodCode}.xlsx`;
}

export async function blankFormFile(plan: Plan, unitCode: string, periodCode: string, write: WorkbookWriter): Promise<BlankFormOutcome> {
  const built = buildForm(plan, unitCode, periodCode, GENERATOR);
  if (!built.ok) return { ok: false, message: built.message };
  return { ok: true, fileName: formFileName(built.form.unit.code, built.form.period.code), bytes: await write(built.form.workbook) };
}
