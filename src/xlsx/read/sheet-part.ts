// A worksheet part → rows[r][c] of values. Only <row>, <c>, <v>, <is> matter; formulas count by
// their cached <v>. Empty cells (style only) are skipped and do not count toward the cell limit,
// so a sheet of a million formatted empty rows reads in one linear pass. Reading stops at
// </sheetData>: what follows (validations, protection, page setup: a quarter to a third of a
// form's sheet part) holds no cell.
//
// Two paths read the cells, to the same result. The dedicated loop (sheet-cells.ts) takes the
// shapes writers produce, `<row r="5">`, `<c r="E5" s="3" t="s"><v>12</v></c>`, `<f>…</f>`, in one
// pass over their bytes; on anything else (a prefix, a comment, an entity, inline text, a
// malformed tag) it hands that one element to the general tokenizer below, which reads every
// legal form and reports what is damaged.
import type { CellValue } from "../../core/grid";
import { MAX_COLUMNS, MAX_ROWS, parseCellReference, parseRowNumber, type CellPosition } from "./cell-reference";
import { shapeRows, type PaddingBudget } from "./grid-shape";
import { decimalAt, indexAt } from "./number-bytes";
import { readStringItem } from "./shared-strings-part";
import { CLOSE_ROW, CLOSE_SHEET_DATA, FAST_DECLINED, fastCell, fastClose, fastRow, type FastCell } from "./sheet-cells";
import { corrupt } from "./unreadable-error";
import { tooManyCells } from "./unreadable-messages";
import { decodeOoxmlEscapes, utf8Text } from "./xml-text";
import { TOKEN_CLOSE, TOKEN_END, TOKEN_OPEN, XmlScanner } from "./xml-scanner";

export interface SheetPartOptions {
  sheetName: string;
  sharedStrings: readonly string[] | null;
  maxCells: number;
  /** Shared by all sheets of the workbook. */
  padding: PaddingBudget;
}

/** Cell types of the t attribute (ST_CellType), decoded without allocating a string. */
export const TYPE_NUMBER = 0;
export const TYPE_SHARED = 1;
export const TYPE_INLINE = 2;
export const TYPE_FORMULA_STRING = 3;
export const TYPE_BOOLEAN = 4;
export const TYPE_ERROR = 5;
export const TYPE_DATE_TEXT = 6;

/** The t attribute's value in bytes [start, end) → its type; absent (start < 0) is a number. */
export function cellTypeAt(s: Uint8Array, start: number, end: number): number {
  if (start < 0) return TYPE_NUMBER;
  const length = end - start;
  const first = s[start];
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

/** Where the cells go: one row at a time, rows kept by index until shaped. */
class SheetCells {
  readonly byRow = new Map<number, CellValue[]>();
  rowCount = 0;
  private currentRow: CellValue[] = [];
  private currentRowIndex = -1;
  /** The row of the last <row> or cell (-1 before the first). */
  row = -1;
  /** The column a cell without r takes. */
  nextCol = 0;
  private cells = 0;
  readonly position: CellPosition = { row: 0, col: 0 };

  constructor(
    private readonly options: SheetPartOptions,
    private readonly part: string,
  ) {}

  /** A <row>: its r (bytes [start, end), start < 0 when absent) or the next row. */
  startRow(s: Uint8Array, start: number, end: number): void {
    if (start >= 0) {
      const n = parseRowNumber(s, start, end);
      if (n < 0) throw corrupt(`số hàng sai trong "${this.part}"`);
      this.row = n - 1;
    } else this.row++;
    if (this.row >= MAX_ROWS) throw corrupt(`quá nhiều hàng trong "${this.part}"`);
    this.nextCol = 0;
  }

  /** A <c>'s place from its r (bytes [start, end), start < 0 when absent): sets row, returns the column. */
  place(s: Uint8Array, start: number, end: number): number {
    // A cell without r follows the previous cell of its row.
    let col = this.nextCol;
    if (start >= 0) {
      if (!parseCellReference(s, start, end, this.position)) throw corrupt(`địa chỉ ô sai trong "${this.part}"`);
      this.row = this.position.row;
      col = this.position.col;
    } else if (this.row < 0) this.row = 0;
    if (col >= MAX_COLUMNS) throw corrupt(`quá nhiều cột trong "${this.part}"`);
    this.nextCol = col + 1;
    return col;
  }

  put(col: number, value: CellValue): void {
    if (value === null) return;
    if (++this.cells > this.options.maxCells) throw tooManyCells(this.options.sheetName, this.options.maxCells);
    const row = this.row;
    if (row !== this.currentRowIndex) {
      this.currentRowIndex = row;
      const existing = this.byRow.get(row);
      if (existing !== undefined) this.currentRow = existing;
      else this.byRow.set(row, (this.currentRow = []));
      if (row >= this.rowCount) this.rowCount = row + 1;
    }
    this.currentRow[col] = value;
  }
}

export function parseSheetPart(xml: Uint8Array, part: string, options: SheetPartOptions): CellValue[][] {
  const scanner = new XmlScanner(xml, part);
  const cells = new SheetCells(options, part);
  // Cells live only inside <sheetData>; anything named "c" elsewhere (extensions) is not a cell.
  for (let t = scanner.next(); t !== TOKEN_END; t = scanner.next()) {
    if (t === TOKEN_OPEN && scanner.is("sheetData")) {
      if (!scanner.selfClosing) readSheetData(scanner, cells, options.sharedStrings, part);
      break;
    }
  }
  return shapeRows(cells.byRow, cells.rowCount, options.padding);
}

const LT = 60;

/** From just inside <sheetData> to its close (or the end of the part). */
function readSheetData(scanner: XmlScanner, cells: SheetCells, sharedStrings: readonly string[] | null, part: string): void {
  const s = scanner.bytes;
  const len = s.length;
  const cell: FastCell = { end: 0, rStart: -1, rEnd: -1, tStart: -1, tEnd: -1, vStart: -1, vEnd: -1 };
  let p = scanner.position;
  for (;;) {
    while (p < len && s[p] !== LT) p++; // text between elements is no cell's
    if (p >= len) return;
    const c1 = s[p + 1];
    if (c1 === 99 /* c */ && fastCell(s, p, cell) !== FAST_DECLINED) {
      const col = cells.place(s, cell.rStart, cell.rEnd);
      cells.put(col, plainValue(s, cellTypeAt(s, cell.tStart, cell.tEnd), cell.vStart, cell.vEnd, sharedStrings, part));
      p = cell.end;
      continue;
    }
    if (c1 === 114 /* r */ && fastRow(s, p, cell) !== FAST_DECLINED) {
      cells.startRow(s, cell.rStart, cell.rEnd);
      p = cell.end;
      continue;
    }
    if (c1 === 47 /* / */) {
      const close = fastClose(s, p);
      if (close === CLOSE_SHEET_DATA) return;
      if (close === CLOSE_ROW) {
        p += 6;
        continue;
      }
    }
    // Anything else: one token of the general tokenizer (a whole element for a cell).
    scanner.seek(p);
    const t = scanner.next();
    if (t === TOKEN_END) return;
    if (t === TOKEN_CLOSE) {
      if (scanner.is("sheetData")) return;
    } else if (t === TOKEN_OPEN) {
      if (scanner.is("c")) readCellElement(scanner, cells, sharedStrings, part);
      else if (scanner.is("row")) {
        const has = scanner.findAttr("r");
        cells.startRow(s, has ? scanner.rawValueStart : -1, scanner.rawValueEnd);
      }
    }
    p = scanner.position;
  }
}

/** A <c> read by the general tokenizer, through its </c>. */
function readCellElement(scanner: XmlScanner, cells: SheetCells, sharedStrings: readonly string[] | null, part: string): void {
  const s = scanner.bytes;
  const hasRef = scanner.findAttr("r");
  const col = cells.place(s, hasRef ? scanner.rawValueStart : -1, scanner.rawValueEnd);
  if (scanner.selfClosing) return;
  const hasType = scanner.findAttr("t");
  const type = cellTypeAt(s, hasType ? scanner.rawValueStart : -1, scanner.rawValueEnd);
  cells.put(col, readCellValue(scanner, type, sharedStrings, part));
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
  if (plainStart >= 0) return plainValue(scanner.bytes, type, plainStart, plainEnd, sharedStrings, part);
  return textValue(type, v, inline, sharedStrings, part);
}

/** A cell whose <v> is plain bytes [start, end) (start < 0: no <v>), read for its type. */
function plainValue(s: Uint8Array, type: number, start: number, end: number, sharedStrings: readonly string[] | null, part: string): CellValue {
  if (start < 0) return textValue(type, null, null, sharedStrings, part);
  if (type === TYPE_NUMBER) {
    const n = decimalAt(s, start, end);
    if (n !== undefined) return n;
  } else if (type === TYPE_SHARED && sharedStrings !== null) {
    const index = indexAt(s, start, end);
    const text = index === undefined ? undefined : sharedStrings[index];
    if (text !== undefined) return text;
  }
  return textValue(type, utf8Text(s, start, end), null, sharedStrings, part);
}

function textValue(type: number, v: string | null, inline: string | null, sharedStrings: readonly string[] | null, part: string): CellValue {
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
