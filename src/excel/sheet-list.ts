// The workbook's sheets as the adapter needs them: loaded in one request with what a rewrite
// must know (visibility, protection).
import type { SheetVisibility } from "../core/grid";

/** A sheet as last seen: plain data, valid beyond the request context it was read in. */
export interface SheetState {
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

/** Queues the load; read with sheetInfos() after the next sync. */
export function queueSheetList(context: Excel.RequestContext): Excel.WorksheetCollection {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility,items/protection/protected");
  return sheets;
}

export function sheetInfos(sheets: Excel.WorksheetCollection): SheetInfo[] {
  return sheets.items.map((ws) => ({
    name: ws.name,
    visibility: VISIBILITY[ws.visibility] ?? "visible",
    protected: ws.protection.protected,
    proxy: ws,
  }));
}

export function sheetStates(sheets: readonly SheetInfo[]): SheetState[] {
  return sheets.map(({ name, visibility, protected: locked }) => ({ name, visibility, protected: locked }));
}

/** Loads the list in a request of its own (for callers that have no earlier read to go on). */
export async function loadSheetList(context: Excel.RequestContext): Promise<SheetInfo[]> {
  const list = queueSheetList(context);
  await context.sync();
  return sheetInfos(list);
}

export function findSheet<T extends SheetState>(sheets: readonly T[], name: string): T | undefined {
  // Excel sheet names are case-insensitive.
  const folded = name.toLocaleLowerCase();
  return sheets.find((s) => s.name.toLocaleLowerCase() === folded);
}
