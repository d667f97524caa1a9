import type { CellValue } from "../../../src/core/grid";
import { findIndicator } from "../../../src/core/plan/queries";
import { isBlank, parseValue, readNumberText } from "../../../src/core/read";
import { smallPlan } from "./small-plan";
import { paramOf } from "../../helpers/issue-params";

const ind = (code: string) => {
  const i = findIndicator(smallPlan, code);
  if (!i) throw new Error(code);
  return i;
};
const COUNT = ind("TT02");
const MONEY = ind("KP01"); // default 3 decimals
const MONEY2 = ind("KP01.XHH"); // maxDecimals 2
const YESNO = ind("TH01");
const TEXT = ind("NX01"); // maxLength 20
const CALC = ind("TL_TT05");

type Case = [string, typeof COUNT, CellValue, string | number | null, string[]];

// [what, indicator, raw, expected value, expected rule codes]
const cases: Case[] = [
  ["blank null", COUNT, null, null, []],
  ["blank empty string", COUNT, "", null, []],
  ["blank spaces and nbsp", COUNT, "  \u00a0 ", null, []],
  ["count number", COUNT, 12, 12, []],
  ["count zero is a value", COUNT, 0, 0, []],
  ["count negative", COUNT, -3, null, ["negative"]],
  ["count fraction", COUNT, 2.5, null, ["not_integer"]],
  ["count text digits", COUNT, "42", 42, ["number_as_text"]],
  ["count '1.234' Vietnamese thousands", COUNT, "1.234", 1234, ["number_as_text"]],
  ["count '1.234.567'", COUNT, "1.234.567", 1234567, ["number_as_text"]],
  ["count '1 234' with a space", COUNT, "1 234", 1234, ["number_as_text"]],
  ["count '1\u00a0234' with nbsp", COUNT, "1\u00a0234", 1234, ["number_as_text"]],
  ["count '1,234' is a decimal comma → not integer", COUNT, "1,234", null, ["not_integer"]],
  ["count '1,234,567' English grouping", COUNT, "1,234,567", 1234567, ["number_as_text"]],
  ["count ' 7 ' trimmed", COUNT, " 7 ", 7, ["number_as_text"]],
  ["count '-5' text negative", COUNT, "-5", null, ["negative"]],
  ["count letters", COUNT, "mười", null, ["not_a_number"]],
  ["count '12abc'", COUNT, "12abc", null, ["not_a_number"]],
  ["count '1.2.3' bad grouping", COUNT, "1.2.3", null, ["not_a_number"]],
  ["count formula text", COUNT, "=A1+1", null, ["not_a_number"]],
  ["count Excel error", COUNT, { error: "#DIV/0!" }, null, ["not_a_number"]],
  ["count boolean TRUE", COUNT, true, null, ["not_a_number"]],
  ["count boolean FALSE", COUNT, false, null, ["not_a_number"]],
  ["count NaN number", COUNT, Number.NaN, null, ["not_a_number"]],
  ["count huge string", COUNT, "9".repeat(100000), null, ["not_a_number"]],
  ["money decimals", MONEY, 12.5, 12.5, []],
  ["money 3 decimals", MONEY, 1.125, 1.125, []],
  ["money 4 decimals", MONEY, 1.1255, null, ["too_many_decimals"]],
  ["money float noise 0.1+0.2", MONEY, 0.1 + 0.2, 0.1 + 0.2, []],
  ["money maxDecimals 2", MONEY2, 1.125, null, ["too_many_decimals"]],
  ["money '12,5' decimal comma", MONEY, "12,5", 12.5, ["number_as_text"]],
  ["money '1.234,5'", MONEY, "1.234,5", 1234.5, ["number_as_text"]],
  ["money '1,234.5' English", MONEY, "1,234.5", 1234.5, ["number_as_text"]],
  ["money '1.234.567,89'", MONEY, "1.234.567,89", 1234567.89, ["number_as_text"]],
  ["money '12.5' lone dot as decimal point", MONEY, "12.5", 12.5, ["number_as_text"]],
  ["money negative", MONEY, -0.5, null, ["negative"]],
  ["yesno Có", YESNO, "Có", "Có", []],
  ["yesno Không", YESNO, "Không", "Không", []],
  ["yesno lower case, spaces", YESNO, "  có ", "Có", []],
  ["yesno NFD", YESNO, "Không".normalize("NFD"), "Không", []],
  ["yesno upper case", YESNO, "KHÔNG", "Không", []],
  ["yesno 'co' without accents", YESNO, "co", "Có", ["yesno_unaccented"]],
  ["yesno 'CO' without accents", YESNO, "CO", "Có", ["yesno_unaccented"]],
  ["yesno 'khong' without accents", YESNO, "khong", "Không", ["yesno_unaccented"]],
  ["yesno 'Khong ' with a space", YESNO, "Khong ", "Không", ["yesno_unaccented"]],
  ["yesno 'kh' is not an answer", YESNO, "kh", null, ["yesno_invalid"]],
  ["yesno 'cos' is not an answer", YESNO, "cos", null, ["yesno_invalid"]],
  ["yesno 'co khong' is not an answer", YESNO, "co khong", null, ["yesno_invalid"]],
  ["yesno 'x'", YESNO, "x", null, ["yesno_invalid"]],
  ["yesno number 1", YESNO, 1, null, ["yesno_invalid"]],
  ["yesno boolean", YESNO, true, null, ["yesno_invalid"]],
  ["text", TEXT, "  Thiếu kinh phí ", "Thiếu kinh phí", []],
  ["text a number", TEXT, 5, "5", []],
  ["text that looks like a formula stays text", TEXT, "=1+1", "=1+1", []],
  ["text too long", TEXT, "x".repeat(21), null, ["text_too_long"]],
  ["calc number kept for comparison", CALC, 87.5, 87.5, []],
  ["calc #DIV/0! is not calculable", CALC, { error: "#DIV/0!" }, null, []],
  ["calc blank", CALC, null, null, []],
];

describe("parseValue", () => {
  it.each(cases)("%s", (_what, indicator, raw, value, rules) => {
    const result = parseValue(indicator, raw);
    if (typeof value === "number") expect(result.value).toBeCloseTo(value, 9);
    else expect(result.value).toBe(value);
    expect(result.problems.map((p) => p.rule)).toEqual(rules);
  });

  it("errors are errors and number_as_text is a warning", () => {
    expect(parseValue(COUNT, -1).problems[0].severity).toBe("error");
    expect(parseValue(COUNT, "1.234").problems[0]).toEqual({
      severity: "warning",
      rule: "number_as_text",
      params: { text: "1.234", value: 1234 },
    });
  });

  it("caps the text it quotes back from a hostile cell", () => {
    const { problems } = parseValue(COUNT, "a".repeat(5000));
    expect(String(paramOf(problems[0], "text")).length).toBeLessThanOrEqual(41);
  });
});

describe("readNumberText", () => {
  it.each([
    ["0", 0],
    ["+3", 3],
    ["0,5", 0.5],
    ["1.000", 1000],
    ["1.000.000,25", 1000000.25],
    ["1,000,000.25", 1000000.25],
    [" 2 500 ", 2500],
    [",5", null],
    ["1.", null],
    ["1.2,3,4", null],
    ["12-3", null],
    ["", null],
  ])("%j → %j", (text, expected) => {
    expect(readNumberText(text)).toBe(expected);
  });
});

describe("isBlank: nothing but white space counts as an empty cell", () => {
  it.each<[string, CellValue, boolean]>([
    ["null", null, true],
    ["empty text", "", true],
    ["spaces", "   ", true],
    ["tab and line breaks (Alt+Enter in a cell)", "\t\r\n", true],
    ["no-break space U+00A0 (pasted from a web page)", "\u00a0", true],
    ["ideographic and thin spaces, BOM", "\u3000\u2009\ufeff", true],
    ["line and paragraph separators", "\u2028\u2029", true],
    ["zero is a value", 0, false],
    ["a digit between spaces", " 0 ", false],
    ["a dash, the usual 'nothing to report'", "-", false],
    ["zero-width space is not white space in JavaScript", "\u200b", false],
    ["FALSE is a value", false, false],
  ])("%s", (_what, raw, blank) => {
    expect(isBlank(raw)).toBe(blank);
    // the same set as the regular expression the rule is written in
    expect(typeof raw === "string" ? /^[\s\u00a0]*$/.test(raw) : raw === null).toBe(blank);
  });
});
