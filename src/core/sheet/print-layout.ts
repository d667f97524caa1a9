// Print settings as data (docs/contract.md §4.4 "Printing"): every official sheet prints on A4,
// with its table's header row repeated on each page and the pages numbered "Trang 1/3".
// Widths are in Excel's column units (characters of the default font, Calibri 11, whose digit is
// 7 px wide at 96 px per inch), so a sheet's printed width can be worked out before any writer runs.
import type { HeaderFooterText, IndexSpan, PageMargins, PrintSetup } from "./sheet-model";

/** A4 in millimetres. */
export const A4 = { shortMm: 210, longMm: 297 } as const;

/** Margins for printed sheets: a wider left margin for binding (millimetres). */
export const SHEET_MARGINS: PageMargins = { top: 15, bottom: 15, left: 20, right: 10, header: 8, footer: 8 };

/** "Trang 1/3", centred at the foot of every page. */
export const PAGE_NUMBER_FOOTER: HeaderFooterText = { center: "Trang {page}/{pages}" };

const PIXELS_PER_CHARACTER = 7;
const MM_PER_PIXEL = 25.4 / 96;

/** Printed width of columns of the given widths, at 100 %. */
export function columnsWidthMm(widths: readonly number[]): number {
  return widths.reduce((sum, w) => sum + w, 0) * PIXELS_PER_CHARACTER * MM_PER_PIXEL;
}

/** Width between the side margins of an A4 page. */
export function printableWidthMm(landscape: boolean, margins: PageMargins = SHEET_MARGINS): number {
  return (landscape ? A4.longMm : A4.shortMm) - margins.left - margins.right;
}

/** Landscape where a sheet is wider than a portrait page: fitting it would shrink the text below readable. */
export function isWide(columnWidths: readonly number[], margins: PageMargins = SHEET_MARGINS): boolean {
  return columnsWidthMm(columnWidths) > printableWidthMm(false, margins);
}

/** Every column on one page across, the table's header rows repeated on each page, pages numbered. */
export function fitToWidth(repeatRows?: IndexSpan, header?: HeaderFooterText): PrintSetup {
  return {
    paper: "A4",
    fit: { kind: "width" },
    margins: { ...SHEET_MARGINS },
    ...(repeatRows ? { repeatRows } : {}),
    ...(header ? { header } : {}),
    footer: { ...PAGE_NUMBER_FOOTER },
  };
}

/**
 * How many columns of `columnWidth` fit on a page beside the repeated `labelWidths`, at `percent`
 * scale (at least 1, so a page always shows a column).
 */
export function columnsPerPage(labelWidths: readonly number[], columnWidth: number, landscape: boolean, percent = 100): number {
  const room = (printableWidthMm(landscape) * 100) / percent - columnsWidthMm(labelWidths);
  return Math.max(1, Math.floor(room / columnsWidthMm([columnWidth])));
}

/**
 * A header or footer text as Excel's codes (ECMA-376 §18.3.1.39; the same codes in Office.js
 * HeaderFooter strings): {page} → &P, {pages} → &N, a literal & doubled.
 */
export function headerFooterCode(text: string): string {
  return text.replace(/&/g, "&&").replace(/\{page\}/g, "&P").replace(/\{pages\}/g, "&N");
}
