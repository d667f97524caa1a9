// Parses a cell reference such as "E25" in place, from the part's bytes (no allocation: this runs
// once per cell).

/** Excel's grid: 1,048,576 rows × 16,384 columns (XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface CellPosition {
  row: number;
  col: number;
}

/** Reads bytes [start, end) as "LETTERS DIGITS" into `out` (0-based); false if malformed. */
export function parseCellReference(s: Uint8Array, start: number, end: number, out: CellPosition): boolean {
  let i = start;
  let col = 0;
  let letters = 0;
  for (; i < end; i++) {
    let c = s[i];
    if (c >= 97 && c <= 122) c -= 32; // lower case letters, written by a few tools
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
    if (++letters > 3) return false;
  }
  const row = parseDigits(s, i, end);
  if (letters === 0 || row <= 0 || col > MAX_COLUMNS || row > MAX_ROWS) return false;
  out.row = row - 1;
  out.col = col - 1;
  return true;
}

/** The row number (1-based) in bytes [start, end) of a <row r="…">, or -1 if malformed. */
export function parseRowNumber(s: Uint8Array, start: number, end: number): number {
  const row = parseDigits(s, start, end);
  return row > 0 && row <= MAX_ROWS ? row : -1;
}

function parseDigits(s: Uint8Array, start: number, end: number): number {
  if (start >= end || end - start > 7) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = s[i];
    if (c < 48 || c > 57) return -1;
    n = n * 10 + (c - 48);
  }
  return n;
}
