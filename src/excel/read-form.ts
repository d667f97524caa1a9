// readForm: the sheets an officer's form lives on — "BaoCao", the very hidden `_meta` and the
// active sheet (a form kept under another name) — in ONE request. Office.js gives a collection's
// items only after a sync, so instead of listing then reading (readWorkbook, 2 requests) the
// three sheets are addressed directly: getItemOrNullObject for the two named ones (a missing
// sheet is a null object, not an error), getActiveWorksheet for the third, each with its used
// range queued in the same request as the sheet list (names, visibility, protection).
//
// Assumption about the host: a used range asked of a null-object sheet is itself a null object.
// Should a host reject that request instead, the read falls back to the two-request way
// (the list first, then only the sheets that exist), so the answer is the same, just slower.
import type { SheetGrid, WorkbookGrid } from "../core/grid";
import { META_SHEET, REPORT_SHEET } from "../core/form";
import { EDIT_MODE_CODE, errorCode } from "./edit-mode-retry";
import { queueUsedRange, toRows, type WorkbookRead } from "./read-workbook";
import { findSheet, loadSheetList, queueSheetList, sheetInfos, type SheetInfo } from "./sheet-list";

const FORM_SHEETS = [REPORT_SHEET, META_SHEET];

/** The grid of the sheets read, in workbook order, each once. */
function formGrid(sheets: readonly SheetInfo[], used: ReadonlyMap<string, Excel.Range>): WorkbookGrid {
  const grids: SheetGrid[] = [];
  for (const s of sheets) {
    const range = used.get(s.name.toLocaleLowerCase());
    if (range) grids.push({ name: s.name, visibility: s.visibility, rows: toRows(range) });
  }
  return { sheets: grids };
}

async function readInOneRequest(context: Excel.RequestContext): Promise<WorkbookRead> {
  const list = queueSheetList(context);
  const named = FORM_SHEETS.map((name) => [name, queueUsedRange(context.workbook.worksheets.getItemOrNullObject(name))] as const);
  const active = context.workbook.worksheets.getActiveWorksheet();
  active.load("name");
  const activeUsed = queueUsedRange(active);
  await context.sync();

  const sheets = sheetInfos(list);
  const used = new Map<string, Excel.Range>();
  for (const [name, range] of named) {
    // Only ranges of sheets that exist are read, so a null object's range is never touched.
    const sheet = findSheet(sheets, name);
    if (sheet) used.set(sheet.name.toLocaleLowerCase(), range);
  }
  const activeKey = active.name.toLocaleLowerCase();
  if (!used.has(activeKey)) used.set(activeKey, activeUsed);
  return { grid: formGrid(sheets, used), sheets };
}

async function readInTwoRequests(context: Excel.RequestContext): Promise<WorkbookRead> {
  const sheets = await loadSheetList(context);
  const active = context.workbook.worksheets.getActiveWorksheet();
  active.load("name");
  const used = new Map<string, Excel.Range>();
  for (const name of FORM_SHEETS) {
    const sheet = findSheet(sheets, name);
    if (sheet) used.set(sheet.name.toLocaleLowerCase(), queueUsedRange(sheet.proxy));
  }
  const activeUsed = queueUsedRange(active);
  await context.sync();
  const activeKey = active.name.toLocaleLowerCase();
  if (!used.has(activeKey)) used.set(activeKey, activeUsed);
  return { grid: formGrid(sheets, used), sheets };
}

export async function readFormIn(context: Excel.RequestContext): Promise<WorkbookRead> {
  try {
    return await readInOneRequest(context);
  } catch (error) {
    // Only a host's refusal is worth the second way; cell-edit mode fails every request alike
    // (the port's retry handles it) and an error without a code is a bug, not the host.
    const code = errorCode(error);
    if (code === undefined || code === EDIT_MODE_CODE) throw error;
    return readInTwoRequests(context);
  }
}
