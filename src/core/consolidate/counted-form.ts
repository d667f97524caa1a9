import type { Unit } from "../plan/schema";
import type { ParsedValue } from "../read/validated-form";

/** A form whose numbers go into the totals (a used form, or an invalid winner with includeInvalid), in roster order. */
export interface CountedForm {
  unit: Unit;
  values: Record<string, ParsedValue>;
}

/** The unit's figure for a code when it is a number, else null (blank, text, not on its form). */
export function numberOf(form: CountedForm, code: string): number | null {
  const v = form.values[code];
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

/** Σ over the given forms of those that reported the code; null when none did. */
export function sumOf(forms: readonly CountedForm[], code: string): { value: number | null; contributors: number } {
  let value: number | null = null;
  let contributors = 0;
  for (const f of forms) {
    const n = numberOf(f, code);
    if (n === null) continue;
    value = (value ?? 0) + n;
    contributors++;
  }
  return { value, contributors };
}
