// Wherever a district total uses one source or communes only, the sum over the other reporters
// is shown beside it (docs/domain.md §4 "total"):
//   diffPct = |total − othersSum| × 100 / max(total, othersSum); warn when diffPct > tolerance.
import type { CrossCheck } from "./summary";

export function crossCheck(total: number | null, othersSum: number | null, tolerancePct: number): CrossCheck {
  if (total === null || othersSum === null) return { othersSum, diffPct: null, warn: false };
  const base = Math.max(Math.abs(total), Math.abs(othersSum));
  const diffPct = base === 0 ? 0 : (Math.abs(total - othersSum) * 100) / base;
  return { othersSum, diffPct, warn: diffPct > tolerancePct };
}
