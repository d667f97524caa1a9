// Small helpers to read cells as text without trusting them (hostile inputs: huge strings,
// error objects, booleans, jagged or sparse rows).
import type { CellValue, SheetGrid } from "../grid";
import { cellAt, isCellError } from "../grid";

/** Labels and codes are short; longer cells are never compared (keeps hostile inputs cheap). */
export const MAX_LABEL_CELL = 300;
/** How far the header text and the table header are searched for. */
export const MAX_HEADER_ROWS = 300;
export const MAX_HEADER_COLS = 100;

export function rowLength(sheet: SheetGrid, row: number): number {
  const r = sheet.rows[row];
  return Array.isArray(r) ? r.length : 0;
}

/** The cell as a short string, or null when it is not text (or too long to be a label). */
export function shortText(v: CellValue): string | null {
  return typeof v === "string" && v.length <= MAX_LABEL_CELL ? v : null;
}

export function isEmptyCell(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** The first non-empty cell to the right of (row, col), within the header width. */
export function nextValueRight(sheet: SheetGrid, row: number, col: number): { value: CellValue; col: number } | null {
  const end = Math.min(rowLength(sheet, row), col + 1 + MAX_HEADER_COLS);
  for (let c = col + 1; c < end; c++) {
    const v = cellAt(sheet, row, c);
    if (!isEmptyCell(v)) return { value: v, col: c };
  }
  return null;
}

/** A cell as display text for a message ("#REF!" for errors). */
export function displayText(v: CellValue): string {
  if (isCellError(v)) return v.error;
  if (v === null || v === undefined) return "";
  const s = String(v);
  return s.length > 80 ? `${s.slice(0, 80)}…` : s;
}
