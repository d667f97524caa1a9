// A tiny helper to lay out summary sheets as data. Everything is put as a `value`: the summary
// holds no formula, and text that came from the units (names, narratives, file names, messages)
// must stay inert text whatever it starts with ("=HYPERLINK(…)" included).
// Every sheet prints on A4 (landscape when wider than a portrait page), fit to the page's width,
// with its header row repeated and its pages numbered (docs/contract.md §4.4 "Printing").
import { fitToWidth, isWide, type CellStyle, type SheetModel } from "../sheet";

export type CellLiteral = string | number | boolean | null;

export interface SheetSpec {
  name: string;
  columnWidths: number[];
  styles: Record<string, CellStyle>;
  tabColor?: string;
}

export function newSheet(spec: SheetSpec): SheetModel {
  return {
    name: spec.name,
    visibility: "visible",
    columnWidths: spec.columnWidths,
    cells: [],
    merges: [],
    styles: spec.styles,
    protect: false,
    landscape: isWide(spec.columnWidths),
    tabColor: spec.tabColor,
    print: fitToWidth(),
  };
}

export function put(sheet: SheetModel, row: number, col: number, value: CellLiteral, style?: string): void {
  sheet.cells.push(style === undefined ? { row, col, value } : { row, col, value, style });
}

/** Values left to right from `col`; one style for the row. */
export function putRow(sheet: SheetModel, row: number, values: readonly CellLiteral[], style?: string, col = 0): void {
  values.forEach((v, i) => put(sheet, row, col + i, v, style));
}

/** A line of text across `width` columns (title, period line). */
export function putBanner(sheet: SheetModel, row: number, text: string, width: number, style: string): void {
  put(sheet, row, 0, text, style);
  if (width > 1) sheet.merges.push({ top: row, left: 0, bottom: row, right: width - 1 });
}

/** The header row: bold, framed, frozen with everything above it, printed again on every page. */
export function putHeader(sheet: SheetModel, row: number, labels: readonly string[]): void {
  putRow(sheet, row, labels, "header");
  sheet.freezeRows = row + 1;
  if (sheet.print) sheet.print.repeatRows = { first: row, last: row };
}
