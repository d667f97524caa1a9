// A1 addresses. Columns are 0-based inside the core; Excel letters only at the surface.

export function columnLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** (0,0) → "A1". */
export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** "AB12" → { row: 11, col: 27 } or null. */
export function parseA1(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref.toUpperCase());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** "BaoCao!E25": sheet-qualified address used in every Issue. */
export function sheetCell(sheet: string, row: number, col: number): string {
  return `${sheet}!${a1(row, col)}`;
}
