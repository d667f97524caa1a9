// readForm: the sheets an officer's form lives on — "BaoCao", the very hidden `_meta` and the
// active sheet (a form kept under another name).
//
// ExcelApi 1.4 and later: ONE request. Office.js gives a collection's items only after a sync, so
// instead of listing then reading, the three sheets are addressed directly: getItemOrNullObject
// for the two named ones (1.4; a missing sheet is a null object, not an error),
// getActiveWorksheet for the third, each with its used range queued in the same request as the
// sheet list. Before 1.4 (no *OrNullObject): the list first, then only the sheets that exist.
//
// Assumption about the host: a used range asked of a null-object sheet is itself a null object.
// Should a host reject that request instead, the read falls back to the two-request way. A
// response over the 5 MB cap (a huge active sheet) falls back to the split reader (read-workbook.ts).
import type { SheetGrid, WorkbookGrid } from "../core/grid";
import { META_SHEET, REPORT_SHEET } from "../core/form";
import { EDIT_MODE_CODE, errorCode } from "./edit-mode-retry";
import { queueUsedRange, readSheetsIn, toRows, type WorkbookRead } from "./read-workbook";
import { findSheet, loadSheetList, queueSheetList, sheetInfos, type SheetInfo } from "./sheet-list";
import type { HostSupport } from "./support";

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

async function readInOneRequest(context: Excel.RequestContext, support: HostSupport): Promise<WorkbookRead> {
  const list = queueSheetList(context, support);
  const named = FORM_SHEETS.map((name) => [name, queueUsedRange(context.workbook.worksheets.getItemOrNullObject(name), support)] as const);
  const active = context.workbook.worksheets.getActiveWorksheet();
  active.load("name");
  const activeUsed = queueUsedRange(active, support);
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

/** The form's sheets of a listed workbook (the active one included). */
function formSheets(sheets: readonly SheetInfo[], activeName: string): SheetInfo[] {
  const wanted = new Set([...FORM_SHEETS, activeName].map((n) => n.toLocaleLowerCase()));
  return sheets.filter((s) => wanted.has(s.name.toLocaleLowerCase()));
}

async function readInTwoRequests(context: Excel.RequestContext, support: HostSupport): Promise<WorkbookRead> {
  const list = queueSheetList(context, support);
  const active = context.workbook.worksheets.getActiveWorksheet();
  active.load("name");
  await context.sync();
  const sheets = sheetInfos(list);
  const used = new Map<string, Excel.Range>();
  for (const s of formSheets(sheets, active.name)) used.set(s.name.toLocaleLowerCase(), queueUsedRange(s.proxy, support));
  await context.sync();
  return { grid: formGrid(sheets, used), sheets };
}

/** Too large for one response: the list, then the split reader. */
async function readSplit(context: Excel.RequestContext, support: HostSupport, budget: number): Promise<WorkbookRead> {
  const sheets = await loadSheetList(context, support);
  const active = context.workbook.worksheets.getActiveWorksheet();
  active.load("name");
  await context.sync();
  return { grid: { sheets: await readSheetsIn(context, formSheets(sheets, active.name), support, budget) }, sheets };
}

export async function readFormIn(context: Excel.RequestContext, support: HostSupport, budget: number): Promise<WorkbookRead> {
  try {
    return await (support.readInOneRequest ? readInOneRequest(context, support) : readInTwoRequests(context, support));
  } catch (error) {
    // Only a host's refusal is worth another way; cell-edit mode fails every request alike
    // (the port's retry handles it) and an error without a code is a bug, not the host.
    const code = errorCode(error);
    if (code === undefined || code === EDIT_MODE_CODE) throw error;
    if (code === "ResponsePayloadSizeLimitExceeded") return readSplit(context, support, budget);
    if (!support.readInOneRequest) throw error;
    try {
      return await readInTwoRequests(context, support);
    } catch (again) {
      if (errorCode(again) === "ResponsePayloadSizeLimitExceeded") return readSplit(context, support, budget);
      throw again;
    }
  }
}
