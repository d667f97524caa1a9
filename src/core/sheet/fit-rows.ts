// Row heights for wrapped text. Neither Excel nor LibreOffice grows a row for wrapped text in a file
// it opens unless the height is written, so the model carries an estimate:
// lines = Σ over paragraphs of ⌈characters ÷ characters per line⌉, height = lines × line height.
// A column's width is counted in digits of the default font (Calibri 11); how many letters fit in
// one depends on the cell's font: a little less than one for Calibri (a safe estimate, forms),
// 1.1 for Times New Roman (the summary), fewer as the size grows.
import type { CellStyle, SheetModel } from "./sheet-model";

const POINTS_PER_LINE = 15;
const BASE_SIZE = 11;
/** Letters of 11-pt text per unit of column width. */
const LETTERS_PER_UNIT: Record<string, number> = { "Times New Roman": 1.1 };
const DEFAULT_LETTERS_PER_UNIT = 0.95;

/** Letters that fit in one unit of column width for text of this style. */
export function lettersPerUnit(style?: CellStyle): number {
  const base = (style?.fontName && LETTERS_PER_UNIT[style.fontName]) || DEFAULT_LETTERS_PER_UNIT;
  return (base * BASE_SIZE) / (style?.size ?? BASE_SIZE);
}

export function wrappedLineCount(text: string, widthChars: number, perUnit = DEFAULT_LETTERS_PER_UNIT): number {
  const usable = Math.max(1, Math.floor(widthChars * perUnit));
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
    const lines = wrappedLineCount(cell.value, width, lettersPerUnit(style));
    if (lines < 2) continue;
    const lineHeight = (POINTS_PER_LINE * (style.size ?? BASE_SIZE)) / BASE_SIZE;
    heights[cell.row] = Math.max(heights[cell.row] ?? POINTS_PER_LINE, Math.ceil(lines * lineHeight));
  }
  sheet.rowHeights = heights;
}
