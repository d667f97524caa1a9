// The very hidden `_meta` sheet (docs/contract.md §1): keys in column A, values in column B, from row 1.
import type { CellValue, SheetGrid, WorkbookGrid } from "../grid";
import { cellAt } from "../grid";
import { sheetCell } from "../grid";
import { shortText } from "./sheet-text";

export const META_SHEET = "_meta";
export const META_FORMAT = "bdg-report";
export const META_FORMAT_VERSION = "1";
export const DEFAULT_REPORT_SHEET = "BaoCao";

/** _meta is a handful of rows; anything far below is not ours. */
const MAX_META_ROWS = 200;

export interface MetaEntry {
  value: CellValue;
  /** "_meta!B3". */
  cell: string;
}

/** The `_meta` sheet's name, as found: trimmed, in any case. */
export function isMetaSheetName(name: unknown): boolean {
  return typeof name === "string" && name.trim().toLowerCase() === META_SHEET;
}

export function findMetaSheet(grid: WorkbookGrid): SheetGrid | undefined {
  return grid.sheets.find((s) => isMetaSheetName(s?.name));
}

/** Keys (trimmed, lower case) → first value. A Map, so hostile keys ("__proto__") stay data. */
export function readMeta(sheet: SheetGrid): Map<string, MetaEntry> {
  const entries = new Map<string, MetaEntry>();
  const rows = Math.min(sheet.rows.length, MAX_META_ROWS);
  for (let r = 0; r < rows; r++) {
    const key = shortText(cellAt(sheet, r, 0));
    if (key === null) continue;
    const k = key.trim().toLowerCase();
    if (k === "" || entries.has(k)) continue;
    entries.set(k, { value: cellAt(sheet, r, 1), cell: sheetCell(sheet.name, r, 1) });
  }
  return entries;
}

/** A meta value as trimmed text ("" when blank or not text-like). */
export function metaText(entries: Map<string, MetaEntry>, key: string): string {
  const v = entries.get(key)?.value;
  if (typeof v === "string") return v.length > 300 ? "" : v.trim();
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return "";
}
