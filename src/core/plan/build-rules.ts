// Small builders for the plan's validation rules (docs/domain.md §4 "rules" column).
// They return plain, fully-defaulted Rule data, so a plan written with them is the same
// as one read from a JSON file. Rule ids are readable formulas ("BL02.NU<=BL02") and unique.
import type { RuleCode } from "../issues/issue";
import type { Comparison, Rule, Term } from "./schema";

function terms(codes: readonly string[]): Term[] {
  return codes.map((code) => ({ code, sign: 1 }));
}

/** A "Trong đó" row cannot exceed its whole: part ≤ whole (error, points at the part). */
export function partLeWhole(part: string, whole: string): Rule {
  return {
    id: `${part}<=${whole}`,
    rule: "part_le_whole" satisfies RuleCode,
    severity: "error",
    left: terms([part]),
    op: "<=",
    right: terms([whole]),
    missing: "skip",
    indicator: part,
  };
}

/** Disjoint parts together cannot exceed the whole: Σ parts ≤ whole (error, points at the last part). */
export function partsSumLeWhole(parts: readonly string[], whole: string): Rule {
  return {
    id: `${parts.join("+")}<=${whole}`,
    rule: "parts_sum_le_whole" satisfies RuleCode,
    severity: "error",
    left: terms(parts),
    op: "<=",
    right: terms([whole]),
    missing: "skip",
    indicator: parts[parts.length - 1],
  };
}

/** Parts that should cover the whole: Σ parts ≥ whole, otherwise a warning (money not accounted for). */
export function partsSumBelowWhole(parts: readonly string[], whole: string): Rule {
  return {
    id: `${parts.join("+")}>=${whole}`,
    rule: "parts_sum_below_whole" satisfies RuleCode,
    severity: "warning",
    left: terms(parts),
    op: ">=",
    right: terms([whole]),
    missing: "skip",
    indicator: parts[parts.length - 1],
  };
}

/** A ratio's numerator cannot exceed its denominator (error, points at the numerator). */
export function numeratorLeDenominator(numerator: string, denominator: string): Rule {
  return {
    id: `${numerator}<=${denominator}`,
    rule: "numerator_le_denominator" satisfies RuleCode,
    severity: "error",
    left: terms([numerator]),
    op: "<=",
    right: terms([denominator]),
    missing: "skip",
    indicator: numerator,
  };
}

/** A value that must not be 0: a ratio's denominator (error) or a suspicious zero (warning). */
export function notZero(code: string, rule: "zero_denominator" | "zero_warning"): Rule {
  return {
    id: `${code}!=0`,
    rule,
    severity: rule === "zero_denominator" ? "error" : "warning",
    left: terms([code]),
    op: "!=",
    right: 0,
    missing: "skip",
    indicator: code,
  };
}

export interface Condition {
  code: string;
  op: Comparison;
  value: number | string;
}

/**
 * Soft consistency (warning): when `when` holds, `then` should hold too.
 * E.g. BL08 > 0 ⇒ BL07 ≠ 0 (people sheltered but no shelter model). Points at `indicator`.
 */
export function consistency(when: Condition, then: Condition, indicator: string): Rule {
  return {
    id: `${when.code}${when.op}${String(when.value)}=>${then.code}${then.op}${String(then.value)}`,
    rule: "consistency" satisfies RuleCode,
    severity: "warning",
    when: { left: terms([when.code]), op: when.op, right: when.value },
    left: terms([then.code]),
    op: then.op,
    right: then.value,
    missing: "skip",
    indicator,
  };
}
