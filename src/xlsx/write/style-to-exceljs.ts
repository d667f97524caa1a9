// CellStyle (core) → exceljs style parts. Every call builds fresh objects: exceljs shares style
// objects between cells, and changing one shared object (e.g. protection) would change them all.
import type { Alignment, Borders, Fill, Font, Protection } from "exceljs";
import type { CellStyle } from "../../core/sheet/sheet-model";

const argb = (rgb: string) => `FF${rgb.toUpperCase()}`;

export function fontOf(style: CellStyle): Partial<Font> | undefined {
  if (!style.bold && !style.italic && !style.underline && style.size === undefined && !style.color) return undefined;
  const font: Partial<Font> = { name: "Calibri", family: 2, size: style.size ?? 11 };
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.underline) font.underline = true;
  if (style.color) font.color = { argb: argb(style.color) };
  return font;
}

export function alignmentOf(style: CellStyle): Partial<Alignment> | undefined {
  const alignment: Partial<Alignment> = {};
  if (style.hAlign) alignment.horizontal = style.hAlign;
  if (style.vAlign) alignment.vertical = style.vAlign;
  if (style.wrap) alignment.wrapText = true;
  if (style.indent) alignment.indent = style.indent;
  return Object.keys(alignment).length > 0 ? alignment : undefined;
}

export function borderOf(style: CellStyle): Partial<Borders> | undefined {
  if (!style.border) return undefined;
  const side = () => ({ style: "thin" as const, color: { argb: "FF000000" } });
  return { top: side(), left: side(), bottom: side(), right: side() };
}

export function fillOf(style: CellStyle): Fill | undefined {
  if (!style.fill) return undefined;
  return { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) }, bgColor: { argb: argb(style.fill) } };
}

export function protectionOf(style: CellStyle | undefined): Partial<Protection> {
  return { locked: style?.locked !== false };
}
