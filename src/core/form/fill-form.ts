// Puts values into a form model by code: re-installing a form while keeping what was typed,
// the `bdg demo` sample data, and tests. Strings are placed as literal values, never formulas.
import type { CellModel, SheetModel, WorkbookModel } from "../sheet/sheet-model";
import { foldCode } from "../text/normalize";
import { isIsoDate, isoDateToExcelSerial } from "../time/calendar";
import type { FormCellRef, FormModel } from "./form-model";
import { META_SHEET, REPORT_SHEET } from "./layout";

export type FormValue = string | number | null;

export interface FilledForm {
  workbook: WorkbookModel;
  /** Codes given but not input cells of this form (not applicable, computed or unknown). */
  dropped: string[];
}

function copySheet(sheet: SheetModel): SheetModel {
  return {
    ...sheet,
    columnWidths: [...sheet.columnWidths],
    rowHeights: sheet.rowHeights ? { ...sheet.rowHeights } : undefined,
    cells: sheet.cells.map((c) => ({ ...c })),
    merges: sheet.merges.map((m) => ({ ...m })),
    styles: Object.fromEntries(Object.entries(sheet.styles).map(([k, s]) => [k, { ...s }])),
  };
}

/** Sets the literal value of (row, col), adding the cell when the model has none there. */
function setValue(sheet: SheetModel, row: number, col: number, value: FormValue): void {
  const cell: CellModel | undefined = sheet.cells.find((c) => c.row === row && c.col === col);
  if (cell) {
    delete cell.formula;
    cell.value = value;
  } else sheet.cells.push({ row, col, value });
}

/**
 * reportDate: YYYY-MM-DD, written as an Excel date serial (shown dd/mm/yyyy) and as _meta
 * report_date. Anything else is placed as typed text, as an officer might (demo data with errors).
 */
export function fillForm(
  form: FormModel,
  values: Record<string, FormValue>,
  reportDate?: string,
  notes: Record<string, FormValue> = {},
): FilledForm {
  const sheets = form.workbook.sheets.map(copySheet);
  const report = sheets.find((s) => s.name === REPORT_SHEET);
  const meta = sheets.find((s) => s.name === META_SHEET);
  if (!report) return { workbook: { sheets }, dropped: Object.keys(values) };

  const byFoldedCode = new Map<string, FormCellRef>();
  for (const [code, cell] of Object.entries(form.inputCells)) byFoldedCode.set(foldCode(code), cell);

  const dropped: string[] = [];
  for (const [code, value] of Object.entries(values)) {
    const target = form.inputCells[code] ?? byFoldedCode.get(foldCode(code));
    if (!target) {
      dropped.push(code);
      continue;
    }
    setValue(report, target.row, target.col, value);
  }

  // "Ghi chú" of each row: text as typed (a note is never a formula)
  for (const [code, note] of Object.entries(notes)) {
    const target = form.noteCells[code] ?? form.noteCells[foldCode(code)];
    if (target) setValue(report, target.row, target.col, note);
  }

  if (reportDate !== undefined) {
    const { row, col } = form.reportDateCell;
    const valid = isIsoDate(reportDate);
    setValue(report, row, col, valid ? isoDateToExcelSerial(reportDate) : reportDate);
    const metaRow = form.metaRows["report_date"];
    if (meta && valid && metaRow !== undefined) setValue(meta, metaRow, 1, reportDate);
  }
  return { workbook: { sheets }, dropped };
}

/** The workbook model of `form` with `values` (and notes) placed by code (codes not on the form are ignored). */
export function withValues(
  form: FormModel,
  values: Record<string, FormValue>,
  reportDate?: string,
  notes?: Record<string, FormValue>,
): WorkbookModel {
  return fillForm(form, values, reportDate, notes).workbook;
}
