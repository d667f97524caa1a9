// A worksheet part → rows[r][c] of values. Only <row>, <c>, <v>, <is> matter; formulas count by
// their cached <v>. Empty cells (style only) are skipped and do not count toward the cell limit,
// so a sheet of a million formatted empty rows reads in one linear pass.
import type { CellValue } from "../../core/grid";
import { MAX_COLUMNS, MAX_ROWS, parseCellReference, parseRowNumber, type CellPosition } from "./cell-reference";
import { shapeRows, type PaddingBudget } from "./grid-shape";
import { decimalAt, indexAt } from "./number-bytes";
import { readStringItem } from "./shared-strings-part";
import { corrupt } from "./unreadable-error";
import { tooManyCells } from "./unreadable-messages";
import { decodeOoxmlEscapes } from "./xml-text";
import { TOKEN_CLOSE, TOKEN_END, TOKEN_OPEN, XmlScanner } from "./xml-scanner";

export interface SheetPartOptions {
  sheetName: string;
  sharedStrings: readonly string[] | null;
  maxCells: number;
  /** Shared by all sheets of the workbook. */
  padding: PaddingBudget;
}

/** Cell types of the t attribute (ST_CellType), decoded without allocating a string. */
const TYPE_NUMBER = 0;
const TYPE_SHARED = 1;
const TYPE_INLINE = 2;
const TYPE_FORMULA_STRING = 3;
const TYPE_BOOLEAN = 4;
const TYPE_ERROR = 5;
const TYPE_DATE_TEXT = 6;

function cellType(scanner: XmlScanner): number {
  if (!scanner.findAttr("t")) return TYPE_NUMBER;
  const start = scanner.rawValueStart;
  const length = scanner.rawValueEnd - start;
  const first = scanner.charAt(start);
  if (length === 1) {
    if (first === 115 /* s */) return TYPE_SHARED;
    if (first === 98 /* b */) return TYPE_BOOLEAN;
    if (first === 101 /* e */) return TYPE_ERROR;
    if (first === 100 /* d */) return TYPE_DATE_TEXT;
    return TYPE_NUMBER;
  }
  if (length === 3 && first === 115) return TYPE_FORMULA_STRING; // "str"
  if (length === 9 && first === 105) return TYPE_INLINE; // "inlineStr"
  return TYPE_NUMBER;
}

export function parseSheetPart(xml: Uint8Array, part: string, options: SheetPartOptions): CellValue[][] {
  const scanner = new XmlScanner(xml, part);
  const byRow = new Map<number, CellValue[]>();
  let rowCount = 0;
  let currentRow: CellValue[] = [];
  let currentRowIndex = -1;
  const position: CellPosition = { row: 0, col: 0 };
  let row = -1;
  let nextCol = 0;
  let cells = 0;
  // Cells live only inside <sheetData>; anything named "c" elsewhere (extensions) is not a cell.
  let inSheetData = false;
  for (let t = scanner.next(); t !== TOKEN_END; t = scanner.next()) {
    if (t === TOKEN_CLOSE) {
      if (scanner.is("sheetData")) inSheetData = false;
      continue;
    }
    if (t !== TOKEN_OPEN) continue;
    if (!inSheetData) {
      if (scanner.is("sheetData") && !scanner.selfClosing) inSheetData = true;
      continue;
    }
    if (scanner.is("c")) {
      // A cell without r follows the previous cell of its row.
      let col = nextCol;
      if (scanner.findAttr("r")) {
        if (!parseCellReference(scanner, position)) throw corrupt(`địa chỉ ô sai trong "${part}"`);
        row = position.row;
        col = position.col;
      } else if (row < 0) row = 0;
      if (col >= MAX_COLUMNS) throw corrupt(`quá nhiều cột trong "${part}"`);
      nextCol = col + 1;
      if (scanner.selfClosing) continue;
      const value = readCellValue(scanner, cellType(scanner), options.sharedStrings, part);
      if (value === null) continue;
      if (++cells > options.maxCells) throw tooManyCells(options.sheetName, options.maxCells);
      if (row !== currentRowIndex) {
        currentRowIndex = row;
        const existing = byRow.get(row);
        if (existing !== undefined) currentRow = existing;
        else byRow.set(row, (currentRow = []));
        if (row >= rowCount) rowCount = row + 1;
      }
      currentRow[col] = value;
    } else if (scanner.is("row")) {
      if (scanner.findAttr("r")) {
        const n = parseRowNumber(scanner);
        if (n < 0) throw corrupt(`số hàng sai trong "${part}"`);
        row = n - 1;
      } else row++;
      if (row >= MAX_ROWS) throw corrupt(`quá nhiều hàng trong "${part}"`);
      nextCol = 0;
    }
  }
  return shapeRows(byRow, rowCount, options.padding);
}

function readCellValue(scanner: XmlScanner, type: number, sharedStrings: readonly string[] | null, part: string): CellValue {
  let v: string | null = null;
  // A plain <v> is kept as its byte range (plainStart ≥ 0) and parsed in place when it can be.
  let plainStart = -1;
  let plainEnd = -1;
  let inline: string | null = null;
  for (;;) {
    const t = scanner.next();
    if (t === TOKEN_CLOSE) break; // </c>: every child element is consumed whole below
    if (t === TOKEN_END) throw corrupt(`ô không đóng trong "${part}"`);
    if (t !== TOKEN_OPEN) continue;
    if (scanner.is("v")) {
      if (scanner.plainContent()) {
        plainStart = scanner.rawTextStart;
        plainEnd = scanner.rawTextEnd;
        v = null;
      } else {
        plainStart = -1;
        v = scanner.readText();
      }
    } else if (scanner.is("is")) inline = readStringItem(scanner);
    else scanner.skipElement(); // <f>, <extLst> …
  }
  if (plainStart >= 0) {
    if (type === TYPE_NUMBER) {
      const n = decimalAt(scanner, plainStart, plainEnd);
      if (n !== undefined) return n;
    } else if (type === TYPE_SHARED && sharedStrings !== null) {
      const index = indexAt(scanner, plainStart, plainEnd);
      const text = index === undefined ? undefined : sharedStrings[index];
      if (text !== undefined) return text;
    }
    v = scanner.textAt(plainStart, plainEnd);
  }
  switch (type) {
    case TYPE_SHARED: {
      if (v === null || v.trim() === "") return null;
      const index = Number(v);
      const text = sharedStrings !== null && Number.isInteger(index) && index >= 0 ? sharedStrings[index] : undefined;
      if (text === undefined) throw corrupt(`ô trỏ tới chuỗi dùng chung không tồn tại (${v}) trong "${part}"`);
      return text;
    }
    case TYPE_INLINE:
      return inline ?? (v === null ? null : decodeOoxmlEscapes(v));
    case TYPE_FORMULA_STRING:
      return v === null ? null : decodeOoxmlEscapes(v);
    case TYPE_BOOLEAN:
      if (v === null || v.trim() === "") return null;
      return v === "1" || v === "true";
    case TYPE_ERROR:
      return v === null || v === "" ? null : { error: v };
    case TYPE_DATE_TEXT:
      return v === null || v === "" ? null : v;
    default: {
      if (v === null || v.trim() === "") return null;
      const n = Number(v);
      // A non-numeric "number" is kept as the text written rather than dropped.
      return Number.isFinite(n) ? n : v;
    }
  }
}
