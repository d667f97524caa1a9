// A sheet as data: what the core decides, what both writers (the SpreadsheetML writer in
// src/xlsx/write, Office.js in src/excel) render. No layout knowledge lives in a writer: print
// settings too are data here (docs/contract.md §4.4 "Printing").

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Font size in points. */
  size?: number;
  /** Font family; the writer's default (Calibri) when absent. */
  fontName?: string;
  /** Font colour, "RRGGBB". */
  color?: string;
  /** Fill colour, "RRGGBB". */
  fill?: string;
  hAlign?: "left" | "center" | "right";
  vAlign?: "top" | "middle" | "bottom";
  wrap?: boolean;
  indent?: number;
  /** Thin border on all four sides. */
  border?: boolean;
  /**
   * Excel number format code, e.g. "#,##0", "dd/mm/yyyy" or "@" (text). In a format code "," and "."
   * always mean "thousands separator" and "decimal point", whatever the file's reader; the program
   * showing the cell puts the user's own separators in their place, so vi-VN shows 1.234,5.
   */
  numFmt?: string;
  /** Cells are locked unless this is false (only input cells are unlocked). */
  locked?: boolean;
}

/** Excel data validation: a typing aid only; the core's rules are the truth (a paste skips it). */
export interface ValidationModel {
  kind: "wholeNumber" | "decimal" | "list" | "textLength";
  min?: number;
  max?: number;
  /** For kind "list". */
  list?: string[];
  errorTitle: string;
  errorMessage: string;
  promptTitle?: string;
  prompt?: string;
}

export interface CellModel {
  /** 0-based. */
  row: number;
  col: number;
  /** A literal. Writers always store it as data: a string starting with "=" stays text. */
  value?: string | number | boolean | null;
  /** A formula WITHOUT the leading "=", English function names, comma separators. Only the core writes these. */
  formula?: string;
  /** Key into SheetModel.styles. */
  style?: string;
  validation?: ValidationModel;
}

export interface MergeModel {
  /** 0-based inclusive corners. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A rectangle of cells, 0-based inclusive corners (as MergeModel). */
export type CellRange = MergeModel;

/** Consecutive rows or columns, 0-based inclusive. */
export interface IndexSpan {
  first: number;
  last: number;
}

/**
 * A printed header or footer, in three parts. Fields in braces are filled in by the spreadsheet
 * program on each page: {page} the page number, {pages} the number of pages ("Trang {page}/{pages}").
 */
export interface HeaderFooterText {
  left?: string;
  center?: string;
  right?: string;
}

/** Margins in millimetres. */
export interface PageMargins {
  top: number;
  bottom: number;
  left: number;
  right: number;
  header: number;
  footer: number;
}

/**
 * How a sheet prints. Orientation is SheetModel.landscape.
 * - fit "width": every column on one page across, as many pages down as needed;
 * - fit "scale": a fixed zoom, and the sheet splits across pages at `columnBreaks` (spreadsheet
 *   programs ignore manual breaks while fitting to a page, so breaks need a fixed scale).
 */
export interface PrintSetup {
  paper: "A4";
  fit: { kind: "width" } | { kind: "scale"; percent: number };
  margins: PageMargins;
  /** Rows printed again at the top of every page (the table's header row). */
  repeatRows?: IndexSpan;
  /** Columns printed again at the left of every page (a wide table's label columns). */
  repeatColumns?: IndexSpan;
  header?: HeaderFooterText;
  footer?: HeaderFooterText;
  /** 0-based index of the first column of each new page across (manual page breaks). */
  columnBreaks?: number[];
  /** 0-based index of the first row of each new page down. */
  rowBreaks?: number[];
  centerHorizontally?: boolean;
}

/**
 * A native chart over cells of its own sheet (docs/contract.md §4.4 "with charts"): the source
 * table's first row names the series, its first column the categories, each further column is
 * one series. A writer that cannot draw charts leaves the table alone, which reads the same.
 */
export interface ChartModel {
  /** Unique in the workbook: a rewrite finds and replaces its own chart by it. */
  name: string;
  /** Bars (horizontal) or columns (vertical). */
  direction: "bar" | "column";
  /** Series stacked on one another (parts of a whole) or side by side. */
  stacked: boolean;
  /** The plotted cells, header row and label column included. */
  source: CellRange;
  title: string;
  categoryAxisTitle: string | null;
  valueAxisTitle: string | null;
  /** The cells the chart covers on its sheet. */
  anchor: CellRange;
  /** Fill "RRGGBB" of each series, in the source's column order. */
  seriesColors: string[];
  /** Each bar's value written on it. */
  dataLabels: boolean;
}

export interface SheetModel {
  name: string;
  visibility: "visible" | "hidden" | "veryHidden";
  /** Column widths in characters, index = column. */
  columnWidths: number[];
  /** Row heights in points, sparse: row index → height. */
  rowHeights?: Record<number, number>;
  cells: CellModel[];
  merges: MergeModel[];
  styles: Record<string, CellStyle>;
  /** Protect the sheet without a password: only unlocked cells are editable. */
  protect: boolean;
  /** Rows frozen at the top. */
  freezeRows?: number;
  /** Columns frozen at the left (with freezeRows: frozen on both axes). */
  freezeColumns?: number;
  /** A filter button on each cell of the range's first row; the range covers the table. */
  autoFilter?: CellRange;
  /** Tab colour "RRGGBB". */
  tabColor?: string;
  /** Landscape printing for wide sheets. */
  landscape?: boolean;
  /** Paper, fit, repeated rows and columns, header and footer, page breaks. */
  print?: PrintSetup;
  /** Native charts over this sheet's own cells (Excel mode only; the file writer leaves them out). */
  charts?: ChartModel[];
}

/** A workbook to write: sheets in order. */
export interface WorkbookModel {
  sheets: SheetModel[];
}
