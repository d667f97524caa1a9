// Whose totals these are, in words: a district's ("toàn huyện") or, after 1/7/2025, a province's
// ("toàn tỉnh"; docs/domain.md §7), told by the plan's issuer.
import type { Plan } from "../plan/schema";
import { foldText } from "../text/normalize";

export function scopeWord(plan: Pick<Plan, "issuer">): string {
  const issuer = foldText(plan.issuer);
  if (/\b(tỉnh|thành phố)\b/u.test(issuer) && !/\bhuyện\b/u.test(issuer)) return "toàn tỉnh";
  if (/\b(huyện|thị xã|quận)\b/u.test(issuer)) return "toàn huyện";
  return "toàn địa bàn";
}
