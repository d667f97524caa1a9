// The period a user most likely means today: the first whose due date is today or later,
// else the latest one.
import type { Period, Plan } from "../../core/plan";

export function defaultPeriod(plan: Plan, today: string): Period {
  const byDue = [...plan.periods].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  return byDue.find((p) => p.due >= today) ?? byDue[byDue.length - 1];
}

/** A remembered code if the plan still has it, else the fallback. */
export function keepIfKnown(code: string | null, known: readonly { code: string }[], fallback: string): string {
  return code && known.some((k) => k.code === code) ? code : fallback;
}
