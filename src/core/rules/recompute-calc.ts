// calc rows (docs/domain.md §4): value = scale × Σ numerator / Σ denominator, recomputed from the parsed
// parts, never trusted from the cell. DHIS2 "not calculable": null when a part is blank or not a
// number, or when the denominator is 0. Never throws.
import type { Calc, Term } from "../plan/schema";
import type { ParsedValue } from "../read/validated-form";

export interface CalcResult {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

/** Σ sign × value, or null when any term is blank or not a number. */
export function sumTerms(terms: readonly Term[], values: Readonly<Record<string, ParsedValue>>): number | null {
  let sum = 0;
  for (const term of terms) {
    const v = values[term.code];
    if (typeof v !== "number" || !Number.isFinite(v)) return null;
    sum += (term.sign ?? 1) * v;
  }
  return sum;
}

export function recomputeCalc(calc: Calc, values: Readonly<Record<string, ParsedValue>>): CalcResult {
  const numerator = sumTerms(calc.numerator, values);
  const denominator = sumTerms(calc.denominator, values);
  const value =
    numerator === null || denominator === null || denominator === 0 ? null : ((calc.scale ?? 100) * numerator) / denominator;
  return { value: value !== null && Number.isFinite(value) ? value : null, numerator, denominator };
}
