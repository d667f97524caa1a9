// The workbook's sheets as the adapter needs them: loaded in one request with what a rewrite
// must know (visibility, protection).
import type { SheetVisibility } from "../core/grid";

export interface SheetInfo {
  name: string;
  visibility: SheetVisibility;
  protected: boolean;
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

export function findSheet(sheets: readonly SheetInfo[], name: string): SheetInfo | undefined {
  // Excel sheet names are case-insensitive.
  const folded = name.toLocaleLowerCase();
  return sheets.find((s) => s.name.toLocaleLowerCase() === folded);
}
