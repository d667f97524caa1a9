// How Excel stores what is written into `values` / `formulas`: like typing. A Text ("@") cell
// keeps any string as text; a leading apostrophe forces text; "=", "+", "-", "@" start a formula
// (unless the whole string is a number); numeric and boolean strings are coerced.
import type { FakeCell } from "./state";

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function storeInput(cell: FakeCell, input: unknown): void {
  cell.formula = undefined;
  cell.isError = false;
  if (typeof input === "number" || typeof input === "boolean") {
    cell.value = input;
    return;
  }
  const text = String(input ?? "");
  if (cell.numberFormat === "@") {
    cell.value = text;
    return;
  }
  if (text.startsWith("'")) {
    cell.value = text.slice(1);
    return;
  }
  if (text === "") {
    cell.value = "";
    return;
  }
  if (NUMBER.test(text.trim())) {
    cell.value = Number(text.trim());
    return;
  }
  if (/^(true|false)$/i.test(text.trim())) {
    cell.value = text.trim().toLowerCase() === "true";
    return;
  }
  if (/^[=+\-@]/.test(text)) {
    cell.formula = text.startsWith("=") ? text : `=${text}`;
    cell.value = ""; // the fake does not calculate
    return;
  }
  cell.value = text;
}

export function valueType(cell: FakeCell | undefined): string {
  if (!cell) return "Empty";
  if (cell.isError) return "Error";
  if (cell.value === "") return "Empty";
  if (typeof cell.value === "number") return "Double";
  if (typeof cell.value === "boolean") return "Boolean";
  return "String";
}

export function displayText(cell: FakeCell | undefined): string {
  if (!cell) return "";
  if (typeof cell.value === "boolean") return cell.value ? "TRUE" : "FALSE";
  return String(cell.value);
}
