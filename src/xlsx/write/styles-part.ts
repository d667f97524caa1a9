// CellStyle (core) → xl/styles.xml. Equal styles share one cell format (xf), and every font, fill,
// border and number format is written once. Index 0 of each list is the workbook default: Calibri
// 11 (the font whose digit width defines column widths), no fill, no border, "General", locked.
import type { CellStyle } from "../../core/sheet/sheet-model";
import { IndexedPool as Pool } from "./indexed-pool";
import { xmlEscape } from "./xml-text";

const DEFAULT_FONT = "Calibri";
const DEFAULT_SIZE = 11;
/** Font families of ECMA-376 §18.8.18: 1 roman (serif), 2 swiss (sans serif). */
const FAMILY: Record<string, number> = { Calibri: 2, Arial: 2, "Times New Roman": 1 };

/**
 * Built-in number formats (ECMA-376 §18.8.30) that mean the same in every locale; any other code,
 * dates included (built-in 14 follows the system's date order), gets an id from 164 on.
 */
const BUILT_IN_FORMAT: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "@": 49 };
const FIRST_CUSTOM_FORMAT = 164;

const argb = (rgb: string) => `FF${rgb.toUpperCase()}`;
const VERTICAL = { top: "top", middle: "center", bottom: "bottom" } as const;

function fontXml(style: CellStyle): string {
  const name = style.fontName ?? DEFAULT_FONT;
  const family = FAMILY[name];
  return (
    "<font>" +
    (style.bold ? "<b/>" : "") +
    (style.italic ? "<i/>" : "") +
    (style.underline ? "<u/>" : "") +
    `<sz val="${style.size ?? DEFAULT_SIZE}"/>` +
    (style.color ? `<color rgb="${argb(style.color)}"/>` : "") +
    `<name val="${xmlEscape(name)}"/>` +
    (family ? `<family val="${family}"/>` : "") +
    "</font>"
  );
}

function fillXml(rgb: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="${argb(rgb)}"/><bgColor rgb="${argb(rgb)}"/></patternFill></fill>`;
}

const THIN = '<left style="thin"><color rgb="FF000000"/></left><right style="thin"><color rgb="FF000000"/></right><top style="thin"><color rgb="FF000000"/></top><bottom style="thin"><color rgb="FF000000"/></bottom><diagonal/>';

function alignmentXml(style: CellStyle): string {
  const attrs: string[] = [];
  if (style.hAlign) attrs.push(`horizontal="${style.hAlign}"`);
  if (style.vAlign) attrs.push(`vertical="${VERTICAL[style.vAlign]}"`);
  if (style.wrap) attrs.push('wrapText="1"');
  if (style.indent) attrs.push(`indent="${Math.round(style.indent)}"`);
  return attrs.length > 0 ? `<alignment ${attrs.join(" ")}/>` : "";
}

export class StyleRegistry {
  private readonly fonts = new Pool([fontXml({})]);
  private readonly fills = new Pool(['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>']);
  private readonly borders = new Pool(["<border><left/><right/><top/><bottom/><diagonal/></border>", `<border>${THIN}</border>`]);
  private readonly customFormats = new Map<string, number>();
  private readonly xfs = new Pool(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  private readonly cache = new WeakMap<CellStyle, number>();

  /** The cellXfs index of `style`; 0 (the default, locked) when there is none. */
  indexOf(style: CellStyle | undefined): number {
    if (!style) return 0;
    const known = this.cache.get(style);
    if (known !== undefined) return known;
    const font = this.fonts.add(fontXml(style));
    const fill = style.fill ? this.fills.add(fillXml(style.fill)) : 0;
    const border = style.border ? 1 : 0;
    const numFmt = style.numFmt ? this.formatId(style.numFmt) : 0;
    const alignment = alignmentXml(style);
    const unlocked = style.locked === false;
    let xf = `<xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"`;
    if (numFmt) xf += ' applyNumberFormat="1"';
    if (font) xf += ' applyFont="1"';
    if (fill) xf += ' applyFill="1"';
    if (border) xf += ' applyBorder="1"';
    if (alignment) xf += ' applyAlignment="1"';
    if (unlocked) xf += ' applyProtection="1"';
    xf += alignment || unlocked ? `>${alignment}${unlocked ? '<protection locked="0"/>' : ""}</xf>` : "/>";
    const index = this.xfs.add(xf);
    this.cache.set(style, index);
    return index;
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN_FORMAT[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.customFormats.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_FORMAT + this.customFormats.size;
      this.customFormats.set(code, id);
    }
    return id;
  }

  xml(): string {
    const formats = [...this.customFormats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlEscape(code)}"/>`);
    const list = (tag: string, items: readonly string[]) => `<${tag} count="${items.length}">${items.join("")}</${tag}>`;
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (formats.length > 0 ? list("numFmts", formats) : "") +
      list("fonts", this.fonts.items) +
      list("fills", this.fills.items) +
      list("borders", this.borders.items) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list("cellXfs", this.xfs.items) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0"/>' +
      "</styleSheet>"
    );
  }
}
