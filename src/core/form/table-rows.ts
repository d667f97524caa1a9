// Writes the table body: section rows and indicator rows (docs/domain.md §3).
import { a1 } from "../grid/address";
import type { Indicator, Plan } from "../plan/schema";
import { calcFormula, type AddressOf } from "./calc-formula";
import type { FormRow } from "./form-rows";
import { COL, HEIGHTS, LABEL_CHARS_PER_LINE, LAST_COL } from "./layout";
import { merge, paint, put, setHeight, type SheetDraft } from "./sheet-draft";
import { STYLE, type StyleKey } from "./styles";
import { targetText } from "./target-text";
import { textValidation, validationFor } from "./validations";

const VALUE_STYLE: Record<Indicator["type"], StyleKey> = {
  count: STYLE.inputCount,
  money: STYLE.inputMoney,
  yesno: STYLE.inputYesNo,
  text: STYLE.inputText,
  calc: STYLE.calc,
};

/** Rough height of a wrapped label: Excel keeps stored heights and does not autofit on open. */
export function labelHeight(label: string, charsPerLine: number = LABEL_CHARS_PER_LINE): number | undefined {
  const lines = Math.ceil(label.length / charsPerLine);
  return lines > 1 ? lines * HEIGHTS.lineOfText + 3 : undefined;
}

/** A section row: STT (I, II…) and title, bold on a fill; the Mã cell stays empty. */
export function writeSectionRow(draft: SheetDraft, row: number, stt: string, title: string): void {
  put(draft, row, COL.stt, stt, STYLE.sectionStt);
  paint(draft, row, COL.code, STYLE.sectionFill);
  put(draft, row, COL.label, title, STYLE.sectionTitle);
  for (let c = COL.uom; c <= LAST_COL; c++) paint(draft, row, c, STYLE.sectionFill);
}

function writeValueCell(draft: SheetDraft, row: number, indicator: Indicator, addressOf: AddressOf): void {
  const style = VALUE_STYLE[indicator.type];
  if (indicator.type === "calc") {
    const formula = indicator.calc ? calcFormula(indicator.calc, addressOf) : null;
    if (formula) draft.cells.push({ row, col: COL.value, formula, style });
    else paint(draft, row, COL.value, style);
    return;
  }
  draft.cells.push({ row, col: COL.value, style, validation: validationFor(indicator) });
}

export function writeIndicatorRow(draft: SheetDraft, plan: Plan, row: number, stt: string, indicator: Indicator, addressOf: AddressOf): void {
  put(draft, row, COL.stt, stt, STYLE.stt);
  put(draft, row, COL.code, indicator.code, STYLE.code);
  put(draft, row, COL.label, indicator.label, indicator.parent ? STYLE.childLabel : STYLE.label);
  put(draft, row, COL.uom, indicator.unitOfMeasure, STYLE.uom);
  writeValueCell(draft, row, indicator, addressOf);
  put(draft, row, COL.target, targetText(indicator, plan.targetYear), STYLE.target);
  draft.cells.push({ row, col: COL.note, style: STYLE.note, validation: textValidation() });
  const height = labelHeight(indicator.label);
  if (height) setHeight(draft, row, height);
}

/** A narrative row (NX01, NX02): code in Mã, label in Chỉ tiêu, a tall text input over E:G. */
export function writeNarrativeRow(draft: SheetDraft, row: number, stt: string, indicator: Indicator): void {
  put(draft, row, COL.stt, stt, STYLE.stt);
  put(draft, row, COL.code, indicator.code, STYLE.code);
  put(draft, row, COL.label, indicator.label, STYLE.narrativeLabel);
  put(draft, row, COL.uom, indicator.unitOfMeasure, STYLE.uom);
  draft.cells.push({ row, col: COL.value, style: STYLE.inputText, validation: validationFor(indicator) });
  merge(draft, row, COL.value, row, LAST_COL, STYLE.inputText);
  setHeight(draft, row, HEIGHTS.narrative);
}

/** Writes table or narrative rows laid out by layoutRows. */
export function writeRows(draft: SheetDraft, plan: Plan, rows: readonly FormRow[], addressOf: AddressOf): void {
  for (const r of rows) {
    if (r.kind === "section") writeSectionRow(draft, r.row, r.stt, r.section.title);
    else if (r.kind === "indicator") writeIndicatorRow(draft, plan, r.row, r.stt, r.indicator, addressOf);
    else writeNarrativeRow(draft, r.row, r.stt, r.indicator);
  }
}

/** Code → "E25" for every code row, from the layout. */
export function valueAddresses(rows: readonly FormRow[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const r of rows) if (r.kind !== "section") map.set(r.indicator.code, a1(r.row, COL.value));
  return map;
}
