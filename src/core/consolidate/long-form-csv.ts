// The long form as CSV (docs/contract.md §4.4): UTF-8 with a byte-order mark (so Excel opens the
// Vietnamese text right), comma-separated, CRLF lines. Numbers are written plainly, "." as the
// decimal point and no grouping: the file is for machines as much as for people. A text cell that
// begins with =, +, -, @, tab or CR is prefixed with ' so that no spreadsheet runs it as a formula.
import type { Plan } from "../plan/schema";
import { LONG_FORM_COLUMNS, longFormRows, type LongRow } from "./long-form";
import type { Summary } from "./summary";

const FORMULA_START = /^[=+\-@\t\r]/;

function textField(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A number as plain digits: 1234.5, never 1.234,5 nor 1e+21 for the values a form can hold. */
function numberField(n: number): string {
  if (!Number.isFinite(n)) return "";
  return Math.abs(n) >= 1e21 ? n.toFixed(0) : String(n);
}

function field(value: LongRow["value"]): string {
  if (value === null) return "";
  return typeof value === "number" ? numberField(value) : textField(value);
}

export function longFormCsv(plan: Plan, summary: Summary): string {
  const lines = [LONG_FORM_COLUMNS.join(",")];
  for (const r of longFormRows(plan, summary)) {
    lines.push([r.period, r.unit, r.unitName, r.indicator].map(textField).concat(field(r.value), textField(r.status), textField(r.sourceFile)).join(","));
  }
  return `\ufeff${lines.join("\r\n")}\r\n`;
}
