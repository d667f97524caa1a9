// The argument of WorkbookPort.writeMeta(pairs): the whole `_meta` table (docs/contract.md §1: keys in
// column A, values in column B, from row 1), built from what readForm() read, so that the write
// is one round trip with no read of its own.
import { META_SHEET } from "../form/layout";
import type { CellValue, SheetGrid, WorkbookGrid } from "../grid";
import type { MetaPairs } from "./workbook-port";

function text(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return value.error;
  return String(value);
}

function metaSheet(grid: WorkbookGrid): SheetGrid | undefined {
  return grid.sheets.find((s) => s.name.trim().toLowerCase() === META_SHEET);
}

/**
 * The rows of `_meta` in `grid` (blank keys and repeated keys dropped: readers take a key's
 * first row) with `updates` applied: a key already there (compared trimmed, case-insensitive)
 * gets its new value in place, a new key is appended. Values are text.
 */
export function metaTable(grid: WorkbookGrid, updates: Record<string, string>): MetaPairs {
  const rows: MetaPairs = [];
  const rowOf = new Map<string, number>();
  for (const row of metaSheet(grid)?.rows ?? []) {
    const key = text(row?.[0]).trim();
    const folded = key.toLowerCase();
    if (key === "" || rowOf.has(folded)) continue;
    rowOf.set(folded, rows.length);
    rows.push([key, text(row?.[1])]);
  }
  for (const [key, value] of Object.entries(updates)) {
    const folded = key.trim().toLowerCase();
    const at = rowOf.get(folded);
    if (at !== undefined) rows[at][1] = value;
    else {
      rowOf.set(folded, rows.length);
      rows.push([key.trim(), value]);
    }
  }
  return rows;
}
