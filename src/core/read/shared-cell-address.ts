// Sheet-qualified addresses ("BaoCao!E17") of the value cells: every form of a run has the same
// ones, and a consolidation keeps one per row of every file. One shared string per address of the
// last sheet name seen (bounded, so a hostile file cannot grow it) instead of a new one per file.
import { sheetCell } from "../grid";

const MAX_CACHED = 4096;
/** Column count of Excel's grid: row × this + col is a unique key. */
const COLUMNS = 16384;

let cachedSheet: string | null = null;
const cached = new Map<number, string>();

export function sharedCellAddress(sheet: string, row: number, col: number): string {
  if (sheet !== cachedSheet || cached.size >= MAX_CACHED) {
    cachedSheet = sheet;
    cached.clear();
  }
  const key = row * COLUMNS + col;
  let address = cached.get(key);
  if (address === undefined) {
    address = sheetCell(sheet, row, col);
    cached.set(key, address);
  }
  return address;
}
