// ValidationModel (core) → <dataValidations> (ECMA-376 §18.3.1.32). A typing aid only; the core's
// rules are the truth. Cells with the same validation share one element and one sqref.
import { a1 } from "../../core/grid/address";
import type { CellModel, ValidationModel } from "../../core/sheet/sheet-model";
import { attributeText, xmlEscape } from "./xml-text";

const TYPE: Record<ValidationModel["kind"], string> = {
  wholeNumber: "whole",
  decimal: "decimal",
  list: "list",
  textLength: "textLength",
};

/** Excel refuses a file whose validation title passes 32 characters or whose text passes 255. */
const MAX_TITLE = 32;
const MAX_TEXT = 255;
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function operatorAndFormulas(v: ValidationModel): { operator?: string; formulas: string[] } {
  // List items go into one quoted formula: "Có,Không" (items must not contain commas or quotes).
  if (v.kind === "list") return { formulas: [`"${(v.list ?? []).join(",")}"`] };
  if (v.min !== undefined && v.max !== undefined) return { operator: "between", formulas: [String(v.min), String(v.max)] };
  if (v.max !== undefined) return { operator: "lessThanOrEqual", formulas: [String(v.max)] };
  return { operator: "greaterThanOrEqual", formulas: [String(v.min ?? 0)] };
}

function validationXml(v: ValidationModel, sqref: string): string {
  const { operator, formulas } = operatorAndFormulas(v);
  let attrs = `type="${TYPE[v.kind]}"`;
  if (operator) attrs += ` operator="${operator}"`;
  attrs += ' allowBlank="1" showErrorMessage="1"';
  if (v.prompt) attrs += ' showInputMessage="1"';
  attrs += ` errorTitle="${attributeText(clip(v.errorTitle, MAX_TITLE))}" error="${attributeText(clip(v.errorMessage, MAX_TEXT))}"`;
  if (v.prompt) {
    if (v.promptTitle) attrs += ` promptTitle="${attributeText(clip(v.promptTitle, MAX_TITLE))}"`;
    attrs += ` prompt="${attributeText(clip(v.prompt, MAX_TEXT))}"`;
  }
  attrs += ` sqref="${sqref}"`;
  const body = formulas.map((f, i) => `<formula${i + 1}>${xmlEscape(f)}</formula${i + 1}>`).join("");
  return `<dataValidation ${attrs}>${body}</dataValidation>`;
}

/** "E13:E20 G13:G20": runs of consecutive rows in one column become one range. */
function sqrefOf(cells: readonly CellModel[]): string {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1].col === sorted[i].col && sorted[j + 1].row === sorted[j].row + 1) j++;
    const start = a1(sorted[i].row, sorted[i].col);
    ranges.push(j === i ? start : `${start}:${a1(sorted[j].row, sorted[j].col)}`);
    i = j + 1;
  }
  return ranges.join(" ");
}

/** The <dataValidations> element of cells that carry one; "" when none does. */
export function dataValidationsXml(cells: readonly CellModel[]): string {
  const groups = new Map<string, { validation: ValidationModel; cells: CellModel[] }>();
  // Most cells share a handful of validation objects: each is turned into its key once.
  const keys = new Map<ValidationModel, string>();
  for (const cell of cells) {
    if (!cell.validation) continue;
    let key = keys.get(cell.validation);
    if (key === undefined) {
      key = JSON.stringify(cell.validation);
      keys.set(cell.validation, key);
    }
    const group = groups.get(key);
    if (group) group.cells.push(cell);
    else groups.set(key, { validation: cell.validation, cells: [cell] });
  }
  if (groups.size === 0) return "";
  const items = [...groups.values()].map((g) => validationXml(g.validation, sqrefOf(g.cells)));
  return `<dataValidations count="${items.length}">${items.join("")}</dataValidations>`;
}
