// Matching header text to the roster (domain.md §2.1): names and labels arrive in NFC or NFD,
// with stray spaces and mixed case. Exact code first, then foldText equality, then
// foldTextLoose (no diacritics: "Vĩnh Hoà" vs "Vĩnh Hòa", a keyboard without tones) when it is
// unambiguous.
import type { Period, Plan, Unit } from "../plan/schema";
import { foldCode, foldText, foldTextLoose } from "../text";
import { MAX_LABEL_CELL } from "./sheet-text";

function matchOne<T>(items: readonly T[], namesOf: (item: T) => string[], text: string): T | null {
  for (const fold of [foldText, foldTextLoose]) {
    const wanted = fold(text);
    if (wanted === "") return null;
    const hits = items.filter((item) => namesOf(item).some((n) => fold(n) === wanted));
    if (hits.length === 1) return hits[0];
    if (hits.length > 1) return null;
  }
  return null;
}

export function identifyUnit(plan: Plan, text: string): Unit | null {
  if (text.length > MAX_LABEL_CELL) return null;
  const code = foldCode(text);
  const byCode = plan.units.find((u) => u.code === code);
  if (byCode) return byCode;
  return matchOne(plan.units, (u) => [u.name, ...u.aliases], text);
}

/** "Năm 2024 (từ 15/12/2023 đến 14/12/2024)" → the period labelled "Năm 2024". */
export function identifyPeriod(plan: Plan, text: string): Period | null {
  if (text.length > MAX_LABEL_CELL) return null;
  const label = text.replace(/\(.*$/s, "").trim();
  const code = label.trim();
  const byCode = plan.periods.find((p) => p.code === code || p.code.toUpperCase() === code.toUpperCase());
  if (byCode) return byCode;
  return matchOne(plan.periods, (p) => [p.label], label);
}
