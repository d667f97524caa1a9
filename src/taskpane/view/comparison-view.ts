// What the pane shows of "So sánh với kỳ trước" (docs/contract.md §4.5): the indicators that moved
// most, in % of their earlier total, and the units whose own figures jumped (outlier_vs_previous).
// The full table is the summary's "SoSanh" sheet; the pane only points at what to look at first.
import type { Summary } from "../../core/consolidate";
import { findIndicator, findUnit, type Plan } from "../../core/plan";
import { formatNumberVi } from "../../core/text";

export interface ChangeLine {
  code: string;
  label: string;
  now: string;
  before: string;
  /** "+12" / "−3" / "" when it cannot be told. */
  change: string;
  /** "+25,0 %" (a no-break space before %, so the pane never wraps it off its number) / "" when the earlier total is 0 or missing. */
  changePct: string;
}

export interface OutlierLine {
  unit: string;
  unitName: string;
  message: string;
}

export interface ComparisonView {
  previousPeriod: string;
  /** Indicators with a change, largest |change %| first (a change from 0 after them), at most `limit`. */
  lines: ChangeLine[];
  /** How many indicators were compared in all. */
  compared: number;
  /** The first OUTLIER_LINES outlier alerts, in the summary's unit order. */
  outliers: OutlierLine[];
  /** How many outlier alerts there are in all (a province can have dozens: the pane lists the first). */
  outlierCount: number;
  notes: string[];
}

export const COMPARISON_LINES = 8;
export const OUTLIER_LINES = 10;

const MINUS = "\u2212";
const signed = (n: number, text: string): string => (n > 0 ? `+${text}` : n < 0 ? `${MINUS}${text.replace(/^-/, "")}` : text);
const shown = (n: number | null | undefined): string => (typeof n === "number" ? formatNumberVi(n) : "");

export function comparisonView(plan: Plan, summary: Summary, limit = COMPARISON_LINES): ComparisonView | null {
  if (!summary.comparison || !summary.previousPeriod) return null;
  const entries = Object.entries(summary.comparison);
  const moved = entries.filter(([, c]) => c.change !== null && c.change !== 0);
  // |%| first; a change from an earlier 0 has no % and comes after, by its size
  moved.sort(([, a], [, b]) => Math.abs(b.changePct ?? -1) - Math.abs(a.changePct ?? -1) || Math.abs(b.change ?? 0) - Math.abs(a.change ?? 0));
  const lines = moved.slice(0, limit).map(([code, c]): ChangeLine => ({
    code,
    label: findIndicator(plan, code)?.label ?? code,
    now: shown(summary.totals[code]),
    before: shown(c.previous),
    change: c.change === null ? "" : signed(c.change, formatNumberVi(c.change)),
    changePct: c.changePct === null ? "" : `${signed(c.changePct, formatNumberVi(c.changePct, 1))}\u00a0%`,
  }));
  const outliers = summary.units.flatMap((u) =>
    u.alerts.filter((a) => a.rule === "outlier_vs_previous").map((a) => ({ unit: u.unit, unitName: findUnit(plan, u.unit)?.name ?? u.unit, message: a.message })),
  );
  return { previousPeriod: summary.previousPeriod, lines, compared: entries.length, outliers: outliers.slice(0, OUTLIER_LINES), outlierCount: outliers.length, notes: summary.comparisonNotes };
}
