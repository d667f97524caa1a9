// The page and type of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I;
// docs/contract.md §4.4): A4 portrait; margins top and bottom 20 mm, left 30 mm, right 15 mm;
// Times New Roman, body 14 pt; paragraphs at least 6 pt apart, first line indented 1 cm; page
// numbers centred at the top from page 2 on. Sizes in the units docx speaks: half-points for type,
// twentieths of a point (twips) for spacing.

export const PAGE_MM = { width: 210, height: 297 } as const;
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 } as const;
export const FONT = "Times New Roman";

/** Type sizes in points. */
export const PT = {
  body: 14,
  issuer: 13,
  nationalName: 12,
  motto: 14,
  number: 13,
  placeDate: 14,
  title: 14,
  recipientsLabel: 12,
  recipients: 11,
  signature: 14,
  caption: 13,
  chartNote: 12,
  pageNumber: 14,
} as const;

export const halfPoints = (pt: number): number => pt * 2;
export const TWIPS_PER_PT = 20;
export const TWIPS_PER_MM = 1440 / 25.4;
/** First-line indent of a body paragraph: 1 cm. */
export const FIRST_LINE_TWIPS = Math.round(10 * TWIPS_PER_MM);
/** Space after a body paragraph: 6 pt. */
export const PARAGRAPH_AFTER_TWIPS = 6 * TWIPS_PER_PT;
/** Width of the text block, for the heading and signature tables. */
export const TEXT_WIDTH_TWIPS = Math.round((PAGE_MM.width - MARGINS_MM.left - MARGINS_MM.right) * TWIPS_PER_MM);
