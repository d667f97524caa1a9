// Renders a WorkbookModel to .xlsx bytes with exceljs (CLI `bdg template`, file mode).
// It only renders: every layout decision is in the model (src/core/form).
import type { Cell, Workbook, Worksheet } from "exceljs";
import type { CellModel, SheetModel, WorkbookModel } from "../../core/sheet/sheet-model";
import { loadExcelJs } from "./load-exceljs";
import { alignmentOf, borderOf, fillOf, fontOf, protectionOf } from "./style-to-exceljs";
import { dataValidationOf } from "./validation-to-exceljs";

function applyStyle(cell: Cell, sheet: SheetModel, model: CellModel): void {
  const style = model.style ? sheet.styles[model.style] : undefined;
  // A fresh style object: merged cells share their master's object in exceljs.
  cell.style = {};
  cell.protection = protectionOf(style);
  if (!style) return;
  const font = fontOf(style);
  if (font) cell.font = font;
  const alignment = alignmentOf(style);
  if (alignment) cell.alignment = alignment;
  const border = borderOf(style);
  if (border) cell.border = border;
  const fill = fillOf(style);
  if (fill) cell.fill = fill;
  if (style.numFmt) cell.numFmt = style.numFmt;
}

function writeCell(ws: Worksheet, sheet: SheetModel, model: CellModel): void {
  const cell = ws.getCell(model.row + 1, model.col + 1);
  if (model.formula !== undefined) {
    cell.value = { formula: model.formula.replace(/^=/, "") };
  } else if (model.value !== undefined && model.value !== null) {
    // A plain string is always data in exceljs, "=HYPERLINK(…)" included: it stays inert text.
    cell.value = model.value;
  }
  applyStyle(cell, sheet, model);
  if (model.validation) cell.dataValidation = dataValidationOf(model.validation);
}

async function writeSheet(wb: Workbook, sheet: SheetModel): Promise<void> {
  const ws = wb.addWorksheet(sheet.name, {
    state: sheet.visibility,
    properties: sheet.tabColor ? { tabColor: { argb: `FF${sheet.tabColor.toUpperCase()}` } } : {},
    pageSetup: {
      paperSize: 9, // A4
      orientation: sheet.landscape ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
  });
  sheet.columnWidths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  for (const [row, height] of Object.entries(sheet.rowHeights ?? {})) ws.getRow(Number(row) + 1).height = height;
  // Merge before styling: exceljs copies the master's style object into merged cells.
  for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const cell of sheet.cells) writeCell(ws, sheet, cell);
  if (sheet.freezeRows) {
    ws.views = [{ state: "frozen", xSplit: 0, ySplit: sheet.freezeRows, topLeftCell: `A${sheet.freezeRows + 1}` }];
  }
  if (sheet.protect) {
    // No password: protection guards the layout against slips, not against a determined user.
    await ws.protect("", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
    });
  }
}

/** The .xlsx bytes of `model`. Formulas are written without cached values; Excel recalculates on load. */
export async function writeWorkbook(model: WorkbookModel): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of model.sheets) await writeSheet(wb, sheet);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
