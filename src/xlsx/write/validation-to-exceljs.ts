// ValidationModel (core) → exceljs DataValidation. A typing aid only; the core's rules are the truth.
import type { DataValidation, DataValidationOperator } from "exceljs";
import type { ValidationModel } from "../../core/sheet/sheet-model";

const TYPE: Record<ValidationModel["kind"], DataValidation["type"]> = {
  wholeNumber: "whole",
  decimal: "decimal",
  list: "list",
  textLength: "textLength",
};

/** List items go into one quoted formula: "Có,Không" (items must not contain commas or quotes). */
function listFormula(items: readonly string[]): string {
  return `"${items.join(",")}"`;
}

export function dataValidationOf(v: ValidationModel): DataValidation {
  const base: DataValidation = {
    type: TYPE[v.kind],
    formulae: [],
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: v.errorTitle,
    error: v.errorMessage,
  };
  if (v.prompt) {
    base.showInputMessage = true;
    base.promptTitle = v.promptTitle;
    base.prompt = v.prompt;
  }
  if (v.kind === "list") return { ...base, formulae: [listFormula(v.list ?? [])] };
  let operator: DataValidationOperator;
  let formulae: number[];
  if (v.min !== undefined && v.max !== undefined) {
    operator = "between";
    formulae = [v.min, v.max];
  } else if (v.max !== undefined) {
    operator = "lessThanOrEqual";
    formulae = [v.max];
  } else {
    operator = "greaterThanOrEqual";
    formulae = [v.min ?? 0];
  }
  return { ...base, operator, formulae };
}
