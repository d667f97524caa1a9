// The in-memory workbook behind the fake proxies: what the "Excel process" holds.
import { a1, columnLetter, parseA1 } from "../../../src/core/grid";

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const MAX_ROW = 1048575;
export const MAX_COL = 16383;

export type Borders = { top?: string; bottom?: string; left?: string; right?: string };

export interface CellFormat {
  fill: string | null;
  bold: boolean;
  italic: boolean;
  underline: string;
  size: number;
  fontName: string;
  fontColor: string;
  hAlign: string;
  vAlign: string;
  wrap: boolean;
  indent: number;
  locked: boolean;
  borders: Borders;
}

export interface CellValidation {
  rule?: unknown;
  errorAlert?: unknown;
  prompt?: unknown;
}

export interface FakeCell {
  /** The stored value ("" = empty). For a formula: its cached result ("" until a test sets one). */
  value: string | number | boolean;
  /** "=…" when the cell holds a formula. */
  formula?: string;
  /** True when `value` is an Excel error such as "#DIV/0!". */
  isError?: boolean;
  numberFormat: string;
  format: CellFormat;
  validation?: CellValidation;
}

export interface FakeChartAxis {
  title: string;
  titleVisible: boolean;
  reversePlotOrder: boolean;
  /** Degrees, −90 to 90. */
  textOrientation: number;
  /** Where the other axis crosses this one (ChartAxisPosition). */
  position: string;
}

/** A chart as Excel holds it: floating over its sheet, plotting cells it refers to (it does not copy them). */
export interface FakeChart {
  id: number;
  name: string;
  chartType: string;
  source: { sheet: FakeSheet; rect: Rect };
  seriesBy: "Columns" | "Rows";
  /** Series as created from the source: their fill colours (null = Excel's own), gap width. */
  series: { fill: string | null; gapWidth: number }[];
  title: { text: string; visible: boolean; font: Record<string, unknown> };
  /** The chart area's font (Chart.format.font): axis labels, legend, data labels. */
  font: Record<string, unknown>;
  axes: { category: FakeChartAxis; value: FakeChartAxis };
  legend: { visible: boolean; position: string };
  dataLabels: { showValue: boolean };
  /** Points from the sheet's top-left corner. */
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface FakeSheet {
  id: number;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<string, FakeCell>;
  merges: Rect[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  frozenRows: number;
  tabColor: string;
  protected: boolean;
  protectionOptions?: unknown;
  orientation: string;
  frozenColumns: number;
  /** The autofilter's range ("A3:L30"), null when the sheet has none. */
  autoFilter: string | null;
  /** What PageLayout and the page-break collections were told (print settings). */
  print: FakePrint;
  /** Charts on the sheet, in the order they were added. */
  charts: FakeChart[];
}

export interface FakePrint {
  paperSize: string;
  zoom: Record<string, number> | null;
  margins: Record<string, number>;
  centerHorizontally: boolean;
  titleRows: string | null;
  titleColumns: string | null;
  /** HeaderFooter of defaultForAllPages: leftHeader … rightFooter. */
  headersFooters: Record<string, string>;
  rowBreaks: string[];
  columnBreaks: string[];
}

export function newPrint(): FakePrint {
  return { paperSize: "Letter", zoom: null, margins: {}, centerHorizontally: false, titleRows: null, titleColumns: null, headersFooters: {}, rowBreaks: [], columnBreaks: [] };
}

export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export function defaultFormat(): CellFormat {
  return {
    fill: null,
    bold: false,
    italic: false,
    underline: "None",
    size: 11,
    fontName: "Calibri",
    fontColor: "#000000",
    hAlign: "General",
    vAlign: "Bottom",
    wrap: false,
    indent: 0,
    locked: true,
    borders: {},
  };
}

export function newCell(): FakeCell {
  return { value: "", numberFormat: "General", format: defaultFormat() };
}

export const cellKey = (row: number, col: number) => `${row},${col}`;

export function cellAt(sheet: FakeSheet, row: number, col: number): FakeCell | undefined {
  return sheet.cells.get(cellKey(row, col));
}

export function ensureCell(sheet: FakeSheet, row: number, col: number): FakeCell {
  const key = cellKey(row, col);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = newCell();
    sheet.cells.set(key, cell);
  }
  return cell;
}

function columnIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/** "A1", "A1:C3", "A:C", "5:7" → Rect, or null. */
export function parseRect(address: string): Rect | null {
  const plain = address.replace(/\$/g, "").toUpperCase();
  const [p, q = p] = plain.split(":");
  if (/^[A-Z]{1,3}$/.test(p) && /^[A-Z]{1,3}$/.test(q)) {
    return { top: 0, bottom: MAX_ROW, left: columnIndex(p), right: columnIndex(q) };
  }
  if (/^\d+$/.test(p) && /^\d+$/.test(q)) return { top: Number(p) - 1, bottom: Number(q) - 1, left: 0, right: MAX_COL };
  const s = parseA1(p);
  const e = parseA1(q);
  if (!s || !e) return null;
  return { top: Math.min(s.row, e.row), left: Math.min(s.col, e.col), bottom: Math.max(s.row, e.row), right: Math.max(s.col, e.col) };
}

export function rectText(r: Rect): string {
  if (r.top === 0 && r.bottom === MAX_ROW) return `${columnLetter(r.left)}:${columnLetter(r.right)}`;
  if (r.left === 0 && r.right === MAX_COL) return `${r.top + 1}:${r.bottom + 1}`;
  const start = a1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? start : `${start}:${a1(r.bottom, r.right)}`;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function cellCount(r: Rect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}
