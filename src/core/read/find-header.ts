// The form's table header (docs/contract.md §1): one row with a cell reading exactly "Mã" and a cell
// beginning "Số liệu" ("Số liệu kỳ báo cáo"). Matched after foldText, so NFD and case do not matter;
// a cell is folded only when its first letters could match (folded-prefix).
import type { SheetGrid } from "../grid";
import { cellAt } from "../grid";
import { foldText } from "../text";
import { foldedEquals, foldedStartsWith } from "./folded-prefix";
import { MAX_HEADER_COLS, MAX_HEADER_ROWS, rowLength, shortText } from "./sheet-text";

export interface FormHeader {
  /** 0-based row of the header. */
  row: number;
  /** Column holding the codes ("Mã"). */
  codeCol: number;
  /** Column holding the values ("Số liệu kỳ báo cáo"). */
  valueCol: number;
  /** Column of the officer's notes ("Ghi chú"), null when the form has none. */
  noteCol: number | null;
}

const CODE_HEADER = foldText("Mã");
const VALUE_HEADER = foldText("Số liệu");
const NOTE_HEADER = foldText("Ghi chú");

export function findHeader(sheet: SheetGrid): FormHeader | null {
  const rows = Math.min(sheet.rows.length, MAX_HEADER_ROWS);
  for (let r = 0; r < rows; r++) {
    let codeCol = -1;
    let valueCol = -1;
    let noteCol: number | null = null;
    const cols = Math.min(rowLength(sheet, r), MAX_HEADER_COLS);
    for (let c = 0; c < cols; c++) {
      const text = shortText(cellAt(sheet, r, c));
      if (text === null) continue;
      if (codeCol < 0 && foldedEquals(text, CODE_HEADER, "strict")) codeCol = c;
      else if (valueCol < 0 && foldedStartsWith(text, VALUE_HEADER, "strict")) valueCol = c;
      else if (noteCol === null && foldedStartsWith(text, NOTE_HEADER, "strict")) noteCol = c;
    }
    if (codeCol >= 0 && valueCol >= 0) return { row: r, codeCol, valueCol, noteCol };
  }
  return null;
}
