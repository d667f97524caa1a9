// ValidationModel → Excel data validation (ExcelApi 1.8). A typing aid only: the core's rules
// are the truth, a paste skips this. Excel's own limits: alert and prompt titles ≤ 32 characters,
// messages ≤ 255, a list source ≤ 255 characters; longer text is cut rather than rejected.
import type { ValidationModel } from "../core/sheet";

const TITLE_MAX = 32;
const MESSAGE_MAX = 255;
/** Bounds used when the model gives none: Excel's rule needs a number on each side. */
const NO_LIMIT = 1e15;

function cut(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1) + "…";
}

function basic(v: ValidationModel): Excel.BasicDataValidation {
  if (v.min !== undefined && v.max !== undefined) return { operator: "Between", formula1: v.min, formula2: v.max };
  if (v.min !== undefined) return { operator: "GreaterThanOrEqualTo", formula1: v.min };
  if (v.max !== undefined) return { operator: "LessThanOrEqualTo", formula1: v.max };
  return { operator: "Between", formula1: -NO_LIMIT, formula2: NO_LIMIT };
}

export function validationRule(v: ValidationModel): Excel.DataValidationRule {
  switch (v.kind) {
    case "wholeNumber":
      return { wholeNumber: basic(v) };
    case "decimal":
      return { decimal: basic(v) };
    case "textLength":
      return { textLength: basic({ ...v, min: v.min ?? 0 }) };
    case "list":
      // Excel separates list items with the list separator; "," is what the API expects.
      return { list: { inCellDropDown: true, source: cut((v.list ?? []).join(","), MESSAGE_MAX) } };
  }
}

/** Queues the rule, its error alert and its prompt; returns the actions queued. */
export function applyValidation(validation: Excel.DataValidation, v: ValidationModel): number {
  validation.rule = validationRule(v);
  validation.errorAlert = {
    showAlert: true,
    style: "Stop",
    title: cut(v.errorTitle, TITLE_MAX),
    message: cut(v.errorMessage, MESSAGE_MAX),
  };
  if (v.prompt !== undefined || v.promptTitle !== undefined) {
    validation.prompt = {
      showPrompt: true,
      title: cut(v.promptTitle ?? "", TITLE_MAX),
      message: cut(v.prompt ?? "", MESSAGE_MAX),
    };
    return 3;
  }
  return 2;
}
