// Shapes the cells collected from a sheet into rows[r][c]. Normal forms come out dense: every row up
// to the last one with a value is an array ([] when empty) and gaps inside a row are null. Padding
// costs memory for nothing in a hostile file (one value at XFD1048576 on each of 200 sheets would be
// billions of nulls), so one budget of padded slots is shared by the whole workbook; past it a sheet
// keeps its holes (undefined), which cellAt reads as empty.
import type { CellValue } from "../../core/grid";

/** Enough for a sheet that really uses row 1,048,576, with room to spare. */
export const DEFAULT_PADDING_SLOTS = 2_500_000;

export class PaddingBudget {
  constructor(private left: number = DEFAULT_PADDING_SLOTS) {}

  /** Takes `slots` from the budget if they fit. */
  take(slots: number): boolean {
    if (slots > this.left) return false;
    this.left -= slots;
    return true;
  }
}

export function shapeRows(byRow: Map<number, CellValue[]>, rowCount: number, budget: PaddingBudget): CellValue[][] {
  let slots = rowCount;
  for (const row of byRow.values()) slots += row.length;
  const rows: CellValue[][] = [];
  if (!budget.take(slots)) {
    const sparse = [...byRow.keys()].sort((a, b) => a - b);
    for (const r of sparse) rows[r] = byRow.get(r) as CellValue[];
    return rows;
  }
  for (let r = 0; r < rowCount; r++) {
    const row = byRow.get(r);
    if (row === undefined) {
      rows.push([]);
      continue;
    }
    for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
    rows.push(row);
  }
  return rows;
}
