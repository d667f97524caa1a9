// The workbook's sheets as the adapter needs them: loaded in one request with what a rewrite
// must know (id, visibility, protection). Protection state is ExcelApi 1.2 (Worksheet.protection):
// on 1.1 it is not asked for, and no sheet is taken to be protected (nothing can protect one there).
import type { SheetVisibility } from "../core/grid";
import type { HostSupport } from "./support";

/** A sheet as last seen: plain data, valid beyond the request context it was read in. */
export interface SheetState {
  /** Worksheet.id: stays with the sheet through renames (settings remember bdg's sheets by it). */
  id: string;
  name: string;
  visibility: SheetVisibility;
  protected: boolean;
}

export interface SheetInfo extends SheetState {
  proxy: Excel.Worksheet;
}

const VISIBILITY: Record<string, SheetVisibility> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

export const EXCEL_VISIBILITY: Record<SheetVisibility, Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden"> = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};

export interface QueuedList {
  sheets: Excel.WorksheetCollection;
  withProtection: boolean;
}

/** Queues the load; read with sheetInfos() after the next sync. */
export function queueSheetList(context: Excel.RequestContext, support: HostSupport): QueuedList {
  const sheets = context.workbook.worksheets;
  const withProtection = support.protection;
  sheets.load(withProtection ? "items/name,items/id,items/visibility,items/protection/protected" : "items/name,items/id,items/visibility");
  return { sheets, withProtection };
}

export function sheetInfos(list: QueuedList): SheetInfo[] {
  return list.sheets.items.map((ws) => ({
    id: ws.id,
    name: ws.name,
    visibility: VISIBILITY[ws.visibility] ?? "visible",
    protected: list.withProtection ? ws.protection.protected : false,
    proxy: ws,
  }));
}

export function sheetStates(sheets: readonly SheetInfo[]): SheetState[] {
  return sheets.map(({ id, name, visibility, protected: locked }) => ({ id, name, visibility, protected: locked }));
}

/** Loads the list in a request of its own (for callers that have no earlier read to go on). */
export async function loadSheetList(context: Excel.RequestContext, support: HostSupport): Promise<SheetInfo[]> {
  const list = queueSheetList(context, support);
  await context.sync();
  return sheetInfos(list);
}

/** Proxies in this request for sheets seen in an earlier one (no request of its own). */
export function attachSheets(context: Excel.RequestContext, states: readonly SheetState[]): SheetInfo[] {
  return states.map((s) => ({ ...s, proxy: context.workbook.worksheets.getItem(s.name) }));
}

export function findSheet<T extends SheetState>(sheets: readonly T[], name: string): T | undefined {
  // Excel sheet names are case-insensitive.
  const folded = name.toLocaleLowerCase();
  return sheets.find((s) => s.name.toLocaleLowerCase() === folded);
}
