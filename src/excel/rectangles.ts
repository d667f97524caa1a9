// Cells that share a style (or a validation) → few rectangles, so each format is applied
// to a handful of ranges instead of cell by cell. Row runs first, then runs of equal span
// on consecutive rows are stacked into one rectangle.
import type { Rect } from "./sheet-address";

export function toRectangles(cells: ReadonlyArray<{ row: number; col: number }>): Rect[] {
  const byRow = new Map<number, number[]>();
  for (const { row, col } of cells) {
    const cols = byRow.get(row);
    if (cols) cols.push(col);
    else byRow.set(row, [col]);
  }
  const done: Rect[] = [];
  /** Open rectangles by column span "left:right", still growing downwards. */
  let open = new Map<string, Rect>();
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = [...new Set(byRow.get(row))].sort((a, b) => a - b);
    const next = new Map<string, Rect>();
    for (let i = 0; i < cols.length; ) {
      let j = i;
      while (j + 1 < cols.length && cols[j + 1] === cols[j] + 1) j++;
      const key = `${cols[i]}:${cols[j]}`;
      const grow = open.get(key);
      if (grow && grow.bottom === row - 1) {
        grow.bottom = row;
        next.set(key, grow);
        open.delete(key);
      } else {
        next.set(key, { top: row, left: cols[i], bottom: row, right: cols[j] });
      }
      i = j + 1;
    }
    done.push(...open.values());
    open = next;
  }
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Joins addresses into union strings ("A1:B2,D4") no longer than `maxChars` each (for getRanges). */
export function unionChunks(addresses: string[], maxChars: number): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const address of addresses) {
    if (current && current.length + 1 + address.length > maxChars) {
      chunks.push(current);
      current = "";
    }
    current = current ? `${current},${address}` : address;
  }
  if (current) chunks.push(current);
  return chunks;
}
