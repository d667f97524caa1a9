// A total against the earlier period's (docs/contract.md §4.5): "so với năm 2023 (400 buổi), tăng
// 42 buổi (10,5 %)". A rate moves in percentage points, not in percent of itself:
//   change = now − before; changePct = change × 100 / before (not said when before is 0).
import type { Change } from "../consolidate/compare-previous";
import type { Indicator, Plan } from "../plan/schema";
import { formatNumberVi } from "../text/number-format";
import { isRate, lowerFirst, valueText } from "./words";

/** How the earlier period is named in a sentence: its label when this plan knows it ("năm 2023"), else its code. */
export function previousPeriodText(plan: Plan, previousPeriod: string, currentPeriod: string): string {
  if (previousPeriod === currentPeriod) return "lần tổng hợp trước của cùng kỳ";
  const known = plan.periods.find((p) => p.code === previousPeriod);
  return known ? lowerFirst(known.label) : `kỳ ${previousPeriod}`;
}

function amountText(indicator: Indicator, amount: number): string {
  if (isRate(indicator)) {
    const unit = indicator.unitOfMeasure === "%" || indicator.total.kind === "shareYes" ? "điểm phần trăm" : indicator.unitOfMeasure;
    return `${formatNumberVi(amount, 1)} ${unit}`;
  }
  return valueText(indicator, amount);
}

/** "so với năm 2023 (400 buổi), tăng 42 buổi (10,5 %)"; null when there is nothing to compare. */
export function comparisonClause(indicator: Indicator, change: Change | undefined, previousText: string): string | null {
  if (!change || change.previous === null || change.change === null) return null;
  const before = `so với ${previousText} (${valueText(indicator, change.previous)})`;
  if (change.change === 0) return `${before}, không thay đổi`;
  const direction = change.change > 0 ? "tăng" : "giảm";
  const pct = !isRate(indicator) && change.changePct !== null ? ` (${formatNumberVi(Math.abs(change.changePct), 1)} %)` : "";
  return `${before}, ${direction} ${amountText(indicator, Math.abs(change.change))}${pct}`;
}
