// Step 3: the district totals of every summary row, with cross-checks and targets.
// Ratios are computed after every other row, from the district totals of their parts.
import type { Issue } from "../issues";
import type { Indicator, Period, Plan } from "../plan/schema";
import { summaryIndicators } from "../plan/queries";
import type { CountedForm } from "./counted-form";
import { crossCheck } from "./cross-check";
import { judgeTarget, targetFor } from "../rules/judge-target";
import type { TotalDetail } from "./summary";
import { totalByRule, totalRatio, type RawTotal } from "./total-rules";

export interface TotalsResult {
  totals: Record<string, number | null>;
  details: TotalDetail[];
  /** cross_check warnings. */
  issues: Issue[];
}

function rawTotal(indicator: Indicator, forms: readonly CountedForm[]): RawTotal {
  if (indicator.type === "text") return { value: null, contributors: 0 };
  return totalByRule(indicator.total, forms, indicator.code);
}

function crossCheckIssue(indicator: Indicator, detail: TotalDetail, tolerancePct: number): Issue {
  const rule = indicator.total;
  const source = rule.kind === "fromUnit" ? rule.unit : rule.kind === "sumKinds" ? rule.kinds.join(", ") : null;
  return {
    severity: "warning",
    rule: "cross_check",
    indicator: indicator.code,
    cell: null,
    params: {
      total: detail.value,
      othersSum: detail.crossCheck?.othersSum ?? null,
      diffPct: detail.crossCheck?.diffPct ?? null,
      tolerancePct,
      totalRule: rule.kind,
      source,
    },
  };
}

/** The target column of the summary: met null when not judged (no value, or a small base). */
function targetDetail(plan: Plan, ind: Indicator, value: number | null, raw: ReadonlyMap<string, RawTotal>): TotalDetail["target"] {
  const target = targetFor(plan, ind);
  if (!target) return null;
  const judged = judgeTarget(plan, ind, value, (code) => raw.get(code)?.value ?? null);
  const met = judged.kind === "met" ? true : judged.kind === "missed" ? false : null;
  return { op: target.op, value: target.value, met };
}

export function computeTotals(plan: Plan, period: Period, forms: readonly CountedForm[], recipient: string | null = null): TotalsResult {
  const indicators = summaryIndicators(plan, period, recipient);
  const raw = new Map<string, RawTotal>();
  for (const ind of indicators) if (ind.total.kind !== "ratio") raw.set(ind.code, rawTotal(ind, forms));
  for (const ind of indicators) if (ind.total.kind === "ratio") raw.set(ind.code, totalRatio(ind.calc, raw));

  const totals: Record<string, number | null> = {};
  const details: TotalDetail[] = [];
  const issues: Issue[] = [];
  for (const ind of indicators) {
    const r = raw.get(ind.code) ?? { value: null, contributors: 0 };
    const checked = ind.total.kind === "sumKinds" || ind.total.kind === "fromUnit";
    const detail: TotalDetail = {
      code: ind.code,
      value: r.value,
      contributors: r.contributors,
      crossCheck: checked ? crossCheck(r.value, r.othersSum ?? null, plan.crossCheckTolerancePct) : null,
      target: targetDetail(plan, ind, r.value, raw),
    };
    totals[ind.code] = r.value;
    details.push(detail);
    if (detail.crossCheck?.warn) issues.push(crossCheckIssue(ind, detail, plan.crossCheckTolerancePct));
  }
  return { totals, details, issues };
}
