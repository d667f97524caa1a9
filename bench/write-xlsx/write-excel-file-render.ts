// The WorkbookModel rendered with write-excel-file (a small maintained writer on fflate), as far as
// its options reach: values, formulas, fonts, fills, borders, alignment, number formats, merges,
// widths, heights, frozen rows and columns, orientation. It has no A4, fit or margins, no print
// titles, header or footer, page breaks, data validation, sheet protection or locked cells,
// hidden sheets, tab colours nor autofilter: measured here for its cost only.
import type { CellModel, CellStyle, SheetModel, WorkbookModel } from "../../src/core/sheet";

type Cell = Record<string, unknown> | null;
export type WriteExcelFile = (sheets: unknown[]) => { toBuffer(): Promise<Uint8Array> };

function cellOf(model: CellModel, style: CellStyle | undefined, span: { columnSpan?: number; rowSpan?: number }, height: number | undefined): Cell {
  const cell: Record<string, unknown> = { ...span };
  if (model.formula !== undefined) Object.assign(cell, { type: "Formula", value: `=${model.formula.replace(/^=/, "")}` });
  else if (typeof model.value === "string") Object.assign(cell, { type: String, value: model.value });
  else if (typeof model.value === "number") Object.assign(cell, { type: Number, value: model.value });
  else if (typeof model.value === "boolean") Object.assign(cell, { type: Boolean, value: model.value });
  if (height !== undefined) cell.height = height;
  if (!style) return cell;
  if (style.bold) cell.fontWeight = "bold";
  if (style.italic) cell.fontStyle = "italic";
  if (style.size) cell.fontSize = style.size;
  if (style.fontName) cell.fontFamily = style.fontName;
  if (style.color) cell.textColor = `#${style.color}`;
  if (style.fill) cell.backgroundColor = `#${style.fill}`;
  if (style.border) Object.assign(cell, { borderStyle: "thin", borderColor: "#000000" });
  if (style.hAlign) cell.align = style.hAlign;
  if (style.vAlign) cell.alignVertical = style.vAlign === "middle" ? "center" : style.vAlign;
  if (style.wrap) cell.wrap = true;
  if (style.indent) cell.indent = style.indent;
  // It takes a format only on a cell with a value.
  if (style.numFmt && style.numFmt !== "General" && "type" in cell) cell.format = style.numFmt;
  return cell;
}

function sheetOf(sheet: SheetModel): Record<string, unknown> {
  const lastRow = sheet.cells.reduce((m, c) => Math.max(m, c.row), 0);
  const width = Math.max(sheet.columnWidths.length, ...sheet.cells.map((c) => c.col + 1));
  const data: Cell[][] = Array.from({ length: lastRow + 1 }, () => Array.from({ length: width }, () => null));
  const spans = new Map(sheet.merges.map((m) => [`${m.top}:${m.left}`, { columnSpan: m.right - m.left + 1, rowSpan: m.bottom - m.top + 1 }]));
  // It wants the cells a merge covers empty (their borders are lost).
  const covered = new Set<string>();
  for (const m of sheet.merges) {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r}:${c}`);
  }
  for (const c of sheet.cells) {
    if (covered.has(`${c.row}:${c.col}`)) continue;
    const height = sheet.rowHeights?.[c.row];
    data[c.row][c.col] = cellOf(c, c.style ? sheet.styles[c.style] : undefined, spans.get(`${c.row}:${c.col}`) ?? {}, height);
  }
  return {
    data,
    sheet: sheet.name,
    columns: sheet.columnWidths.map((w) => ({ width: w })),
    orientation: sheet.landscape ? "landscape" : "portrait",
    stickyRowsCount: sheet.freezeRows,
    stickyColumnsCount: sheet.freezeColumns,
  };
}

export async function renderWithWriteExcelFile(writeExcelFile: WriteExcelFile, model: WorkbookModel): Promise<Uint8Array> {
  return new Uint8Array(await writeExcelFile(model.sheets.map(sheetOf)).toBuffer());
}
