// The "Mục tiêu <year>" column: the target for plan.targetYear as an officer reads it ("≥ 60", "≤ 111").
import { COMPARISON_SIGN } from "../issues/comparison";
import type { Indicator } from "../plan/schema";
import { formatNumberVi } from "../text/number-format";

/** "== 60" reads as the plain target "60". */
const sign = (op: keyof typeof COMPARISON_SIGN) => (op === "==" ? "" : `${COMPARISON_SIGN[op]} `);

export function targetText(indicator: Indicator, targetYear: number): string {
  return indicator.targets
    .filter((t) => t.year === targetYear)
    .map((t) => `${sign(t.op)}${formatNumberVi(t.value)}`)
    .join("; ");
}
