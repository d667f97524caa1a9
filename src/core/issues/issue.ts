// Issues are data, not prose: the Vietnamese text is rendered from `rule` + `params`
// (messages-vi.ts). Severity follows docs/domain.md §5. Where each rule is raised and tested: docs/rules.md.
import type { Comparison } from "./comparison";

export type Severity = "error" | "warning";

/** Every rule code the product can raise. Plan rules use the value-rule codes. */
export const RULE_CODES = [
  // value types (docs/domain.md §4 "type")
  "required", // a required cell is blank (blank is not zero)
  "not_a_number", // text that cannot be read as a number
  "negative",
  "not_integer", // a fraction in a count
  "too_many_decimals", // money: at most 3 decimals
  "yesno_invalid", // not "Có" / "Không"
  "yesno_unaccented", // warning: "co" / "khong" typed without accents, read as "Có" / "Không"
  "text_too_long",
  "number_as_text", // warning: "1.234" typed as text, read as 1234
  "formula_in_input", // warning: an input cell held a formula; its value was used
  // plan rules (left op right)
  "part_le_whole",
  "parts_sum_le_whole",
  "parts_sum_below_whole", // warning
  "numerator_le_denominator",
  "zero_denominator",
  "zero_warning",
  "consistency", // soft consistency (BL08 > 0 with BL07 = 0; TH01 = Không with TH02 > 0)
  // computed rows
  "target_missed", // warning: ratio misses its target for plan.targetYear
  "small_base", // warning: ratio on a very small denominator
  "calc_mismatch", // warning: the value in a computed cell differs from the recomputation
  // the form as a whole
  "missing_code", // error: a code row missing or moved (damaged form)
  "duplicate_code", // error: the same code twice
  "missing_meta", // warning: no _meta, unit and period taken from the header text
  "bad_meta", // error: _meta present but not ours / damaged
  "header_mismatch", // warning: header text disagrees with _meta
  "unknown_unit", // error
  "unknown_period", // error
  "wrong_period", // error (consolidation): a form of another period
  "not_a_report", // error: no sheet laid out as the form
  "unreadable", // error: not a readable .xlsx (corrupt, encrypted, .xls, too big …)
  "bad_date", // warning: a date (Ngày báo cáo, _meta report_date / submitted_at) that cannot be read; ignored
  "blank_form", // error: no indicator value typed at all (one issue instead of one per row; docs/contract.md §4.1 `blank`)
  "missing_report_date", // warning: no "Ngày báo cáo" and no finalize stamp (docs/contract.md §4.1)
  // consolidation
  "cross_check", // warning: single-source / communes-only total differs from the others' sum by > tolerance
  "duplicate_submission", // warning: an older submission of the same unit was superseded
] as const;
export type RuleCode = (typeof RULE_CODES)[number];

export type IssueParam = string | number | null;

// ---- params, one shape per rule family ---------------------------------------------------------
// The keys are the JSON's (docs/contract.md §3: every issue's `params`), in the order producers
// write them; a rule never adds a key later, so every issue of one rule has one shape.

/** A cell that is blank, or of a kind the message names without its value. */
export interface LabelParams {
  label: string;
}
/** A value that could not be used as typed (parse-value): what was typed, then the row's label. */
export interface TypedTextParams {
  text: string;
  label: string;
}
export interface TypedNumberParams {
  value: number;
  label: string;
}
export interface TooManyDecimalsParams {
  value: number;
  maxDecimals: number;
  label: string;
}
export interface TextTooLongParams {
  length: number;
  maxLength: number;
  label: string;
}
/** A value read with a warning: the text typed and the value it was read as. */
export interface ReadAsParams<V> {
  text: string;
  value: V;
  label: string;
}

/**
 * A plan rule `left op right` (when `whenLeft whenOp whenRight`) that failed (rules/validate-form).
 * `part`/`whole` and `value`/`label` repeat `left`/`right` under the names the comparison and the
 * zero-check messages read; the JSON has carried all of them since version 1, so all stay.
 */
export interface PlanRuleParams {
  ruleId: string;
  left: number | string | null;
  leftLabel: string | null;
  op: Comparison;
  right: number | string | null;
  rightLabel: string | null;
  part: number | string | null;
  partLabel: string | null;
  whole: number | string | null;
  wholeLabel: string | null;
  value: number | string | null;
  label: string | null;
  /** Only when the rule has a `when`. */
  whenLeft?: number | string | null;
  whenLeftLabel?: string | null;
  whenOp?: Comparison;
  whenRight?: number | string | null;
}

/** A computed row judged (rules/validate-form): its value, then what it was judged against. */
export interface TargetMissedParams {
  label: string;
  value: number;
  op: Comparison;
  target: number;
  year: number;
}
export interface SmallBaseParams {
  label: string;
  value: number;
  base: number;
  min: number;
}
export interface CalcMismatchParams {
  label: string;
  value: number;
  expected: number;
}

/** The form's structure (read/). */
export interface MissingCodeParams {
  code: string;
  label: string;
}
export interface DuplicateCodeParams {
  code: string;
  /** 1-based row of the repeated line. */
  row: number;
  /** Where the first line's value is, without the sheet ("E25"). */
  firstCell: string;
}
export interface MissingMetaParams {
  unit: string;
  unitName: string;
  period: string;
  periodLabel: string;
}
export interface HeaderMismatchParams {
  field: "unit" | "period";
  header: string;
  expected: string;
}
export interface UnitParams {
  unit: string;
}
export interface PeriodParams {
  period: string;
}
export interface WrongPeriodParams {
  period: string | null;
  expected: string;
}
/** A Vietnamese reason, already a phrase (messages-vi builds it: `readReason`, the reader's own). */
export interface ReasonParams {
  reason: string;
}
export interface BadDateParams {
  field: "report_date" | "submitted_at";
  text: string;
}
export type NoParams = Record<string, never>;

/** Consolidation (consolidate/). */
export interface CrossCheckParams {
  total: number | null;
  othersSum: number | null;
  diffPct: number | null;
  tolerancePct: number;
  totalRule: string;
  source: string | null;
}
/** How the superseded copy relates to the one used (docs/contract.md §4.1). */
export type DuplicateRelation = "newer" | "same_date" | "same_content" | "copy_sheet";
export interface DuplicateSubmissionParams {
  unit: string | null;
  file: string;
  newerFile: string;
  relation: DuplicateRelation;
}

/** The params each rule carries. */
export interface ParamsByRule {
  required: LabelParams;
  not_a_number: TypedTextParams;
  negative: TypedNumberParams;
  not_integer: TypedNumberParams;
  too_many_decimals: TooManyDecimalsParams;
  yesno_invalid: TypedTextParams;
  yesno_unaccented: ReadAsParams<"Có" | "Không">;
  text_too_long: TextTooLongParams;
  number_as_text: ReadAsParams<number>;
  formula_in_input: LabelParams;
  part_le_whole: PlanRuleParams;
  parts_sum_le_whole: PlanRuleParams;
  parts_sum_below_whole: PlanRuleParams;
  numerator_le_denominator: PlanRuleParams;
  zero_denominator: PlanRuleParams;
  zero_warning: PlanRuleParams;
  consistency: PlanRuleParams;
  target_missed: TargetMissedParams;
  small_base: SmallBaseParams;
  calc_mismatch: CalcMismatchParams;
  missing_code: MissingCodeParams;
  duplicate_code: DuplicateCodeParams;
  missing_meta: MissingMetaParams;
  bad_meta: ReasonParams;
  header_mismatch: HeaderMismatchParams;
  unknown_unit: UnitParams;
  unknown_period: PeriodParams;
  wrong_period: WrongPeriodParams;
  not_a_report: ReasonParams;
  unreadable: ReasonParams;
  bad_date: BadDateParams;
  blank_form: NoParams;
  missing_report_date: NoParams;
  cross_check: CrossCheckParams;
  duplicate_submission: DuplicateSubmissionParams;
}

/** One issue of rule R. */
export interface IssueOf<R extends RuleCode> {
  severity: Severity;
  rule: R;
  /** Indicator code, null for file-level issues. */
  indicator: string | null;
  /** Sheet-qualified address "BaoCao!E25", null when not tied to a cell. */
  cell: string | null;
  /** Values the message names (numbers unformatted; the renderer formats them 1.234,5). */
  params: ParamsByRule[R];
}

/** An issue: a union keyed on `rule`, so `issue.rule === "cross_check"` narrows `issue.params`. */
export type Issue = { [R in RuleCode]: IssueOf<R> }[RuleCode];

/** The rules a plan rule may raise (any other code in a plan file is reported as `consistency`). */
export type PlanRuleCode = { [R in RuleCode]: ParamsByRule[R] extends PlanRuleParams ? R : never }[RuleCode];

export function countBySeverity(issues: readonly Issue[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const i of issues) {
    if (i.severity === "error") errors++;
    else warnings++;
  }
  return { errors, warnings };
}
