// A unit's ratio judged against the plan's target for plan.targetYear ("Mục tiêu 2025").
// Below indicator.judgeMinDenominator the ratio is shown but not judged (a `small_base`
// warning instead): 1 boy and 0 girls born is not a sex ratio.
import type { Indicator, Plan, Target } from "../plan/schema";
import { compareNumbers } from "./compare-values";

export type TargetJudgement =
  | { kind: "none" } // no value, or no target for the year
  | { kind: "small_base"; denominator: number; min: number }
  | { kind: "met"; target: Target }
  | { kind: "missed"; target: Target };

export function targetFor(plan: Plan, indicator: Indicator): Target | undefined {
  return indicator.targets.find((t) => t.year === plan.targetYear);
}

export function judgeTarget(plan: Plan, indicator: Indicator, value: number | null, denominator: number | null): TargetJudgement {
  if (value === null) return { kind: "none" };
  const min = indicator.judgeMinDenominator;
  if (min !== undefined && denominator !== null && denominator < min) return { kind: "small_base", denominator, min };
  const target = targetFor(plan, indicator);
  if (!target) return { kind: "none" };
  return compareNumbers(value, target.op, target.value) ? { kind: "met", target } : { kind: "missed", target };
}
