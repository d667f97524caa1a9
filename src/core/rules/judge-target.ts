// A ratio judged against the plan's target for plan.targetYear ("Mục tiêu 2025") — one rule for a
// unit's form and for the district total. A ratio whose base Σ(judgeMinBase.terms) is below its
// minimum is shown but not judged (a `small_base` warning on a form): 1 boy and 0 girls born in a
// commune is not a sex ratio.
import type { Indicator, Plan, Target } from "../plan/schema";
import { compareNumbers } from "./compare-values";

export type TargetJudgement =
  | { kind: "none" } // no value, or no target for the year
  | { kind: "small_base"; base: number; min: number }
  | { kind: "met"; target: Target }
  | { kind: "missed"; target: Target };

export function targetFor(plan: Plan, indicator: Indicator): Target | undefined {
  return indicator.targets.find((t) => t.year === plan.targetYear);
}

/** valueOf gives the number behind a code (a form's value or a district total), null when blank. */
export function judgeTarget(
  plan: Plan,
  indicator: Indicator,
  value: number | null,
  valueOf: (code: string) => number | null,
): TargetJudgement {
  if (value === null) return { kind: "none" };
  const minBase = indicator.judgeMinBase;
  if (minBase) {
    let base = 0;
    for (const t of minBase.terms) base += t.sign * (valueOf(t.code) ?? 0);
    if (base < minBase.min) return { kind: "small_base", base, min: minBase.min };
  }
  const target = targetFor(plan, indicator);
  if (!target) return { kind: "none" };
  return compareNumbers(value, target.op, target.value) ? { kind: "met", target } : { kind: "missed", target };
}
