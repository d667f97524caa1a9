// One district total per total rule (docs/domain.md §4 "total"), over the counted forms.
// Results are unrounded; rounding is for display only.
import type { Calc, Term, TotalRule } from "../plan/schema";
import { foldText } from "../text";
import { numberOf, sumOf, type CountedForm } from "./counted-form";

export interface RawTotal {
  value: number | null;
  contributors: number;
  /** Sum over the units not counted (sumKinds, fromUnit), for the cross-check. */
  othersSum?: number | null;
}

const YES = foldText("Có");
const NO = foldText("Không");

/** sum: over every unit that reported the row; null when none did. */
export function totalSum(forms: readonly CountedForm[], code: string): RawTotal {
  return sumOf(forms, code);
}

/** sumKinds: communes only, because district bodies report the same cases again. */
export function totalSumKinds(forms: readonly CountedForm[], code: string, kinds: readonly string[]): RawTotal {
  const counted = sumOf(forms.filter((f) => kinds.includes(f.unit.kind)), code);
  const others = sumOf(forms.filter((f) => !kinds.includes(f.unit.kind)), code);
  return { ...counted, othersSum: others.value };
}

/** fromUnit: that unit's own figure; null when it did not report. */
export function totalFromUnit(forms: readonly CountedForm[], code: string, unit: string): RawTotal {
  const source = forms.find((f) => f.unit.code === unit);
  const value = source ? numberOf(source, code) : null;
  const others = sumOf(forms.filter((f) => f.unit.code !== unit), code);
  return { value, contributors: value === null ? 0 : 1, othersSum: others.value };
}

function signedSum(terms: readonly Term[], totals: ReadonlyMap<string, RawTotal>): number | null {
  let sum = 0;
  for (const t of terms) {
    const part = totals.get(t.code)?.value ?? null;
    if (part === null) return null;
    sum += t.sign * part;
  }
  return sum;
}

/**
 * ratio: scale × Σnumerator / Σdenominator over the DISTRICT totals of its parts, never an
 * average of the units' percentages. Null when a part is null or the denominator is 0.
 */
export function totalRatio(calc: Calc | undefined, totals: ReadonlyMap<string, RawTotal>): RawTotal {
  if (!calc) return { value: null, contributors: 0 };
  const numerator = signedSum(calc.numerator, totals);
  const denominator = signedSum(calc.denominator, totals);
  const parts = [...calc.numerator, ...calc.denominator].map((t) => totals.get(t.code)?.contributors ?? 0);
  const contributors = Math.min(...parts);
  if (numerator === null || denominator === null || denominator === 0) return { value: null, contributors };
  return { value: (calc.scale * numerator) / denominator, contributors };
}

/** shareYes: % of the answering units that said "Có". */
export function totalShareYes(forms: readonly CountedForm[], code: string): RawTotal {
  let answered = 0;
  let yes = 0;
  for (const f of forms) {
    const v = f.values[code];
    if (typeof v !== "string") continue;
    const folded = foldText(v);
    if (folded === YES) yes++;
    if (folded === YES || folded === NO) answered++;
  }
  return { value: answered === 0 ? null : (yes * 100) / answered, contributors: answered };
}

/**
 * shareOfUnits: % of the units that reported `code` whose value is ≥ atLeast, over the units of
 * `kinds` only when given (TL_CL01 = units with CL01.NU ≥ 1 × 100 / reporting state bodies and
 * local governments: docs/domain.md §4 V).
 */
export function totalShareOfUnits(forms: readonly CountedForm[], code: string, atLeast: number, kinds?: readonly string[]): RawTotal {
  let reporting = 0;
  let meeting = 0;
  for (const f of forms) {
    if (kinds && !kinds.includes(f.unit.kind)) continue;
    const n = numberOf(f, code);
    if (n === null) continue;
    reporting++;
    if (n >= atLeast) meeting++;
  }
  return { value: reporting === 0 ? null : (meeting * 100) / reporting, contributors: reporting };
}

/** Every rule but ratio, which needs the other totals first. */
export function totalByRule(rule: TotalRule, forms: readonly CountedForm[], code: string): RawTotal {
  switch (rule.kind) {
    case "sum":
      return totalSum(forms, code);
    case "sumKinds":
      return totalSumKinds(forms, code, rule.kinds);
    case "fromUnit":
      return totalFromUnit(forms, code, rule.unit);
    case "shareYes":
      return totalShareYes(forms, code);
    case "shareOfUnits":
      return totalShareOfUnits(forms, rule.code, rule.atLeast, rule.kinds);
    case "ratio":
    case "none":
      return { value: null, contributors: 0 };
  }
}
