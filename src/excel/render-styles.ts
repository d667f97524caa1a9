// CellStyle (data) → Office.js range format. Number formats are NOT set here: they travel in the
// numberFormat 2-D array written before the values (see cell-blocks.ts).
import type { CellStyle } from "../core/sheet";
import type { HostSupport } from "./support";

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

export function hexColor(rrggbb: string): string {
  return rrggbb.startsWith("#") ? rrggbb : `#${rrggbb}`;
}

/** True when the style sets anything besides the number format (a new sheet starts locked, so locked:true is free). */
export function styleNeedsFormat(style: CellStyle): boolean {
  const { numFmt: _numFmt, locked, border: _border, ...rest } = style;
  return locked === false || Object.values(rest).some((v) => v !== undefined);
}

/** Queues the style's font, fill, alignment and lock on one format object; returns the actions queued. */
export function applyStyle(format: Excel.RangeFormat, style: CellStyle, support: HostSupport): number {
  let actions = 0;
  const set = (apply: () => void) => {
    apply();
    actions++;
  };
  if (style.bold !== undefined) set(() => (format.font.bold = style.bold === true));
  if (style.italic !== undefined) set(() => (format.font.italic = style.italic === true));
  if (style.underline !== undefined) set(() => (format.font.underline = style.underline ? "Single" : "None"));
  if (style.size !== undefined) set(() => (format.font.size = style.size as number));
  if (style.fontName !== undefined) set(() => (format.font.name = style.fontName as string));
  if (style.color !== undefined) set(() => (format.font.color = hexColor(style.color as string)));
  if (style.fill !== undefined) set(() => (format.fill.color = hexColor(style.fill as string)));
  if (style.hAlign !== undefined) set(() => (format.horizontalAlignment = H_ALIGN[style.hAlign as keyof typeof H_ALIGN]));
  if (style.vAlign !== undefined) set(() => (format.verticalAlignment = V_ALIGN[style.vAlign as keyof typeof V_ALIGN]));
  if (style.wrap !== undefined) set(() => (format.wrapText = style.wrap === true));
  // indentLevel is ExcelApi 1.9; on older Excel the indent is cosmetic and simply left out.
  if (style.indent !== undefined && support.api19) set(() => (format.indentLevel = style.indent as number));
  if (style.locked === false) set(() => (format.protection.locked = false));
  return actions;
}

type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

/** Thin border on all four sides of every cell of a rows × cols range; returns the actions queued. */
export function applyThinBorders(range: Excel.Range, rows: number, cols: number): number {
  const edges: Edge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  // Inside edges only where the range has an inside: a single row has no inside horizontal.
  if (rows > 1) edges.push("InsideHorizontal");
  if (cols > 1) edges.push("InsideVertical");
  for (const edge of edges) {
    const border = range.format.borders.getItem(edge);
    border.style = "Continuous";
    border.weight = "Thin";
  }
  return edges.length * 2;
}
