// The small-number rule (docs/domain.md §8): in a chart or a sentence of the narrative report, a
// per-unit count about victims, perpetrators or trafficking cases (section II, codes BL*) below
// SMALL_COUNT_LIMIT is shown as "< 5", never as itself: in a small xã a count of 1 or 2 can
// identify a person. The rule is literal: 0 is below 5 too, so "< 5" never tells 0 from 1.
// District or province totals are shown as they are. The exact values stay in the matrix and the
// long form, which say they are sensitive (docs/domain.md §8).
import { formatNumberVi } from "../text/number-format";

export const SMALL_COUNT_LIMIT = 5;
export const SMALL_COUNT_TEXT = `< ${SMALL_COUNT_LIMIT}`;

/** Rows about victims, perpetrators and trafficking cases: counts of section II (BL01…BL10, their "Trong đó"). */
export function isSensitiveCount(indicator: { code: string; type: string }): boolean {
  return indicator.type === "count" && /^BL\d/.test(indicator.code);
}

/** What a chart or a sentence may show of a value: the number, or nothing but the words "< 5". */
export type ShownCount = { suppressed: false; value: number; text: string } | { suppressed: true; value: null; text: string };

/**
 * A count as it may be shown. `scope` "unit" is one unit's figure, "total" the district's (or
 * the province's). Only a sensitive per-unit count below the limit is suppressed.
 */
export function shownCount(value: number, sensitive: boolean, scope: "unit" | "total"): ShownCount {
  if (sensitive && scope === "unit" && value < SMALL_COUNT_LIMIT) return { suppressed: true, value: null, text: SMALL_COUNT_TEXT };
  return { suppressed: false, value, text: formatNumberVi(value) };
}

/** Shown instead of a count hidden only so that a "< 5" cannot be worked out from the total. */
export const HIDDEN_COUNT_TEXT = "ẩn";

export interface UnitCount {
  unit: string;
  value: number;
}

/**
 * Per-unit counts of a sensitive row as a chart may show them, beside a total that is shown as it
 * is. When exactly one unit's count is "< 5", total − the others would give it back, so the
 * smallest other count is hidden too ("ẩn"): two hidden counts only give their sum.
 */
export function shownUnitCounts(counts: readonly UnitCount[], sensitive: boolean): { unit: string; shown: ShownCount }[] {
  const shown = counts.map((c) => ({ unit: c.unit, shown: shownCount(c.value, sensitive, "unit") }));
  const hidden = shown.filter((s) => s.shown.suppressed);
  if (hidden.length !== 1) return shown;
  let smallest: { unit: string; shown: ShownCount } | null = null;
  for (const s of shown) if (!s.shown.suppressed && (smallest === null || (s.shown.value ?? 0) < (smallest.shown.value ?? 0))) smallest = s;
  if (smallest === null) return shown;
  const keep = smallest;
  return shown.map((s) => (s === keep ? { unit: s.unit, shown: { suppressed: true, value: null, text: HIDDEN_COUNT_TEXT } } : s));
}
