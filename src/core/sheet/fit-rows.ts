// Row heights for wrapped text. Neither Excel nor LibreOffice grows a row for wrapped text in a file
// it opens unless the height is written, so the model carries an estimate:
// lines = Σ over paragraphs of ⌈characters ÷ usable width⌉, height = lines × 15 pt (11-pt font).
import type { CellStyle, SheetModel } from "./sheet-model";

const POINTS_PER_LINE = 15;
/** Characters that fit in a column of width w: a little less than w for proportional Vietnamese text. */
const USABLE_WIDTH = 0.95;

export function wrappedLineCount(text: string, widthChars: number): number {
  const usable = Math.max(1, Math.floor(widthChars * USABLE_WIDTH));
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) lines += Math.max(1, Math.ceil(paragraph.length / usable));
  return lines;
}

/** Raises each row's height to fit its wrapped, unmerged text cells; never lowers a height already set. */
export function fitWrappedRows(sheet: SheetModel): void {
  const merged = new Set<string>();
  for (const m of sheet.merges) for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) merged.add(`${r}:${c}`);
  const heights: Record<number, number> = { ...(sheet.rowHeights ?? {}) };
  for (const cell of sheet.cells) {
    if (typeof cell.value !== "string" || cell.value === "") continue;
    const style: CellStyle | undefined = cell.style ? sheet.styles[cell.style] : undefined;
    if (!style?.wrap || merged.has(`${cell.row}:${cell.col}`)) continue;
    const width = sheet.columnWidths[cell.col] ?? 8.43;
    const lines = wrappedLineCount(cell.value, width);
    if (lines < 2) continue;
    heights[cell.row] = Math.max(heights[cell.row] ?? POINTS_PER_LINE, lines * POINTS_PER_LINE);
  }
  sheet.rowHeights = heights;
}
