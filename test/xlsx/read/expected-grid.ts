// Turns { A1: value } into the dense rows readXlsx returns: empty rows are [], gaps inside a row are null.
import { parseA1, type CellValue } from "../../../src/core/grid";

export function rowsFromCells(cells: Record<string, CellValue>): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const [address, value] of Object.entries(cells)) {
    const pos = parseA1(address);
    if (!pos) throw new Error(address);
    (rows[pos.row] ??= [])[pos.col] = value;
  }
  for (let r = 0; r < rows.length; r++) {
    const row = (rows[r] ??= []);
    for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
  }
  return rows;
}
