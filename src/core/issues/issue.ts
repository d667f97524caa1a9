// Issues are data, not prose: the Vietnamese text is rendered from `rule` + `params`
// (see messages.vi.ts). Severity follows docs/domain.md §5.

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

export interface Issue {
  severity: Severity;
  rule: RuleCode;
  /** Indicator code, null for file-level issues. */
  indicator: string | null;
  /** Sheet-qualified address "BaoCao!E25", null when not tied to a cell. */
  cell: string | null;
  /** Values the message names (numbers unformatted; the renderer formats them 1.234,5). */
  params: Record<string, IssueParam>;
}

export function countBySeverity(issues: readonly Issue[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const i of issues) {
    if (i.severity === "error") errors++;
    else warnings++;
  }
  return { errors, warnings };
}
