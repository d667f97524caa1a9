// Column widths: the model speaks Excel "characters" (as exceljs and the Excel UI do); Office.js
// speaks points. Excel's rule for the default font (Calibri 11, maximum digit width 7 px):
//   pixels = round(characters × 7 + 5)   (5 px of cell padding)
//   points = pixels × 0.75               (96 dpi: 1 px = 0.75 pt)
// e.g. 8.43 characters → 64 px → 48 pt, Excel's default column.
const DIGIT_PX = 7;
const PADDING_PX = 5;
const POINTS_PER_PX = 0.75;

export function charactersToPoints(characters: number): number {
  if (!(characters > 0)) return 0;
  return Math.round(characters * DIGIT_PX + PADDING_PX) * POINTS_PER_PX;
}

/** The inverse, for reading widths back (tests, diagnostics). */
export function pointsToCharacters(points: number): number {
  return Math.max(0, (points / POINTS_PER_PX - PADDING_PX) / DIGIT_PX);
}
