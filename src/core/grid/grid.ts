// What any reader (our .xlsx reader, Office.js range.values) hands to the core:
// plain cell values of each sheet. Formulas arrive as their cached results.

/** An Excel error value such as #DIV/0!. */
export interface CellError {
  error: string;
}

/** One cell as read. Dates arrive as Excel serial numbers (or ISO/dd/mm/yyyy text). */
export type CellValue = string | number | boolean | null | CellError;

export function isCellError(v: unknown): v is CellError {
  return typeof v === "object" && v !== null && typeof (v as CellError).error === "string";
}

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

/** A sheet as a sparse-tolerant 2-D array: rows[r][c], 0-based; missing = empty. */
export interface SheetGrid {
  name: string;
  visibility: SheetVisibility;
  rows: CellValue[][];
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
  /**
   * The workbook counts date serials from 1904-01-01 (workbookPr date1904: Mac Excel before 2011,
   * and any book saved with that option). Absent or false: the usual 1900 system.
   */
  date1904?: boolean;
}

/** Value at 0-based (row, col), null when absent. */
export function cellAt(sheet: SheetGrid, row: number, col: number): CellValue {
  const r = sheet.rows[row];
  if (!r) return null;
  const v = r[col];
  return v === undefined ? null : v;
}
