// Questions every surface asks of a plan. Pure lookups, no I/O.
import type { Indicator, Period, Plan, Unit, Who } from "./schema";

export function findUnit(plan: Plan, code: string): Unit | undefined {
  return plan.units.find((u) => u.code === code);
}

export function findPeriod(plan: Plan, code: string): Period | undefined {
  return plan.periods.find((p) => p.code === code);
}

export function findIndicator(plan: Plan, code: string): Indicator | undefined {
  return plan.indicators.find((i) => i.code === code);
}

/** The kind of communes and towns (docs/domain.md §2.1): the level that cannot judge `provinceOnly` rows. */
export const COMMUNE_KIND = "XA";

/** Does a row with this `who` appear on the form of a unit of this kind? */
export function whoIncludes(who: Who, kind: string): boolean {
  if (who.summaryOnly) return false;
  if (who.except.includes(kind)) return false;
  return who.kinds.includes("ALL") || who.kinds.includes(kind);
}

/** Is the indicator on the form of a unit of this kind (a province-only row never is on a commune's)? */
export function onFormOf(indicator: Indicator, kind: string): boolean {
  if (indicator.provinceOnly && kind === COMMUNE_KIND) return false;
  return whoIncludes(indicator.who, kind);
}

/** Does the row's section apply to this period ("Tháng hành động" rows are annual only)? */
export function sectionApplies(plan: Plan, indicator: Indicator, period: Period): boolean {
  const section = plan.sections.find((s) => s.code === indicator.section);
  return section ? section.periodKinds.includes(period.kind) : true;
}

/** The rows on the form of (unit, period), in catalog order. Rows that do not apply are left out. */
export function applicableIndicators(plan: Plan, unit: Unit, period: Period): Indicator[] {
  return plan.indicators.filter((i) => onFormOf(i, unit.kind) && sectionApplies(plan, i, period));
}

/**
 * Rows of the district summary for a period: every row of the period, summary-only rows included;
 * with `recipient`, only the rows that body receives (docs/domain.md §7 "split per recipient").
 */
export function summaryIndicators(plan: Plan, period: Period, recipient?: string | null): Indicator[] {
  return plan.indicators.filter((i) => sectionApplies(plan, i, period) && (recipient == null || i.recipient === recipient));
}
