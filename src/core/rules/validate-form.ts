// One submission judged against the plan (docs/domain.md §4-5): every applicable row parsed for its
// type, blank required rows, calc rows recomputed and compared, the plan's rules, the targets.
// Issues come in form order: file-level issues first, then by the row's place in the catalog.
import type { Issue, IssueOf, PlanRuleCode, PlanRuleParams, RuleCode } from "../issues";
import { countBySeverity, RULE_CODES } from "../issues";
import type { Indicator, Plan, Rule } from "../plan/schema";
import { findPeriod, findUnit } from "../plan/queries";
import { isBlank, parseValue } from "../read/parse-value";
import { formRowsOf, planIndex } from "../read/plan-index";
import type { Submission } from "../read/submission";
import type { ParsedValue, ValidatedForm } from "../read/validated-form";
import type { ValueProblem, ValueRule } from "../read/value-problem";
import type { RuleContext, RuleOutcome } from "./evaluate-rule";
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
      issues.push(valueIssue(p, indicator.code, cell, label));
    }
  }
}

/** A cell's problem as an issue: its params, then the row's label (the JSON's key order). */
function valueIssue(p: ValueProblem, indicator: string, cell: string, label: string): Issue {
  // The cast: a spread of one member of the union keeps that member's keys and adds label, which
  // TypeScript cannot follow across the union (each ValueProblemOf<R> plus label is IssueOf<R>).
  const issue = { severity: p.severity, rule: p.rule, indicator, cell, params: { ...p.params, label } };
  return issue as IssueOf<ValueRule> as Issue;
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
    // A province-only ratio is the province's to judge, never a unit's (docs/domain.md §7); a
    // blank ratio is not judged.
    const value = result.value;
    if (indicator.provinceOnly || value === null) continue;
    const judged = judgeTarget(plan, indicator, value, (code) => {
      const v = values[code];
      return typeof v === "number" ? v : null;
    });
    if (judged.kind === "small_base") {
      issues.push({ severity: "warning", rule: "small_base", indicator: indicator.code, cell, params: { label, value, base: judged.base, min: judged.min } });
    } else if (judged.kind === "missed") {
      const t = judged.target;
      issues.push({ severity: "warning", rule: "target_missed", indicator: indicator.code, cell, params: { label, value, op: t.op, target: t.value, year: t.year } });
    }
  }
}

/**
 * One literal per rule, so every plan-rule issue has the same keys in the same order (one V8
 * shape); with a `when`, the same keys and then the precondition's.
 */
function ruleParams(plan: Plan, rule: Rule, outcome: RuleOutcome): PlanRuleParams {
  const leftLabel = operandLabel(plan, rule.left);
  const rightLabel = operandLabel(plan, rule.right);
  const params: PlanRuleParams = {
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
  if (!rule.when) return params;
  return {
    ...params,
    whenLeft: outcome.whenLeft,
    whenLeftLabel: operandLabel(plan, rule.when.left),
    whenOp: rule.when.op,
    whenRight: outcome.whenRight,
  };
}

/** A plan file may name a rule code the product does not know: it is reported as `consistency`. */
function ruleCodeOf(rule: Rule): RuleCode {
  return (RULE_CODES as readonly string[]).includes(rule.rule) ? (rule.rule as RuleCode) : "consistency";
}

/**
 * A failed plan rule. The built-in plan names plan-rule codes only (PlanRuleCode); a plan file may
 * name any known code and keeps it, with the plan-rule params (hence the cast), as it always has.
 */
function planRuleIssue(plan: Plan, submission: Submission, rule: Rule, outcome: RuleOutcome): Issue {
  const issue: IssueOf<PlanRuleCode> = {
    severity: rule.severity,
    rule: ruleCodeOf(rule) as PlanRuleCode,
    indicator: rule.indicator,
    cell: cellOf(submission, rule.indicator),
    params: ruleParams(plan, rule, outcome),
  };
  return issue;
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
    issues.push(planRuleIssue(plan, submission, rule, outcome));
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
