// The comparisons a plan rule or a target may use (plan/schema.ts builds its zod enum from this
// list), and the one sign table every output shows them with: messages, the summary's target
// column, the form's "Mục tiêu" column.
export const COMPARISONS = ["<=", "<", ">=", ">", "==", "!="] as const;
export type Comparison = (typeof COMPARISONS)[number];

export const COMPARISON_SIGN: Record<Comparison, string> = { "<=": "≤", "<": "<", ">=": "≥", ">": ">", "==": "=", "!=": "≠" };

export function isComparison(v: unknown): v is Comparison {
  return typeof v === "string" && (COMPARISONS as readonly string[]).includes(v);
}
