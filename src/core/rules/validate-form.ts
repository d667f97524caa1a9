// One submission judged against the plan (docs/domain.md §4-5): every applicable row parsed for its
// type, blank required rows, calc rows recomputed and compared, the plan's rules, the targets.
// Issues come in form order: file-level issues first, then by the row's place in the catalog.
import type { Issue, IssueParam, RuleCode } from "../issues";
import { countBySeverity, RULE_CODES } from "../issues";
import type { Indicator, Plan, Rule } from "../plan/schema";
import { findPeriod, findUnit } from "../plan/queries";
import { isBlank, parseValue } from "../read/parse-value";
import { formRowsOf, planIndex } from "../read/plan-index";
import type { Submission } from "../read/submission";
import type { ParsedValue, ValidatedForm } from "../read/validated-form";
import type { RuleContext } from "./evaluate-rule";
import { evaluateRule, operandLabel, referencedCodes } from "./evaluate-rule";
import { judgeTarget } from "./judge-target";
import { recomputeCalc } from "./recompute-calc";

/** A calc cell may show a rounded figure (one decimal); beyond this it was typed over. */
export const CALC_TOLERANCE = 0.05;

const REQUIRED_TYPES = new Set<Indicator["type"]>(["count", "money", "yesno"]);

function cellOf(submission: Submission, code: string): string | null {
  return submission.values[code]?.cell ?? null;
}

function parseRows(submission: Submission, rows: readonly Indicator[], values: Record<string, ParsedValue>, invalid: Set<string>, issues: Issue[]) {
  for (const indicator of rows) {
    if (indicator.type === "calc") continue;
    const rv = submission.values[indicator.code];
    values[indicator.code] = null;
    if (!rv) continue; // missing_code is already a read issue
    const cell = rv.cell;
    const label = indicator.label;
    if (isBlank(rv.raw)) {
      if (indicator.required && REQUIRED_TYPES.has(indicator.type)) {
        issues.push({ severity: "error", rule: "required", indicator: indicator.code, cell, params: { label } });
      }
      continue;
    }
    const { value, problems } = parseValue(indicator, rv.raw);
    values[indicator.code] = value;
    for (const p of problems) {
      if (p.severity === "error") invalid.add(indicator.code);
      issues.push({ severity: p.severity, rule: p.rule, indicator: indicator.code, cell, params: { ...p.params, label } });
    }
  }
}

function judgeCalcRows(plan: Plan, submission: Submission, rows: readonly Indicator[], values: Record<string, ParsedValue>, issues: Issue[]) {
  for (const indicator of rows) {
    if (indicator.type !== "calc" || !indicator.calc) continue;
    const result = recomputeCalc(indicator.calc, values);
    values[indicator.code] = result.value;
    const rv = submission.values[indicator.code];
    const cell = rv?.cell ?? null;
    const label = indicator.label;
    if (rv && result.value !== null) {
      const shown = parseValue(indicator, rv.raw).value;
      if (typeof shown === "number" && Math.abs(shown - result.value) > CALC_TOLERANCE) {
        issues.push({ severity: "warning", rule: "calc_mismatch", indicator: indicator.code, cell, params: { label, value: shown, expected: result.value } });
      }
    }
    // A province-only ratio is the province's to judge, never a unit's (docs/domain.md §7).
    if (indicator.provinceOnly) continue;
    const judged = judgeTarget(plan, indicator, result.value, (code) => {
      const v = values[code];
      return typeof v === "number" ? v : null;
    });
    if (judged.kind === "small_base") {
      issues.push({ severity: "warning", rule: "small_base", indicator: indicator.code, cell, params: { label, value: result.value, base: judged.base, min: judged.min } });
    } else if (judged.kind === "missed") {
      const t = judged.target;
      issues.push({ severity: "warning", rule: "target_missed", indicator: indicator.code, cell, params: { label, value: result.value, op: t.op, target: t.value, year: t.year } });
    }
  }
}

function ruleParams(plan: Plan, rule: Rule, outcome: ReturnType<typeof evaluateRule>): Record<string, IssueParam> {
  const leftLabel = operandLabel(plan, rule.left);
  const rightLabel = operandLabel(plan, rule.right);
  const params: Record<string, IssueParam> = {
    ruleId: rule.id,
    left: outcome.left,
    leftLabel,
    op: rule.op,
    right: outcome.right,
    rightLabel,
    // the names most messages use: a part and its whole
    part: outcome.left,
    partLabel: leftLabel,
    whole: outcome.right,
    wholeLabel: rightLabel,
    value: outcome.left,
    label: leftLabel,
  };
  if (rule.when) {
    params.whenLeft = outcome.whenLeft;
    params.whenLeftLabel = operandLabel(plan, rule.when.left);
    params.whenOp = rule.when.op;
    params.whenRight = outcome.whenRight;
  }
  return params;
}

/** A plan file may name a rule code the product does not know: it is reported as `consistency`. */
function ruleCodeOf(rule: Rule): RuleCode {
  return (RULE_CODES as readonly string[]).includes(rule.rule) ? (rule.rule as RuleCode) : "consistency";
}

/** Rules are plan data, immutable once parsed: their referenced codes are listed once. */
const codesOfRule = new WeakMap<Rule, readonly string[]>();

function codesOf(rule: Rule): readonly string[] {
  let codes = codesOfRule.get(rule);
  if (codes === undefined) {
    codes = referencedCodes(rule);
    codesOfRule.set(rule, codes);
  }
  return codes;
}

function applyRules(plan: Plan, submission: Submission, onForm: ReadonlySet<string>, ctx: RuleContext, issues: Issue[]) {
  for (const rule of plan.rules) {
    if (!codesOf(rule).every((c) => onForm.has(c))) continue;
    const outcome = evaluateRule(rule, ctx);
    if (outcome.status !== "fail") continue;
    issues.push({ severity: rule.severity, rule: ruleCodeOf(rule), indicator: rule.indicator, cell: cellOf(submission, rule.indicator), params: ruleParams(plan, rule, outcome) });
  }
}

/** Stable sort: file-level issues first, then by catalog order of the indicator. */
function inFormOrder(plan: Plan, issues: Issue[]): Issue[] {
  const order = planIndex(plan).order;
  const rank = (i: Issue) => (i.indicator === null ? -1 : order.get(i.indicator) ?? plan.indicators.length);
  return issues.map((issue, n) => ({ issue, n })).sort((a, b) => rank(a.issue) - rank(b.issue) || a.n - b.n).map((x) => x.issue);
}

function finish(submission: Submission, values: Record<string, ParsedValue>, issues: Issue[], blank = false): ValidatedForm {
  // Spread: compact instead of a hash table (see read-form-values), kept for every file of a run.
  const form: ValidatedForm = { submission, values: { ...values }, issues, ...countBySeverity(issues) };
  if (blank) form.blank = true;
  return form;
}

/** No value typed in any input row (computed rows hold formulas, so they say nothing). */
function isUntouched(submission: Submission, rows: readonly Indicator[]): boolean {
  for (const indicator of rows) {
    if (indicator.type === "calc") continue;
    const rv = submission.values[indicator.code];
    if (rv && !isBlank(rv.raw)) return false;
  }
  return true;
}

/** Blank form: one message instead of one "required" per row (docs/contract.md §4.1 `blank`). */
function blankFormIssue(): Issue {
  return { severity: "error", rule: "blank_form", indicator: null, cell: null, params: {} };
}

/** No report date and no finalize stamp: the officer should date the form before sending it (docs/contract.md §4.1). */
function missingReportDate(submission: Submission): Issue[] {
  if (submission.reportDate !== null || submission.finalizedAt !== null) return [];
  return [{ severity: "warning", rule: "missing_report_date", indicator: null, cell: submission.reportDateCell ?? null, params: {} }];
}

export function validateSubmission(plan: Plan, submission: Submission): ValidatedForm {
  const unit = submission.unit ? findUnit(plan, submission.unit) : undefined;
  const period = submission.period ? findPeriod(plan, submission.period) : undefined;
  if (!unit || !period) return finish(submission, {}, [...submission.readIssues]);

  const { rows, codes } = formRowsOf(plan, unit, period);
  if (isUntouched(submission, rows)) return finish(submission, {}, [...submission.readIssues, blankFormIssue()], true);
  const values: Record<string, ParsedValue> = {};
  const invalid = new Set<string>();
  const issues: Issue[] = [...submission.readIssues, ...missingReportDate(submission)];
  parseRows(submission, rows, values, invalid, issues);
  judgeCalcRows(plan, submission, rows, values, issues);
  applyRules(plan, submission, codes, { values, invalid }, issues);
  return finish(submission, values, inFormOrder(plan, issues));
}
