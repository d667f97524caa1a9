// A problem found in one cell's value, before it is tied to a cell and an indicator: the issue's
// params without the row's label, which the validator adds (rules/validate-form).
import type { ParamsByRule, Severity } from "../issues";

/** The rules parse-value raises. */
export type ValueRule =
  | "not_a_number"
  | "negative"
  | "not_integer"
  | "too_many_decimals"
  | "yesno_invalid"
  | "yesno_unaccented"
  | "text_too_long"
  | "number_as_text";

export interface ValueProblemOf<R extends ValueRule> {
  severity: Severity;
  rule: R;
  params: Omit<ParamsByRule[R], "label">;
}

export type ValueProblem = { [R in ValueRule]: ValueProblemOf<R> }[ValueRule];
