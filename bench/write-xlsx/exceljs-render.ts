// The WorkbookModel rendered with the exceljs API: the writer bdg used before, extended to the
// print settings of today's model, for the comparison in bench/write-xlsx.bench.ts. It takes the
// library as a parameter, so that exceljs and API-compatible forks (@cj-tech-master/excelts) run
// the same code.
import type * as ExcelJsNamespace from "exceljs";
import type { Cell, DataValidation, Workbook, Worksheet } from "exceljs";
import { a1, columnLetter } from "../../src/core/grid/address";
import type { CellModel, CellStyle, SheetModel, ValidationModel, WorkbookModel } from "../../src/core/sheet";
import { headerFooterCodes } from "../../src/xlsx/write/print-parts";

export type ExcelJsLike = typeof ExcelJsNamespace;
const argb = (rgb: string) => `FF${rgb.toUpperCase()}`;
const TYPE = { wholeNumber: "whole", decimal: "decimal", list: "list", textLength: "textLength" } as const;

function dataValidationOf(v: ValidationModel): DataValidation {
  const base: DataValidation = { type: TYPE[v.kind], formulae: [], allowBlank: true, showErrorMessage: true, errorTitle: v.errorTitle, error: v.errorMessage };
  if (v.prompt) Object.assign(base, { showInputMessage: true, promptTitle: v.promptTitle, prompt: v.prompt });
  if (v.kind === "list") return { ...base, formulae: [`"${(v.list ?? []).join(",")}"`] };
  if (v.min !== undefined && v.max !== undefined) return { ...base, operator: "between", formulae: [v.min, v.max] };
  if (v.max !== undefined) return { ...base, operator: "lessThanOrEqual", formulae: [v.max] };
  return { ...base, operator: "greaterThanOrEqual", formulae: [v.min ?? 0] };
}

function applyStyle(cell: Cell, style: CellStyle | undefined): void {
  cell.style = {};
  cell.protection = { locked: style?.locked !== false };
  if (!style) return;
  if (style.bold || style.italic || style.underline || style.size !== undefined || style.color || style.fontName) {
    cell.font = { name: style.fontName ?? "Calibri", size: style.size ?? 11, bold: style.bold, italic: style.italic, underline: style.underline, color: style.color ? { argb: argb(style.color) } : undefined };
  }
  if (style.hAlign || style.vAlign || style.wrap || style.indent) {
    cell.alignment = { horizontal: style.hAlign, vertical: style.vAlign, wrapText: style.wrap, indent: style.indent };
  }
  if (style.border) {
    const side = () => ({ style: "thin" as const, color: { argb: "FF000000" } });
    cell.border = { top: side(), left: side(), bottom: side(), right: side() };
  }
  if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) }, bgColor: { argb: argb(style.fill) } };
  if (style.numFmt) cell.numFmt = style.numFmt;
}

function writeCell(ws: Worksheet, sheet: SheetModel, model: CellModel): void {
  const cell = ws.getCell(model.row + 1, model.col + 1);
  if (model.formula !== undefined) cell.value = { formula: model.formula.replace(/^=/, "") };
  else if (model.value !== undefined && model.value !== null) cell.value = model.value;
  applyStyle(cell, model.style ? sheet.styles[model.style] : undefined);
  if (model.validation) cell.dataValidation = dataValidationOf(model.validation);
}

async function writeSheet(wb: Workbook, sheet: SheetModel): Promise<void> {
  const print = sheet.print;
  const mm = (v: number) => v / 25.4;
  const ws = wb.addWorksheet(sheet.name, {
    state: sheet.visibility,
    properties: sheet.tabColor ? { tabColor: { argb: argb(sheet.tabColor) } } : {},
    pageSetup: {
      paperSize: 9,
      orientation: sheet.landscape ? "landscape" : "portrait",
      ...(print?.fit.kind === "scale" ? { scale: print.fit.percent } : { fitToPage: true, fitToWidth: 1, fitToHeight: 0 }),
      ...(print ? { margins: { left: mm(print.margins.left), right: mm(print.margins.right), top: mm(print.margins.top), bottom: mm(print.margins.bottom), header: mm(print.margins.header), footer: mm(print.margins.footer) } } : {}),
      ...(print?.repeatRows ? { printTitlesRow: `${print.repeatRows.first + 1}:${print.repeatRows.last + 1}` } : {}),
      ...(print?.repeatColumns ? { printTitlesColumn: `${columnLetter(print.repeatColumns.first)}:${columnLetter(print.repeatColumns.last)}` } : {}),
    },
  });
  if (print?.header) ws.headerFooter.oddHeader = headerFooterCodes(print.header);
  if (print?.footer) ws.headerFooter.oddFooter = headerFooterCodes(print.footer);
  sheet.columnWidths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  for (const [row, height] of Object.entries(sheet.rowHeights ?? {})) ws.getRow(Number(row) + 1).height = height;
  for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const cell of sheet.cells) writeCell(ws, sheet, cell);
  const rows = sheet.freezeRows ?? 0;
  const cols = sheet.freezeColumns ?? 0;
  if (rows || cols) ws.views = [{ state: "frozen", xSplit: cols, ySplit: rows, topLeftCell: a1(rows, cols) }];
  if (sheet.autoFilter) ws.autoFilter = `${a1(sheet.autoFilter.top, sheet.autoFilter.left)}:${a1(sheet.autoFilter.bottom, sheet.autoFilter.right)}`;
  for (const r of print?.rowBreaks ?? []) ws.getRow(r).addPageBreak();
  // exceljs writes no column breaks: the matrix's split across pages is lost with it.
  if (sheet.protect) await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
}

export async function renderWithExcelJs(lib: ExcelJsLike, model: WorkbookModel): Promise<Uint8Array> {
  const wb = new lib.Workbook();
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of model.sheets) await writeSheet(wb, sheet);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
