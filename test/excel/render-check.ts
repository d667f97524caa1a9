// Compares what the fake workbook holds with the SheetModel that was written: every value,
// formula, number format, style, lock, validation, merge, width, height, freeze, tab colour.
import { a1, columnLetter } from "../../src/core/grid";
import { headerFooterCode, type SheetModel } from "../../src/core/sheet";
import { rectText } from "../fakes/fake-excel/state";
import { charactersToPoints } from "../../src/excel";
import type { FakeExcel } from "../fakes/fake-excel";

const VIS = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;
const H = { left: "Left", center: "Center", right: "Right" } as const;
const V = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

/** Returns a list of mismatches (empty when the sheet was rendered faithfully). */
export function renderMismatches(fake: FakeExcel, model: SheetModel): string[] {
  const out: string[] = [];
  const sheet = fake.sheet(model.name);
  const diff = (where: string, what: string, got: unknown, want: unknown) => {
    if (JSON.stringify(got) !== JSON.stringify(want)) out.push(`${model.name}!${where} ${what}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
  };
  diff("", "visibility", sheet.visibility, VIS[model.visibility]);
  diff("", "protected", sheet.protected, model.protect);
  diff("", "frozenRows", sheet.frozenRows, model.freezeRows ?? 0);
  diff("", "frozenColumns", sheet.frozenColumns, model.freezeColumns ?? 0);
  diff("", "tabColor", sheet.tabColor, model.tabColor ? `#${model.tabColor}`.toUpperCase() : "");
  for (const c of model.cells) {
    const at = a1(c.row, c.col);
    const cell = fake.cell(model.name, at);
    const style = c.style ? model.styles[c.style] : undefined;
    if (c.formula !== undefined) diff(at, "formula", cell?.formula, `=${c.formula}`);
    else if (c.value !== undefined && c.value !== null && c.value !== "") {
      diff(at, "formula", cell?.formula, undefined);
      diff(at, "value", cell?.value, c.value);
    }
    if (style?.numFmt !== undefined && !(typeof c.value === "string" && cell?.numberFormat === "@")) {
      diff(at, "numberFormat", cell?.numberFormat, style.numFmt);
    }
    if (!style) continue;
    const f = cell?.format;
    if (style.fill !== undefined) diff(at, "fill", f?.fill, `#${style.fill}`.toUpperCase());
    if (style.bold !== undefined) diff(at, "bold", f?.bold, style.bold);
    if (style.italic !== undefined) diff(at, "italic", f?.italic, style.italic);
    if (style.size !== undefined) diff(at, "size", f?.size, style.size);
    if (style.fontName !== undefined) diff(at, "fontName", f?.fontName, style.fontName);
    if (style.color !== undefined) diff(at, "fontColor", f?.fontColor, `#${style.color}`.toUpperCase());
    if (style.hAlign !== undefined) diff(at, "hAlign", f?.hAlign, H[style.hAlign]);
    if (style.vAlign !== undefined) diff(at, "vAlign", f?.vAlign, V[style.vAlign]);
    if (style.wrap !== undefined) diff(at, "wrap", f?.wrap, style.wrap);
    if (style.indent !== undefined) diff(at, "indent", f?.indent, style.indent);
    diff(at, "locked", f?.locked ?? true, style.locked !== false);
    if (style.border) {
      const b = f?.borders ?? {};
      diff(at, "borders", [b.top, b.bottom, b.left, b.right], ["Continuous", "Continuous", "Continuous", "Continuous"]);
    }
  }
  for (const c of model.cells) {
    if (!c.validation) continue;
    const at = a1(c.row, c.col);
    const v = fake.cell(model.name, at)?.validation as { rule?: Record<string, unknown>; errorAlert?: { message?: string } } | undefined;
    diff(at, "validation kind", Object.keys(v?.rule ?? {}), [c.validation.kind]);
    if (c.validation.errorMessage.length <= 255) diff(at, "validation message", v?.errorAlert?.message, c.validation.errorMessage);
  }
  diff("", "merges", [...sheet.merges].sort((a, b) => a.top - b.top || a.left - b.left), [...model.merges].sort((a, b) => a.top - b.top || a.left - b.left));
  model.columnWidths.forEach((w, col) => {
    if (w > 0) diff(a1(0, col), "columnWidth", sheet.columnWidths.get(col), charactersToPoints(w));
  });
  for (const [row, h] of Object.entries(model.rowHeights ?? {})) diff(`row ${Number(row) + 1}`, "rowHeight", sheet.rowHeights.get(Number(row)), h);
  if (model.landscape) diff("", "orientation", sheet.orientation, "Landscape");
  if (model.autoFilter) diff("", "autoFilter", sheet.autoFilter, rectText(model.autoFilter));
  const p = model.print;
  if (p) {
    const mm = (m: number) => Math.round((m * 72 * 100) / 25.4) / 100;
    diff("", "print paperSize", sheet.print.paperSize, p.paper);
    diff("", "print zoom", sheet.print.zoom, p.fit.kind === "width" ? { horizontalFitToPages: 1, verticalFitToPages: 0 } : { scale: p.fit.percent });
    diff("", "print margins", sheet.print.margins, {
      topMargin: mm(p.margins.top), bottomMargin: mm(p.margins.bottom), leftMargin: mm(p.margins.left),
      rightMargin: mm(p.margins.right), headerMargin: mm(p.margins.header), footerMargin: mm(p.margins.footer),
    });
    diff("", "print titleRows", sheet.print.titleRows, p.repeatRows ? `${p.repeatRows.first + 1}:${p.repeatRows.last + 1}` : null);
    diff("", "print titleColumns", sheet.print.titleColumns, p.repeatColumns ? `${columnLetter(p.repeatColumns.first)}:${columnLetter(p.repeatColumns.last)}` : null);
    diff("", "print footer", sheet.print.headersFooters.centerFooter, p.footer?.center ? headerFooterCode(p.footer.center) : undefined);
    diff("", "print columnBreaks", sheet.print.columnBreaks.length, (p.columnBreaks ?? []).filter((c) => c > 0).length);
  }
  return out;
}
