// A sheet's print settings (SheetModel.print, docs/contract.md §4.4 "Printing") → Office.js
// PageLayout, and the frozen panes and autofilter of a printed table. PageLayout, the autofilter
// and page breaks are ExcelApi 1.9 ("Excel.PageLayout", "Excel.AutoFilter" reference pages); below
// it the workbook is still correct, only printed with Excel's defaults, and the pane says so (the
// downloaded .xlsx carries every setting). Margins are points in Office.js, millimetres in the model.
import type { HeaderFooterText, SheetModel } from "../core/sheet";
import { headerFooterCode } from "../core/sheet";
import { columnsAddress, rectAddress, rowsAddress } from "./sheet-address";
import type { HostSupport } from "./support";

const POINTS_PER_MM = 72 / 25.4;
const points = (mm: number) => Math.round(mm * POINTS_PER_MM * 100) / 100;

/** The model's header/footer texts as HeaderFooter's properties (leftHeader … rightFooter). */
function headerFooterParts(where: "Header" | "Footer", text: HeaderFooterText | undefined): Record<string, string> {
  if (!text) return {};
  const out: Record<string, string> = {};
  for (const side of ["left", "center", "right"] as const) {
    const value = text[side];
    if (value) out[`${side}${where}`] = headerFooterCode(value);
  }
  return out;
}

/** Does the sheet ask for anything this function renders? */
export function wantsPrintSetup(sheet: SheetModel): boolean {
  return sheet.print !== undefined || sheet.autoFilter !== undefined;
}

/** Queues the print settings on `ws`; false when the host is below ExcelApi 1.9 (nothing queued). */
export function applyPrintSetup(ws: Excel.Worksheet, sheet: SheetModel, support: HostSupport): boolean {
  if (!support.api19) return false;
  if (sheet.autoFilter) ws.autoFilter.apply(rectAddress(sheet.autoFilter));
  const print = sheet.print;
  if (!print) return true;
  const layout = ws.pageLayout;
  layout.orientation = sheet.landscape ? "Landscape" : "Portrait";
  layout.paperSize = print.paper;
  layout.zoom = print.fit.kind === "width" ? { horizontalFitToPages: 1, verticalFitToPages: 0 } : { scale: print.fit.percent };
  const m = print.margins;
  layout.topMargin = points(m.top);
  layout.bottomMargin = points(m.bottom);
  layout.leftMargin = points(m.left);
  layout.rightMargin = points(m.right);
  layout.headerMargin = points(m.header);
  layout.footerMargin = points(m.footer);
  if (print.centerHorizontally) layout.centerHorizontally = true;
  if (print.repeatRows) layout.setPrintTitleRows(rowsAddress(print.repeatRows.first, print.repeatRows.last));
  if (print.repeatColumns) layout.setPrintTitleColumns(columnsAddress(print.repeatColumns.first, print.repeatColumns.last));
  const parts = { ...headerFooterParts("Header", print.header), ...headerFooterParts("Footer", print.footer) };
  const pages = layout.headersFooters.defaultForAllPages as unknown as Record<string, string>;
  for (const [key, value] of Object.entries(parts)) pages[key] = value;
  // A page break is added at the first cell of the new page (PageBreakCollection.add).
  for (const row of print.rowBreaks ?? []) if (row > 0) ws.horizontalPageBreaks.add(rectAddress({ top: row, left: 0, bottom: row, right: 0 }));
  for (const col of print.columnBreaks ?? []) if (col > 0) ws.verticalPageBreaks.add(rectAddress({ top: 0, left: col, bottom: 0, right: col }));
  return true;
}

/** Before a sheet is rewritten in place: its old filter and page breaks go, or they would pile up. */
export function clearPrintSetup(ws: Excel.Worksheet, support: HostSupport): void {
  if (!support.api19) return;
  ws.autoFilter.remove();
  ws.horizontalPageBreaks.removePageBreaks();
  ws.verticalPageBreaks.removePageBreaks();
}

/** Frozen rows and columns: freezeAt for both axes, else freezeRows or freezeColumns (ExcelApi 1.7). */
export function applyFreeze(ws: Excel.Worksheet, sheet: SheetModel): void {
  const rows = sheet.freezeRows ?? 0;
  const cols = sheet.freezeColumns ?? 0;
  if (rows > 0 && cols > 0) ws.freezePanes.freezeAt(rectAddress({ top: 0, left: 0, bottom: rows - 1, right: cols - 1 }));
  else if (rows > 0) ws.freezePanes.freezeRows(rows);
  else if (cols > 0) ws.freezePanes.freezeColumns(cols);
}
