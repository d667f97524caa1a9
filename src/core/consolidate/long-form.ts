// The long form (docs/contract.md §4.4 `--csv`, `_data`): one row per (period, unit, indicator) for
// every value a counted unit reported, of every type, narratives included; then one row per
// indicator with unit = TOTAL holding the totals (ratios unrounded, as in the JSON). The exact
// values are kept, small numbers included: the level above checks the sums with them
// (docs/domain.md §8), which is why the files say they are sensitive.
import type { Plan } from "../plan/schema";
import { findPeriod, findUnit, summaryIndicators } from "../plan/queries";
import type { Summary } from "./summary";

export const LONG_FORM_COLUMNS = ["period", "unit", "unit_name", "indicator", "value", "status", "source_file"] as const;
export const TOTAL_UNIT = "TOTAL";
/** docs/domain.md §8: the long form keeps exact values about victims. */
export const SENSITIVE_NOTE = "Số liệu nhạy cảm – không công bố";

export interface LongRow {
  period: string;
  unit: string;
  unitName: string;
  indicator: string;
  value: number | string | null;
  /** The unit's status (docs/contract.md §3); "" on TOTAL rows. */
  status: string;
  sourceFile: string;
}

export function longFormRows(plan: Plan, summary: Summary): LongRow[] {
  const period = findPeriod(plan, summary.period);
  const indicators = period ? summaryIndicators(plan, period, summary.recipient) : [];
  const rows: LongRow[] = [];
  for (const status of summary.units) {
    const values = summary.matrix[status.unit];
    if (!values) continue;
    const unitName = findUnit(plan, status.unit)?.name ?? status.unit;
    for (const ind of indicators) {
      const value = values[ind.code];
      if (value === null || value === undefined || value === "") continue;
      rows.push({ period: summary.period, unit: status.unit, unitName, indicator: ind.code, value, status: status.status, sourceFile: status.file ?? "" });
    }
  }
  for (const ind of indicators) {
    if (ind.type === "text") continue;
    rows.push({ period: summary.period, unit: TOTAL_UNIT, unitName: plan.issuer, indicator: ind.code, value: summary.totals[ind.code] ?? null, status: "", sourceFile: "" });
  }
  return rows;
}
