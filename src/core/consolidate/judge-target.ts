// A district total judged against the plan's target for plan.targetYear ("Mục tiêu 2025").
// Not judged (met null) when there is no value, or when a ratio's district denominator is
// below the indicator's judgeMinDenominator (a ratio on very small numbers says little).
import type { Comparison, Indicator, Plan } from "../plan/schema";
import type { TotalDetail } from "./summary";

export function compare(left: number, op: Comparison, right: number): boolean {
  switch (op) {
    case "<=":
      return left <= right;
    case "<":
      return left < right;
    case ">=":
      return left >= right;
    case ">":
      return left > right;
    case "==":
      return left === right;
    case "!=":
      return left !== right;
  }
}

export function judgeTarget(
  plan: Plan,
  indicator: Indicator,
  value: number | null,
  denominator: number | null,
): TotalDetail["target"] {
  const target = indicator.targets.find((t) => t.year === plan.targetYear);
  if (!target) return null;
  const tooSmall =
    indicator.judgeMinDenominator !== undefined && (denominator === null || denominator < indicator.judgeMinDenominator);
  const met = value === null || tooSmall ? null : compare(value, target.op, target.value);
  return { op: target.op, value: target.value, met };
}
