// One "Số liệu" cell, read for its indicator's type (docs/domain.md §4 "type", §5 severities).
// Blank (null, "", spaces) is null: blank is not zero, `required` is judged by the caller.
// A value with an error problem is unusable: value null.
import type { CellValue } from "../grid";
import { isCellError } from "../grid";
import type { Indicator } from "../plan/schema";
import { foldText, foldTextLoose } from "../text";
import { readNumberText } from "./number-text";
import type { ParsedValue } from "./validated-form";
import type { ValueProblem, ValueProblemOf, ValueRule } from "./value-problem";

export const DEFAULT_MAX_DECIMALS = 3;
export const DEFAULT_MAX_TEXT_LENGTH = 2000;

export interface ParseResult {
  value: ParsedValue;
  problems: ValueProblem[];
}

/** Text shown back to the officer in a message; capped so a hostile cell cannot flood a report. */
function shown(raw: CellValue): string {
  if (isCellError(raw)) return raw.error.slice(0, 40);
  const s = String(raw);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/**
 * Nothing in the cell, or only spaces, tabs, line breaks and other Unicode white space (U+00A0
 * and U+3000 included). trim() strips exactly the characters /\s/ matches, with no regular
 * expression to run on every cell of every form.
 */
export function isBlank(raw: CellValue): boolean {
  return raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "");
}

const ok = (value: ParsedValue, problems: ValueProblem[] = []): ParseResult => ({ value, problems });
function fail<R extends ValueRule>(rule: R, params: ValueProblemOf<R>["params"]): ParseResult {
  const problem: ValueProblemOf<R> = { severity: "error", rule, params };
  return { value: null, problems: [problem as ValueProblem] };
}

/** A cell read as a number: numbers as they are, text the Vietnamese way (with a warning). */
function readNumber(raw: CellValue): { n: number; asText: boolean } | null {
  if (typeof raw === "number") return Number.isFinite(raw) ? { n: raw, asText: false } : null;
  if (typeof raw === "string") {
    const n = readNumberText(raw);
    return n === null ? null : { n, asText: true };
  }
  return null; // booleans and Excel errors are not numbers
}

/** Does n have at most `decimals` decimal places (tolerating binary floating-point noise)? */
export function hasAtMostDecimals(n: number, decimals: number): boolean {
  const scaled = n * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) <= 1e-9 * Math.max(1, Math.abs(scaled));
}

function parseNumeric(indicator: Indicator, raw: CellValue): ParseResult {
  const read = readNumber(raw);
  if (read === null) return fail("not_a_number", { text: shown(raw) });
  const { n, asText } = read;
  if (n < 0) return fail("negative", { value: n });
  if (indicator.type === "count" && !Number.isInteger(n)) return fail("not_integer", { value: n });
  if (indicator.type === "money") {
    const maxDecimals = indicator.maxDecimals ?? DEFAULT_MAX_DECIMALS;
    if (!hasAtMostDecimals(n, maxDecimals)) return fail("too_many_decimals", { value: n, maxDecimals });
  }
  const warnings: ValueProblem[] = asText
    ? [{ severity: "warning", rule: "number_as_text", params: { text: shown(raw), value: n } }]
    : [];
  return ok(n, warnings);
}

/**
 * "Có" / "Không", in any case and Unicode form. Typed on a keyboard without Vietnamese input
 * ("co", "khong", "CO"), the answer is still clear: accepted, with a warning that shows the
 * value read, as numbers typed as text are (docs/domain.md §5).
 */
function parseYesNo(raw: CellValue): ParseResult {
  if (typeof raw === "string") {
    const folded = foldText(raw);
    if (folded === "có") return ok("Có");
    if (folded === "không") return ok("Không");
    const loose = foldTextLoose(raw);
    const value = loose === "co" ? "Có" : loose === "khong" ? "Không" : null;
    if (value !== null) return ok(value, [{ severity: "warning", rule: "yesno_unaccented", params: { text: shown(raw), value } }]);
  }
  return fail("yesno_invalid", { text: shown(raw) });
}

function parseText(indicator: Indicator, raw: CellValue): ParseResult {
  const text = isCellError(raw) ? raw.error : typeof raw === "string" ? raw.trim() : String(raw);
  const maxLength = indicator.maxLength ?? DEFAULT_MAX_TEXT_LENGTH;
  if (text.length > maxLength) return fail("text_too_long", { length: text.length, maxLength });
  return ok(text);
}

/** calc cells hold the template's formula result; the validator recomputes and compares. */
function parseCalc(raw: CellValue): ParseResult {
  const read = readNumber(raw);
  return ok(read === null ? null : read.n);
}

export function parseValue(indicator: Indicator, raw: CellValue): ParseResult {
  if (isBlank(raw)) return ok(null);
  switch (indicator.type) {
    case "count":
    case "money":
      return parseNumeric(indicator, raw);
    case "yesno":
      return parseYesNo(raw);
    case "text":
      return parseText(indicator, raw);
    case "calc":
      return parseCalc(raw);
  }
}
