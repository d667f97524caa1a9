// A sheet as data: what the core decides, what both writers (exceljs in src/xlsx,
// Office.js in src/excel) render. No layout knowledge lives in a writer.

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Font size in points. */
  size?: number;
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
  /** Excel number format code, e.g. "#,##0" or "@" (text). Separators follow the user's locale (vi-VN: 1.234,5). */
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
  /** Tab colour "RRGGBB". */
  tabColor?: string;
  /** Landscape printing for wide sheets. */
  landscape?: boolean;
}

/** A workbook to write: sheets in order. */
export interface WorkbookModel {
  sheets: SheetModel[];
}
