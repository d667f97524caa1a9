// Every sheet's used range as values → WorkbookGrid. Two requests, the minimum Office.js allows:
// a collection's items exist only after a sync, so the sheet list comes first, then all used
// ranges are queued together and fetched in the second. Rows and columns are padded so that
// rows[r][c] is the sheet's absolute 0-based cell.
import type { CellValue, SheetGrid, WorkbookGrid } from "../core/grid";
import { loadSheetList, type SheetInfo } from "./sheet-list";

/** Excel's error values as they arrive in `values` (used only when valueTypes is not available). */
export const EXCEL_ERROR_VALUES = new Set([
  "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
  "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#PYTHON!",
]);

function toCellValue(value: unknown, type: string | undefined): CellValue {
  if (type === "Empty" || value === "" || value === null || value === undefined) return null;
  if (type === "Error" || (type === undefined && typeof value === "string" && EXCEL_ERROR_VALUES.has(value))) {
    return { error: String(value) };
  }
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  return String(value);
}

/** A used range (loaded with usedRangeFields) → rows at absolute coordinates; a null object → no rows. */
export function toRows(range: Excel.Range): CellValue[][] {
  if (range.isNullObject) return [];
  const values = range.values;
  const types = range.valueTypes as string[][] | undefined;
  const rows: CellValue[][] = [];
  for (let r = 0; r < range.rowIndex; r++) rows.push([]);
  values.forEach((row, r) => {
    const out: CellValue[] = new Array(range.columnIndex).fill(null);
    row.forEach((v, c) => out.push(toCellValue(v, types?.[r]?.[c])));
    rows.push(out);
  });
  return rows;
}

export interface WorkbookRead {
  grid: WorkbookGrid;
  sheets: SheetInfo[];
}

/** What toRows() needs of a used range. */
export const USED_RANGE_FIELDS = "values,valueTypes,rowIndex,columnIndex";

/** Queues the load of a sheet's used range (values only: formatting alone does not count). */
export function queueUsedRange(sheet: Excel.Worksheet): Excel.Range {
  const range = sheet.getUsedRangeOrNullObject(true);
  range.load(USED_RANGE_FIELDS);
  return range;
}

export async function readWorkbookIn(context: Excel.RequestContext): Promise<WorkbookRead> {
  const sheets = await loadSheetList(context);
  const used = sheets.map((s) => queueUsedRange(s.proxy));
  await context.sync();
  const grids: SheetGrid[] = sheets.map((s, i) => ({ name: s.name, visibility: s.visibility, rows: toRows(used[i]) }));
  return { grid: { sheets: grids }, sheets };
}
