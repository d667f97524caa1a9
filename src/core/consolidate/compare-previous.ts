// This period against an earlier one (docs/contract.md §4.5, "so sánh cùng kỳ"): the earlier totals
// with the change and the change in %, and the units whose own figures jumped.
//   change = now − before;  changePct = change × 100 / before (null when before is 0 or missing)
//   outlier: now > before × factor, or now < before ÷ factor, and |now − before| ≥ minChange
//   (plan.outlier, default ×3 or ÷3 and by at least 10), on counted and money rows.
// Units are matched by code; a unit that replaced others (`formerly`, docs/domain.md §7) is compared
// with the sum of the former units' earlier values, and the alert says so. Only the indicators
// both periods have are compared; notes say what could not be.
import { alertMessage, comparisonNote } from "../issues/reasons-vi";
import type { Indicator, Plan, Unit } from "../plan/schema";
import type { PreviousSummary } from "../read/previous-summary";
import type { UnitAlert } from "../status/unit-status";
import { TOTAL_UNIT } from "./long-form";
import type { Summary } from "./summary";

export interface Change {
  previous: number | null;
  change: number | null;
  changePct: number | null;
}

export interface PreviousComparison {
  previousPeriod: string;
  comparison: Record<string, Change>;
  /** Vietnamese sentences: other plan, indicators or units without earlier data, former units summed. */
  notes: string[];
  /** unit code → its outlier alerts. */
  alerts: Map<string, UnitAlert[]>;
}

type Parts = Pick<Summary, "totals" | "matrix">;

function changeOf(now: number | null, before: number | null): Change {
  if (now === null || before === null) return { previous: before, change: null, changePct: null };
  const change = now - before;
  return { previous: before, change, changePct: before === 0 ? null : (change * 100) / before };
}

/** The earlier figure of `unit` for `code`: its own, else the sum of its former units'; null when none. */
function earlierValue(byUnit: Map<string, Map<string, number>>, unit: Unit, code: string): { value: number; formerly: string[] } | null {
  const own = byUnit.get(unit.code)?.get(code);
  if (own !== undefined) return { value: own, formerly: [] };
  const parts = unit.formerly.filter((f) => byUnit.get(f)?.has(code));
  if (parts.length === 0) return null;
  return { value: parts.reduce((sum, f) => sum + (byUnit.get(f)?.get(code) ?? 0), 0), formerly: parts };
}

function isOutlier(now: number, before: number, plan: Plan): boolean {
  if (Math.abs(now - before) < plan.outlier.minChange) return false;
  return now > before * plan.outlier.factor || now < before / plan.outlier.factor;
}

/** A former unit by its name in the earlier summary, else by its code (a summary without the name). */
function formerName(previous: PreviousSummary, code: string): string {
  return previous.unitNames.get(code) ?? code;
}

function outlierAlert(ind: Indicator, now: number, before: { value: number; formerly: string[] }, previous: PreviousSummary, unitFile: string | null): UnitAlert {
  const earlier = { value: before.value, formerly: before.formerly.map((code) => formerName(previous, code)) };
  return {
    rule: "outlier_vs_previous",
    message: alertMessage.outlierVsPrevious(ind, now, previous.period, earlier),
    files: unitFile ? [unitFile] : [],
  };
}

/** This run's period and as-of day, to tell a re-run of the same period or a later file from an earlier period. */
export interface ThisPeriod {
  period: string;
  asOf: string;
}

export function comparePrevious(
  plan: Plan,
  indicators: readonly Indicator[],
  parts: Parts,
  files: ReadonlyMap<string, string | null>,
  previous: PreviousSummary,
  current: ThisPeriod,
): PreviousComparison {
  const byUnit = new Map<string, Map<string, number>>();
  for (const row of previous.rows) {
    if (typeof row.value !== "number") continue;
    let values = byUnit.get(row.unit);
    if (!values) byUnit.set(row.unit, (values = new Map()));
    values.set(row.indicator, row.value);
  }
  const previousTotals = byUnit.get(TOTAL_UNIT) ?? new Map<string, number>();
  const previousCodes = new Set(previous.rows.map((r) => r.indicator));

  const comparison: Record<string, Change> = {};
  const notCompared: string[] = [];
  for (const ind of indicators) {
    if (ind.type === "text") continue;
    if (!previousCodes.has(ind.code)) {
      notCompared.push(ind.code);
      continue;
    }
    comparison[ind.code] = changeOf(parts.totals[ind.code] ?? null, previousTotals.get(ind.code) ?? null);
  }

  const alerts = new Map<string, UnitAlert[]>();
  const withoutEarlier: string[] = [];
  const summed: string[] = [];
  for (const unit of plan.units) {
    const values = parts.matrix[unit.code];
    if (!values) continue;
    let anyEarlier = false;
    let viaFormer = false;
    for (const ind of indicators) {
      if (ind.type !== "count" && ind.type !== "money") continue;
      const now = values[ind.code];
      if (typeof now !== "number") continue;
      const before = earlierValue(byUnit, unit, ind.code);
      if (before === null) continue;
      anyEarlier = true;
      viaFormer ||= before.formerly.length > 0;
      if (!isOutlier(now, before.value, plan)) continue;
      const list = alerts.get(unit.code) ?? [];
      list.push(outlierAlert(ind, now, before, previous, files.get(unit.code) ?? null));
      alerts.set(unit.code, list);
    }
    if (!anyEarlier) withoutEarlier.push(unit.name);
    if (viaFormer) summed.push(`${unit.name} (${unit.formerly.map((code) => formerName(previous, code)).join(", ")})`);
  }

  const notes: string[] = [];
  // first what may mean the wrong file was picked: the same period again, or a later summary
  if (previous.plan === plan.id && previous.period === current.period) notes.push(comparisonNote.samePeriod(previous.period, previous.asOf));
  else if (previous.asOf !== "" && previous.asOf > current.asOf) notes.push(comparisonNote.laterThanThis(previous.period, previous.asOf, current.asOf));
  if (previous.plan !== plan.id) {
    notes.push(comparisonNote.otherPlan(previous.period, previous.plan, plan.id, Object.keys(comparison).length));
  }
  if (notCompared.length > 0) notes.push(comparisonNote.notCompared(notCompared));
  if (summed.length > 0) notes.push(comparisonNote.summedFromFormer(summed));
  if (withoutEarlier.length > 0) notes.push(comparisonNote.withoutEarlier(withoutEarlier));
  return { previousPeriod: previous.period, comparison, notes, alerts };
}
