// PrintSetup (core) → the worksheet's print elements and the workbook's print titles.
// ECMA-376 §18.3.1: pageMargins (inches), pageSetup, headerFooter, rowBreaks/colBreaks; §18.2.6:
// the defined name _xlnm.Print_Titles.
import { columnLetter } from "../../core/grid/address";
import { headerFooterCode } from "../../core/sheet/print-layout";
import type { HeaderFooterText, PrintSetup, SheetModel } from "../../core/sheet/sheet-model";
import { attributeText, xmlEscape } from "./xml-text";

/** paperSize 9 = A4 (ECMA-376 §18.3.1.63). */
const PAPER_SIZE = { A4: 9 } as const;
const MM_PER_INCH = 25.4;
const MAX_ROW = 1048575;
const MAX_COL = 16383;

const inches = (mm: number) => Number((mm / MM_PER_INCH).toFixed(4));

/**
 * Header and footer codes (ECMA-376 §18.3.1.39): &L, &C, &R open a part, &P is the page number,
 * &N the number of pages, && a literal ampersand.
 */
export function headerFooterCodes(text: HeaderFooterText): string {
  const part = (code: string, value: string | undefined) =>
    value ? `&${code}${headerFooterCode(value)}` : "";
  return part("L", text.left) + part("C", text.center) + part("R", text.right);
}

/** sheetPr's pageSetUpPr: fitToPage makes pageSetup's fitToWidth/fitToHeight count. */
export function fitsToPage(sheet: SheetModel): boolean {
  return sheet.print?.fit.kind === "width";
}

function breaks(tag: string, indexes: readonly number[], max: number): string {
  const list = [...new Set(indexes)].filter((i) => i > 0).sort((a, b) => a - b);
  if (list.length === 0) return "";
  // A break's id is the index of the last row (column) before it, 1-based: the new page's first, 0-based.
  const items = list.map((i) => `<brk id="${i}" max="${max}" man="1"/>`).join("");
  return `<${tag} count="${list.length}" manualBreakCount="${list.length}">${items}</${tag}>`;
}

/** printOptions … colBreaks, in schema order; pageSetup is always written (A4, the orientation). */
export function printElements(sheet: SheetModel): string {
  const print: PrintSetup | undefined = sheet.print;
  const orientation = sheet.landscape ? "landscape" : "portrait";
  if (!print) return `<pageSetup paperSize="${PAPER_SIZE.A4}" orientation="${orientation}"/>`;
  const m = print.margins;
  let xml = print.centerHorizontally ? '<printOptions horizontalCentered="1"/>' : "";
  xml += `<pageMargins left="${inches(m.left)}" right="${inches(m.right)}" top="${inches(m.top)}" bottom="${inches(m.bottom)}" header="${inches(m.header)}" footer="${inches(m.footer)}"/>`;
  const fit = print.fit.kind === "width" ? ' fitToWidth="1" fitToHeight="0"' : ` scale="${Math.round(print.fit.percent)}"`;
  xml += `<pageSetup paperSize="${PAPER_SIZE[print.paper]}" orientation="${orientation}"${fit}/>`;
  if (print.header || print.footer) {
    xml += "<headerFooter>";
    if (print.header) xml += `<oddHeader>${attributeText(headerFooterCodes(print.header))}</oddHeader>`;
    if (print.footer) xml += `<oddFooter>${attributeText(headerFooterCodes(print.footer))}</oddFooter>`;
    xml += "</headerFooter>";
  }
  xml += breaks("rowBreaks", print.rowBreaks ?? [], MAX_COL);
  xml += breaks("colBreaks", print.columnBreaks ?? [], MAX_ROW);
  return xml;
}

/** 'Tổng hợp' → "'Tổng hợp'": a sheet name in a reference, quoted, inner quotes doubled. */
export function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The _xlnm.Print_Titles value, e.g. 'MaTran'!$A:$C,'MaTran'!$3:$3; null when nothing repeats. */
export function printTitles(sheet: SheetModel): string | null {
  const q = quotedSheetName(sheet.name);
  const parts: string[] = [];
  const cols = sheet.print?.repeatColumns;
  const rows = sheet.print?.repeatRows;
  if (cols) parts.push(`${q}!$${columnLetter(cols.first)}:$${columnLetter(cols.last)}`);
  if (rows) parts.push(`${q}!$${rows.first + 1}:$${rows.last + 1}`);
  return parts.length > 0 ? xmlEscape(parts.join(",")) : null;
}
