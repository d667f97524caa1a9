// SheetModel (core) → xl/worksheets/sheetN.xml, elements in the order of CT_Worksheet
// (ECMA-376 §18.3.1.99): sheetPr, dimension, sheetViews, sheetFormatPr, cols, sheetData,
// sheetProtection, autoFilter, mergeCells, dataValidations, printOptions … colBreaks.
import { a1, columnLetter } from "../../core/grid/address";
import type { CellModel, CellRange, SheetModel } from "../../core/sheet/sheet-model";
import { fitsToPage, printElements } from "./print-parts";
import type { SharedStrings } from "./shared-strings";
import type { StyleRegistry } from "./styles-part";
import { dataValidationsXml } from "./validation-part";
import { xmlEscape } from "./xml-text";

export const rangeRef = (r: CellRange) => `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;

/** Already one cell per position, in row then column order (how the models are built): kept as is. */
function inSheetOrder(cells: readonly CellModel[]): boolean {
  for (let i = 1; i < cells.length; i++) {
    const a = cells[i - 1];
    const b = cells[i];
    if (b.row < a.row || (b.row === a.row && b.col <= a.col)) return false;
  }
  return true;
}

/**
 * One cell per position, in row then column order. When the model names a position twice, the
 * later entry's style and validation win, and its value or formula when it has one (a style-only
 * cell keeps the value).
 */
function placedCells(cells: readonly CellModel[]): readonly CellModel[] {
  if (inSheetOrder(cells)) return cells;
  const byPosition = new Map<number, CellModel>();
  for (const cell of cells) {
    const key = cell.row * 16384 + cell.col;
    const earlier = byPosition.get(key);
    if (!earlier) {
      byPosition.set(key, cell);
      continue;
    }
    const hasContent = cell.formula !== undefined || (cell.value !== undefined && cell.value !== null);
    byPosition.set(key, {
      row: cell.row,
      col: cell.col,
      value: hasContent ? cell.value : earlier.value,
      formula: hasContent ? cell.formula : earlier.formula,
      style: cell.style,
      validation: cell.validation ?? earlier.validation,
    });
  }
  return [...byPosition.values()].sort((a, b) => a.row - b.row || a.col - b.col);
}

/** Column letters by column, made once per process (Excel has 16,384 columns). */
const COLUMN_NAMES: string[] = [];
const MAX_COLUMNS = 16384;

function columnName(col: number): string {
  if (col >= MAX_COLUMNS) return columnLetter(col);
  return (COLUMN_NAMES[col] ??= columnLetter(col));
}

/** `rowNumber`: the cell's row as written ("12"), made once per row. */
function cellXml(cell: CellModel, rowNumber: string, style: number, strings: SharedStrings): string {
  const ref = columnName(cell.col) + rowNumber;
  const s = style ? ` s="${style}"` : "";
  // A formula is written without a cached value: the workbook asks for a full calculation on load.
  if (cell.formula !== undefined) return `<c r="${ref}"${s}><f>${xmlEscape(cell.formula.replace(/^=/, ""))}</f></c>`;
  const v = cell.value;
  if (typeof v === "string") return `<c r="${ref}"${s} t="s"><v>${strings.indexOf(v)}</v></c>`;
  if (typeof v === "number" && Number.isFinite(v)) return `<c r="${ref}"${s}><v>${Object.is(v, -0) ? 0 : v}</v></c>`;
  if (typeof v === "boolean") return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  return style ? `<c r="${ref}"${s}/>` : "";
}

function sheetPrXml(sheet: SheetModel): string {
  const tab = sheet.tabColor ? `<tabColor rgb="FF${sheet.tabColor.toUpperCase()}"/>` : "";
  const fit = fitsToPage(sheet) ? '<pageSetUpPr fitToPage="1"/>' : "";
  return tab || fit ? `<sheetPr>${tab}${fit}</sheetPr>` : "";
}

function sheetViewXml(sheet: SheetModel, selected: boolean): string {
  const rows = Math.max(0, sheet.freezeRows ?? 0);
  const cols = Math.max(0, sheet.freezeColumns ?? 0);
  const open = `<sheetView${selected ? ' tabSelected="1"' : ""} workbookViewId="0">`;
  if (rows === 0 && cols === 0) return `<sheetViews>${open}</sheetView></sheetViews>`;
  const topLeft = a1(rows, cols);
  const pane = rows > 0 && cols > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  const split = (cols > 0 ? ` xSplit="${cols}"` : "") + (rows > 0 ? ` ySplit="${rows}"` : "");
  const others = rows > 0 && cols > 0 ? '<selection pane="topRight"/><selection pane="bottomLeft"/>' : "";
  return (
    `<sheetViews>${open}<pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `${others}<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`
  );
}

function colsXml(widths: readonly number[]): string {
  const cols = widths
    .map((w, i) => (w > 0 ? `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>` : ""))
    .join("");
  return cols ? `<cols>${cols}</cols>` : "";
}

function sheetDataXml(sheet: SheetModel, cells: readonly CellModel[], styles: StyleRegistry, strings: SharedStrings): string {
  const heights = sheet.rowHeights ?? {};
  const rows = new Set<number>(Object.keys(heights).map(Number));
  for (const c of cells) rows.add(c.row);
  // A sheet names a few styles for thousands of cells: each name is looked up once.
  const styleIndex = new Map<string, number>();
  const styleOf = (name: string | undefined): number => {
    if (!name) return 0;
    let index = styleIndex.get(name);
    if (index === undefined) {
      index = styles.indexOf(sheet.styles[name]);
      styleIndex.set(name, index);
    }
    return index;
  };
  const out: string[] = ["<sheetData>"];
  let next = 0;
  for (const row of [...rows].sort((a, b) => a - b)) {
    const height = heights[row];
    const rowNumber = String(row + 1);
    let xml = `<row r="${rowNumber}"${height !== undefined ? ` ht="${height}" customHeight="1"` : ""}>`;
    while (next < cells.length && cells[next].row === row) {
      const cell = cells[next++];
      xml += cellXml(cell, rowNumber, styleOf(cell.style), strings);
    }
    out.push(`${xml}</row>`);
  }
  out.push("</sheetData>");
  return out.join("");
}

/**
 * No password: protection guards the layout against slips, not against a determined user. The
 * flags say what is refused: editing and objects; selecting cells and formatting rows and columns
 * (widening a column to read a long text) stay allowed.
 */
const PROTECTION = '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>';

export function worksheetXml(sheet: SheetModel, selected: boolean, styles: StyleRegistry, strings: SharedStrings): string {
  const cells = placedCells(sheet.cells);
  let lastRow = 0;
  let lastCol = Math.max(0, sheet.columnWidths.length - 1);
  for (const c of cells) {
    if (c.row > lastRow) lastRow = c.row;
    if (c.col > lastCol) lastCol = c.col;
  }
  const merges = sheet.merges.map((m) => `<mergeCell ref="${rangeRef(m)}"/>`).join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    sheetPrXml(sheet) +
    `<dimension ref="A1:${a1(lastRow, lastCol)}"/>` +
    sheetViewXml(sheet, selected) +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    colsXml(sheet.columnWidths) +
    sheetDataXml(sheet, cells, styles, strings) +
    (sheet.protect ? PROTECTION : "") +
    (sheet.autoFilter ? `<autoFilter ref="${rangeRef(sheet.autoFilter)}"/>` : "") +
    (merges ? `<mergeCells count="${sheet.merges.length}">${merges}</mergeCells>` : "") +
    dataValidationsXml(cells) +
    printElements(sheet) +
    "</worksheet>"
  );
}

