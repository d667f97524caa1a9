// Formula injection guard. A model `value` is data: a string must land in the cell as that exact
// text. Excel parses what it is given, so "=HYPERLINK(…)", "+1", "-2+3", "@SUM(A1)" or
// "=cmd|' /C calc'!A0" would become formulas (DDE / link attacks from a carried-over note), and
// "1/2", "007", "TRUE", "10%" would become a date, a number, a boolean, a percentage.
//
// Choice: give such a cell the Text number format "@" in the numberFormat array, which is written
// BEFORE the values in the same request (formats before values, so no value is ever parsed
// under the old format). Why not a leading
// apostrophe: "@" is a plain cell property that every Excel (desktop, web, Mac) honours when a
// value is written, the cell then reads back exactly the original string, and the exceljs writer
// (which stores strings as strings) produces the same cell. The apostrophe relies on Excel's
// typing parser and sets a hidden quote-prefix flag that another tool may show or drop.
// Cost: such a cell stays Text-formatted; they are labels or notes, so that is what they are.

/** "=", "+", "-", "@" and their full-width forms. */
const FORMULA_PREFIXES = ["=", "+", "-", "@", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"];

/**
 * Strings Excel would run as a formula, or whose first character it would swallow: a formula
 * prefix (also after leading white space or control characters, and in its full-width form, which
 * East Asian input methods type), or Excel's own "this is text" apostrophe, which it drops.
 */
export function looksLikeFormula(text: string): boolean {
  let i = 0;
  // skip leading white space and control characters (code points below 0x20)
  while (i < text.length && (text.charCodeAt(i) < 0x20 || /\s/.test(text[i]))) i++;
  return FORMULA_PREFIXES.includes(text[i] ?? "") || text.startsWith("'");
}

/** Strings Excel would turn into a number, date, time, percentage or boolean. */
function looksCoercible(text: string): boolean {
  return /^\s*[\d.,($]/.test(text) || /^\s*(true|false)\s*$/i.test(text);
}

/** True when this literal must be written into a Text-formatted ("@") cell to stay the same text. */
export function needsTextFormat(value: unknown): boolean {
  return typeof value === "string" && value !== "" && (looksLikeFormula(value) || looksCoercible(value));
}

export const TEXT_FORMAT = "@";
