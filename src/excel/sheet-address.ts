// Sheet-qualified addresses ("BaoCao!E25", "'Tổng hợp'!A1:C3") and rectangles in A1 form.
import { a1, columnLetter } from "../core/grid";

export interface Rect {
  /** 0-based inclusive corners. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetAddress {
  sheet: string;
  /** The part after "!", e.g. "E25" or "A1:C3". */
  address: string;
}

const CELL_OR_RANGE = /^\$?[A-Za-z]{1,3}\$?\d{1,7}(:\$?[A-Za-z]{1,3}\$?\d{1,7})?$/;

/** "BaoCao!E25" → { sheet: "BaoCao", address: "E25" }; quoted names may contain "!" and doubled quotes. */
export function parseSheetAddress(text: string): SheetAddress | null {
  const bang = text.lastIndexOf("!");
  if (bang <= 0) return null;
  let sheet = text.slice(0, bang);
  const address = text.slice(bang + 1);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  if (!sheet || !CELL_OR_RANGE.test(address)) return null;
  return { sheet, address: address.replace(/\$/g, "").toUpperCase() };
}

export function rectAddress(r: Rect): string {
  const start = a1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? start : `${start}:${a1(r.bottom, r.right)}`;
}

/** Whole columns "B:D" (0-based inclusive). */
export function columnsAddress(first: number, last: number): string {
  return `${columnLetter(first)}:${columnLetter(last)}`;
}

/** Whole rows "5:7" (0-based inclusive). */
export function rowsAddress(first: number, last: number): string {
  return `${first + 1}:${last + 1}`;
}
