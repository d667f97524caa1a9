// Matching header text to the roster (docs/domain.md §2.1): names and labels arrive in NFC or NFD,
// with stray spaces and mixed case. Exact code first, then foldText equality, then
// foldTextLoose (no diacritics: "Vĩnh Hoà" vs "Vĩnh Hòa", a keyboard without tones) when it is
// unambiguous. The roster is folded once per plan (plan-index); each text is folded once.
import type { Period, Plan, Unit } from "../plan/schema";
import { foldCode } from "../text";
import { matchName, planIndex } from "./plan-index";
import { MAX_LABEL_CELL } from "./sheet-text";

export function identifyUnit(plan: Plan, text: string): Unit | null {
  if (text.length > MAX_LABEL_CELL) return null;
  const index = planIndex(plan);
  return index.unitsByCode.get(foldCode(text)) ?? matchName(index.unitNames, text);
}

/** "Năm 2024 (từ 15/12/2023 đến 14/12/2024)" → the period labelled "Năm 2024". */
export function identifyPeriod(plan: Plan, text: string): Period | null {
  if (text.length > MAX_LABEL_CELL) return null;
  const label = text.replace(/\(.*$/s, "").trim();
  const index = planIndex(plan);
  return index.periodsByUpperCode.get(label.toUpperCase()) ?? matchName(index.periodLabels, label);
}
