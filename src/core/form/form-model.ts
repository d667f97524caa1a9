// What buildForm produces: the workbook to render plus where each code's cells are,
// so the writers, fillers and tests never need to know the layout.
import type { Period, Unit } from "../plan/schema";
import type { WorkbookModel } from "../sheet/sheet-model";

/** A cell of the report sheet: 0-based row/col and its sheet-qualified address ("BaoCao!E25"). */
export interface FormCellRef {
  row: number;
  col: number;
  address: string;
}

export interface FormModel {
  /** Sheets: BaoCao (visible, protected), _meta (veryHidden, protected). */
  workbook: WorkbookModel;
  unit: Unit;
  period: Period;
  /** Editable "Số liệu" cells by code (count, money, yesno, text rows incl. NX01/NX02). */
  inputCells: Record<string, FormCellRef>;
  /** The "Số liệu" cell of every code row, computed rows included (calc cells hold formulas). */
  valueCells: Record<string, FormCellRef>;
  /** The editable "Ghi chú" cell of each table row, by code. */
  noteCells: Record<string, FormCellRef>;
  /** The "Ngày báo cáo" input cell (an Excel date serial, shown dd/mm/yyyy). */
  reportDateCell: FormCellRef;
  /** _meta key → 0-based row (column A key, column B value). */
  metaRows: Record<string, number>;
}

export type FormResult = { ok: true; form: FormModel } | { ok: false; message: string };
