// The "Mục tiêu <year>" column: the target for plan.targetYear as an officer reads it ("≥ 60", "≤ 111").
import type { Comparison, Indicator } from "../plan/schema";
import { formatNumberVi } from "../text/number-format";

const SYMBOL: Record<Comparison, string> = { ">=": "≥ ", "<=": "≤ ", ">": "> ", "<": "< ", "==": "", "!=": "≠ " };

export function targetText(indicator: Indicator, targetYear: number): string {
  return indicator.targets
    .filter((t) => t.year === targetYear)
    .map((t) => `${SYMBOL[t.op]}${formatNumberVi(t.value)}`)
    .join("; ");
}
