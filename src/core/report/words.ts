// Small pieces of Vietnamese the report's sentences are made of: labels made fit for a sentence,
// values with their units, lists of names.
import type { Indicator } from "../plan/schema";
import { formatNumberVi } from "../text/number-format";

/** "Trong đó: Nữ" → "nữ"; "Tỷ lệ … = BL03 × 100 / BL02" → "Tỷ lệ …" (the formula is for the form, not for prose). */
export function sentenceLabel(indicator: Pick<Indicator, "label">): string {
  const label = indicator.label.normalize("NFC").trim();
  const withoutFormula = label.split(" = ")[0].trim();
  // "Tỷ lệ = CL12 × 100 / CL13" leaves too little to say what it is.
  return withoutFormula.split(/\s+/).length > 2 ? withoutFormula : label;
}

const CHILD_PREFIX = /^trong đó\s*:\s*/i;

/** A "Trong đó:" row as the words after "trong đó" in its parent's sentence: "Trong đó: Nữ" → "nữ". */
export function childLabel(indicator: Pick<Indicator, "label">): string {
  return lowerFirst(sentenceLabel(indicator).replace(CHILD_PREFIX, ""));
}

export function lowerFirst(text: string): string {
  return text.length === 0 ? text : text[0].toLocaleLowerCase("vi") + text.slice(1);
}

export function upperFirst(text: string): string {
  return text.length === 0 ? text : text[0].toLocaleUpperCase("vi") + text.slice(1);
}

/** "A", "A và B", "A, B và C". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} và ${items[items.length - 1]}`;
}

/** A ratio's unit as written after the number: "%" sits apart ("94,5 %"), others after a space too. */
export function ratioText(value: number, unit: string): string {
  return `${formatNumberVi(value, 1)} ${unit || "%"}`;
}

/** A total with its unit: "24.913 lượt người", "45,5 triệu đồng", "94,5 %". */
export function valueText(indicator: Pick<Indicator, "type" | "unitOfMeasure" | "total">, value: number): string {
  if (indicator.type === "calc" || indicator.total.kind === "shareYes" || indicator.total.kind === "shareOfUnits") {
    return ratioText(value, indicator.total.kind === "shareYes" ? "%" : indicator.unitOfMeasure);
  }
  const unit = indicator.unitOfMeasure.trim();
  return unit ? `${formatNumberVi(value)} ${unit}` : formatNumberVi(value);
}

/** Is the row a share or a ratio (judged in percent or in its own unit), rather than a count or money? */
export function isRate(indicator: Pick<Indicator, "type" | "total">): boolean {
  return indicator.type === "calc" || indicator.total.kind === "shareYes" || indicator.total.kind === "shareOfUnits";
}
