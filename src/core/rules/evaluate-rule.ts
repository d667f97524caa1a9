// Plan rules, DHIS2-style (plan/schema.ts RuleSchema): `when` is evaluated first; missing "skip"
// means the rule is not evaluated when a referenced value is blank (blank is reported by
// `required`), "zero" counts blanks as 0. A value that failed its type check is never counted:
// the rule is skipped (its error is already reported). Yes/no operands compare as strings.
import type { Comparison, Operand, Plan, Rule } from "../plan/schema";
import { findIndicator } from "../plan/queries";
import type { ParsedValue } from "../read/validated-form";
import { compareValues } from "./compare-values";

export interface RuleContext {
  values: Readonly<Record<string, ParsedValue>>;
  /** Codes whose cell held a value that could not be used (type error). */
  invalid: ReadonlySet<string>;
}

export type OperandValue = number | string;

export interface RuleOutcome {
  status: "pass" | "fail" | "skip";
  left: OperandValue | null;
  right: OperandValue | null;
  whenLeft: OperandValue | null;
  whenRight: OperandValue | null;
}

/** Every indicator code a rule reads (its operands, its precondition, its target cell). */
export function referencedCodes(rule: Rule): string[] {
  const codes = new Set<string>([rule.indicator]);
  const add = (op: Operand) => {
    if (Array.isArray(op)) for (const t of op) codes.add(t.code);
  };
  add(rule.left);
  add(rule.right);
  if (rule.when) {
    add(rule.when.left);
    add(rule.when.right);
  }
  return [...codes];
}

export function evaluateOperand(op: Operand, missing: Rule["missing"], ctx: RuleContext): OperandValue | null {
  if (!Array.isArray(op)) return op;
  if (op.length === 1) {
    const only = ctx.values[op[0].code];
    if (typeof only === "string") return ctx.invalid.has(op[0].code) ? null : only;
  }
  let sum = 0;
  for (const term of op) {
    if (ctx.invalid.has(term.code)) return null;
    const v = ctx.values[term.code];
    if (v === null || v === undefined) {
      if (missing === "skip") return null;
      continue; // "zero": blank counts as 0
    }
    if (typeof v !== "number" || !Number.isFinite(v)) return null;
    sum += (term.sign ?? 1) * v;
  }
  return sum;
}

function holds(left: OperandValue | null, op: Comparison, right: OperandValue | null): boolean | null {
  if (left === null || right === null) return null;
  return compareValues(left, op, right);
}

export function evaluateRule(rule: Rule, ctx: RuleContext): RuleOutcome {
  const outcome: RuleOutcome = { status: "skip", left: null, right: null, whenLeft: null, whenRight: null };
  if (rule.when) {
    outcome.whenLeft = evaluateOperand(rule.when.left, rule.missing, ctx);
    outcome.whenRight = evaluateOperand(rule.when.right, rule.missing, ctx);
    if (holds(outcome.whenLeft, rule.when.op, outcome.whenRight) !== true) return outcome;
  }
  outcome.left = evaluateOperand(rule.left, rule.missing, ctx);
  outcome.right = evaluateOperand(rule.right, rule.missing, ctx);
  const result = holds(outcome.left, rule.op, outcome.right);
  if (result !== null) outcome.status = result ? "pass" : "fail";
  return outcome;
}

/** How an operand is named in a message: one row by its label, a sum by its codes, a constant as null. */
export function operandLabel(plan: Plan, op: Operand): string | null {
  if (!Array.isArray(op)) return null;
  if (op.length === 1) return findIndicator(plan, op[0].code)?.label ?? op[0].code;
  return op.map((t, i) => (i === 0 ? (t.sign === -1 ? "−" : "") : t.sign === -1 ? " − " : " + ") + t.code).join("");
}
