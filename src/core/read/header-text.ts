// The text around the table (docs/domain.md §3): "Đơn vị báo cáo: …" and "Kỳ báo cáo: …" above it,
// "Ngày báo cáo" below it. The value follows the label in the same cell after ":", or sits in
// the next non-empty cell to the right.
import type { CellValue, SheetGrid } from "../grid";
import { cellAt, sheetCell } from "../grid";
import { foldTextLoose } from "../text";
import type { FormHeader } from "./find-header";
import { foldedStartsWith } from "./folded-prefix";
import { MAX_HEADER_COLS, nextValueRight, rowLength, shortText } from "./sheet-text";

export interface LabeledValue {
  value: CellValue;
  /** Sheet-qualified address of the value ("BaoCao!C6"). */
  cell: string;
}

export interface HeaderText {
  unit: LabeledValue | null;
  period: LabeledValue | null;
  reportDate: LabeledValue | null;
}

const UNIT_LABEL = foldTextLoose("Đơn vị báo cáo");
const PERIOD_LABEL = foldTextLoose("Kỳ báo cáo");
const REPORT_DATE_LABEL = foldTextLoose("Ngày báo cáo");
/** The signature block sits a few rows below the table; a long sheet is not searched to its end. */
const MAX_ROWS_BELOW_SEARCHED = 2000;

/**
 * The value of the first cell beginning with `label`. A label with nothing after it still answers,
 * with value null and the cell where the value belongs (`emptyCol` of its row when that lies to
 * the right of the label, else the cell just right of it), so a missing value can point at its cell.
 */
function findLabeled(sheet: SheetGrid, label: string, fromRow: number, toRow: number, emptyCol: number): LabeledValue | null {
  for (let r = fromRow; r < toRow; r++) {
    const cols = Math.min(rowLength(sheet, r), MAX_HEADER_COLS);
    for (let c = 0; c < cols; c++) {
      const text = shortText(cellAt(sheet, r, c));
      if (text === null || !foldedStartsWith(text, label, "loose")) continue;
      const colon = text.indexOf(":");
      const inline = colon >= 0 ? text.slice(colon + 1).trim() : "";
      if (inline !== "") return { value: inline, cell: sheetCell(sheet.name, r, c) };
      const right = nextValueRight(sheet, r, c);
      if (right) return { value: right.value, cell: sheetCell(sheet.name, r, right.col) };
      return { value: null, cell: sheetCell(sheet.name, r, emptyCol > c ? emptyCol : c + 1) };
    }
  }
  return null;
}

export function readHeaderText(sheet: SheetGrid, header: FormHeader): HeaderText {
  const below = Math.min(sheet.rows.length, header.row + 1 + MAX_ROWS_BELOW_SEARCHED);
  return {
    unit: findLabeled(sheet, UNIT_LABEL, 0, header.row, header.valueCol),
    period: findLabeled(sheet, PERIOD_LABEL, 0, header.row, header.valueCol),
    // The form puts the date in the "Số liệu" column of its label's row (core/form/signature-block.ts).
    reportDate: findLabeled(sheet, REPORT_DATE_LABEL, header.row + 1, below, header.valueCol),
  };
}
