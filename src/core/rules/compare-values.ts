// left op right, for rule operands. Numbers compare with a tiny tolerance so that money sums
// (0,1 + 0,2 vs 0,3) do not raise false alarms; yes/no operands compare as folded strings and
// only with == and !=. Anything else cannot be compared: null ("not calculable", never thrown).
import type { Comparison } from "../plan/schema";
import { foldText } from "../text";

const EPSILON = 1e-9;

function tolerance(a: number, b: number): number {
  return EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}

export function compareNumbers(left: number, op: Comparison, right: number): boolean {
  const eps = tolerance(left, right);
  switch (op) {
    case "<=":
      return left <= right + eps;
    case "<":
      return left < right - eps;
    case ">=":
      return left >= right - eps;
    case ">":
      return left > right + eps;
    case "==":
      return Math.abs(left - right) <= eps;
    case "!=":
      return Math.abs(left - right) > eps;
  }
}

export function compareValues(left: number | string, op: Comparison, right: number | string): boolean | null {
  if (typeof left === "number" && typeof right === "number") return compareNumbers(left, op, right);
  if (typeof left === "string" && typeof right === "string") {
    if (op === "==") return foldText(left) === foldText(right);
    if (op === "!=") return foldText(left) !== foldText(right);
  }
  return null;
}
