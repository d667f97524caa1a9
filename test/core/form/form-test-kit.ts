// Helpers shared by the form tests: look cells up in a built form model.
import { buildForm, type FormModel } from "../../../src/core/form";
import { defaultPlan, type Plan } from "../../../src/core/plan";
import type { CellModel, SheetModel } from "../../../src/core/sheet";

export function mustBuild(unit: string, period: string, plan: Plan = defaultPlan): FormModel {
  const result = buildForm(plan, unit, period, "bdg-test 0.0.0");
  if (!result.ok) throw new Error(result.message);
  return result.form;
}

export function sheetOf(form: { workbook: { sheets: SheetModel[] } } | { sheets: SheetModel[] }, name: string): SheetModel {
  const sheets = "workbook" in form ? form.workbook.sheets : form.sheets;
  const sheet = sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

export function cellAt(sheet: SheetModel, row: number, col: number): CellModel | undefined {
  return sheet.cells.find((c) => c.row === row && c.col === col);
}

export function textCells(sheet: SheetModel): { row: number; col: number; text: string }[] {
  return sheet.cells
    .filter((c) => typeof c.value === "string" && c.value !== "")
    .map((c) => ({ row: c.row, col: c.col, text: c.value as string }));
}

/** The codes on the form, top to bottom, read the way the reader does: the Mã column below the header. */
export function codesInMaColumn(form: FormModel): string[] {
  const sheet = sheetOf(form, "BaoCao");
  const header = textCells(sheet).find((c) => c.text === "Mã");
  if (!header) throw new Error("no Mã header");
  return sheet.cells
    .filter((c) => c.col === header.col && c.row > header.row && typeof c.value === "string" && c.value !== "")
    .sort((a, b) => a.row - b.row)
    .map((c) => c.value as string);
}
