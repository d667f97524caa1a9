// The indicators × units matrix and the narratives, from the counted forms, in roster and catalog order.
import type { Indicator } from "../plan/schema";
import type { ParsedValue } from "../read/validated-form";
import type { CountedForm } from "./counted-form";
import type { Summary } from "./summary";

export function buildMatrix(forms: readonly CountedForm[], indicators: readonly Indicator[]): Summary["matrix"] {
  const matrix: Summary["matrix"] = {};
  for (const f of forms) {
    const row: Record<string, ParsedValue> = {};
    for (const ind of indicators) if (ind.code in f.values) row[ind.code] = f.values[ind.code];
    matrix[f.unit.code] = row;
  }
  return matrix;
}

/** The non-empty text rows (NX01 Khó khăn, NX02 Đề xuất) of each unit that wrote any. */
export function buildNarratives(forms: readonly CountedForm[], indicators: readonly Indicator[]): Summary["narratives"] {
  const textCodes = indicators.filter((i) => i.type === "text").map((i) => i.code);
  const narratives: Summary["narratives"] = [];
  for (const f of forms) {
    const texts: Record<string, string> = {};
    for (const code of textCodes) {
      const v = f.values[code];
      if (typeof v === "string" && v.trim() !== "") texts[code] = v;
    }
    if (Object.keys(texts).length > 0) narratives.push({ unit: f.unit.code, texts });
  }
  return narratives;
}
