import type { CellValue } from "../../../src/core/grid";
import type { Issue } from "../../../src/core/issues";
import { readWorkbook } from "../../../src/core/read";
import type { Submission } from "../../../src/core/read";
import { validateSubmission } from "../../../src/core/rules";
import { buildFormGrid, valueCellOf } from "../../helpers/form-grid";
import type { FormGridOptions } from "../../helpers/form-grid";
import { smallPlan as plan } from "../read/small-plan";

const good: Record<string, CellValue> = {
  TT02: 100, "TT02.NU": 40, "TT02.NAM": 60, TT05: 50, TT06: 80, TH01: "Có", TH02: 3, KP01: 10, "KP01.NS": 6, "KP01.XHH": 4, NX01: "ổn",
};

function submissionOf(values: Record<string, CellValue>, unit = "X_VINH_THAI", period = "2024-Y", opts: FormGridOptions = {}) {
  const grid = buildFormGrid(plan, unit, period, values, opts);
  const read = readWorkbook(plan, grid, "f.xlsx", null);
  if (read.kind !== "forms") throw new Error("not a report");
  return { sub: read.submissions[0], sheet: grid.sheets[0] };
}
function validate(overrides: Record<string, CellValue>, unit?: string, period?: string, opts?: FormGridOptions) {
  const { sub, sheet } = submissionOf({ ...good, ...overrides }, unit, period, opts);
  return { form: validateSubmission(plan, sub), sheet };
}
const brief = (issues: Issue[]) => issues.map((i) => `${i.severity}:${i.rule}:${i.indicator}`);

describe("validateSubmission", () => {
  it("a good form has no issues and every applicable value parsed, the ratio recomputed", () => {
    const { form } = validate({});
    expect(form.issues).toEqual([]);
    expect(form.errors).toBe(0);
    expect(form.warnings).toBe(0);
    expect(form.values).toEqual({ ...good, TL_TT05: 62.5 });
  });

  it.each<[string, Record<string, CellValue>, string[]]>([
    ["blank count", { TT02: null }, ["error:required:TT02"]],
    ["blank money", { KP01: "  " }, ["error:required:KP01"]],
    ["blank yes/no", { TH01: null }, ["error:required:TH01"]],
    ["blank narrative is fine", { NX01: null }, []],
    ["zero is a value, not blank", { TT02: 0, "TT02.NU": 0, "TT02.NAM": 0 }, []],
    ["text in a count", { TT02: "nhiều" }, ["error:not_a_number:TT02"]],
    ["negative", { TH02: -1 }, ["error:negative:TH02"]],
    ["fraction in a count", { TH02: 1.5 }, ["error:not_integer:TH02"]],
    ["too many decimals", { KP01: 10.0001 }, ["error:too_many_decimals:KP01"]],
    ["yes/no typed without accents", { TH01: "co" }, ["warning:yesno_unaccented:TH01"]],
    ["misspelt yes/no", { TH01: "cos" }, ["error:yesno_invalid:TH01"]],
    ["narrative too long", { NX01: "x".repeat(21) }, ["error:text_too_long:NX01"]],
    ["number typed as text", { TT02: "1.000", "TT02.NU": 400, "TT02.NAM": 600 }, ["warning:number_as_text:TT02"]],
    ["part greater than whole (and so the parts' sum)", { "TT02.NU": 101, "TT02.NAM": 0 }, ["error:part_le_whole:TT02.NU", "error:parts_sum_le_whole:TT02.NAM"]],
    ["parts sum greater than whole", { "TT02.NU": 60, "TT02.NAM": 60 }, ["error:parts_sum_le_whole:TT02.NAM"]],
    ["numerator greater than denominator", { TT05: 90 }, ["error:numerator_le_denominator:TT05"]],
    ["zero denominator (ratio not calculable)", { TT05: 0, TT06: 0 }, ["error:zero_denominator:TT06"]],
    ["yes/no precondition holds: Không with activities", { TH01: "Không" }, ["warning:consistency:TH02"]],
    ["yes/no precondition in NFD lower case", { TH01: "không".normalize("NFD") }, ["warning:consistency:TH02"]],
    ["yes/no precondition does not hold", { TH01: "Có", TH02: 9 }, []],
    ["Không without activities", { TH01: "Không", TH02: 0 }, []],
    ["money sources below the total (warning)", { "KP01.NS": 5 }, ["warning:parts_sum_below_whole:KP01.XHH"]],
    ["money float sums do not raise false alarms", { KP01: 0.3, "KP01.NS": 0.1, "KP01.XHH": 0.2 }, []],
    ["missing 'zero': a blank source counts as 0", { "KP01.NS": null }, ["error:required:KP01.NS", "warning:parts_sum_below_whole:KP01.XHH"]],
    ["missing 'skip': a blank whole skips the rule", { TT02: null, "TT02.NU": 500 }, ["error:required:TT02"]],
    ["an invalid value is never compared", { "TT02.NU": "abc", "TT02.NAM": 500 }, ["error:not_a_number:TT02.NU"]],
    ["ratio below target (warning)", { TT05: 40 }, ["warning:target_missed:TL_TT05"]],
    ["ratio on a small base is not judged", { TT05: 5, TT06: 20 }, ["warning:small_base:TL_TT05"]],
    ["calc cell typed over", { TL_TT05: 70 }, ["warning:calc_mismatch:TL_TT05"]],
    ["calc cell rounded to one decimal is fine", { TT05: 50, TT06: 75, TL_TT05: 66.7 }, []],
    ["calc cell #DIV/0! with a blank denominator", { TT06: null, TL_TT05: { error: "#DIV/0!" } }, ["error:required:TT06"]],
  ])("%s", (_what, overrides, expected) => {
    const { form } = validate(overrides);
    expect(brief(form.issues)).toEqual(expected);
    expect(form.errors).toBe(expected.filter((e) => e.startsWith("error")).length);
    expect(form.warnings).toBe(expected.filter((e) => e.startsWith("warning")).length);
  });

  it("issues carry the sheet-qualified cell and the values they name", () => {
    const { form, sheet } = validate({ "TT02.NU": 150, "TT02.NAM": -1 });
    expect(form.issues[0]).toMatchObject({
      cell: valueCellOf(sheet, "TT02.NU"),
      params: { part: 150, whole: 100, partLabel: "Trong đó: Nữ", wholeLabel: "Số lượt người tham dự", left: 150, right: 100, op: "<=" },
    });
  });

  it("target_missed names the value and the target", () => {
    const { form, sheet } = validate({ TT05: 40 });
    expect(form.issues[0]).toMatchObject({ cell: valueCellOf(sheet, "TL_TT05"), params: { value: 50, target: 60, op: ">=", year: 2025 } });
    expect(form.values.TL_TT05).toBe(50);
  });

  it.each<[string, Record<string, CellValue>]>([
    ["a blank part", { TT05: null }],
    ["a zero denominator", { TT05: 0, TT06: 0 }],
    ["an invalid part", { TT06: "x" }],
  ])("a ratio with %s is not calculable (null)", (_what, overrides) => {
    expect(validate(overrides).form.values.TL_TT05).toBeNull();
  });

  it("rules whose codes are not on the form do not apply", () => {
    const half = validate({ TH01: "Không" }, "X_VINH_THAI", "2024-H1").form;
    expect(half.issues).toEqual([]);
    expect(half.values).not.toHaveProperty("TH01");
    const health = validate({ TT05: 900, TT06: 0 }, "P_YTE").form;
    expect(health.issues).toEqual([]);
    expect(health.values).not.toHaveProperty("TT05");
  });

  it("issues come in form order, file-level first", () => {
    const { form } = validate({ KP01: null, TT02: "x", "TT02.NAM": -1 }, "X_VINH_THAI", "2024-Y", { deleteCodes: ["TH02"], noMeta: true });
    expect(brief(form.issues)).toEqual([
      "warning:missing_meta:null",
      "error:not_a_number:TT02",
      "error:negative:TT02.NAM",
      "error:missing_code:TH02",
      "error:required:KP01",
    ]);
  });

  it("a submission of an unknown unit keeps only its read issues", () => {
    const { sub } = submissionOf(good, "X_VINH_THAI", "2024-Y", { meta: { unit: "X_NOPE" } });
    const form = validateSubmission(plan, sub);
    expect(form.values).toEqual({});
    expect(brief(form.issues)).toEqual(["error:unknown_unit:null"]);
    expect(form.errors).toBe(1);
  });

  it.each<[string, Record<string, CellValue>, FormGridOptions, string[]]>([
    ["an untouched form gets one message, not one per row", {}, {}, ["error:blank_form:null"]],
    ["only notes and computed cells are not values", { TL_TT05: 50 }, {}, ["error:blank_form:null"]],
    ["cells of spaces are blank", { TT01: "   ", NX01: " " }, {}, ["error:blank_form:null"]],
    ["a blank form without _meta keeps its header warning", {}, { noMeta: true }, ["warning:missing_meta:null", "error:blank_form:null"]],
    ["one typed value is not blank", { TT02: 0 }, {}, ["warning:missing_report_date:null", "error:required:TT02.NU"]],
  ])("blank forms: %s", (_what, values, opts, expectedStart) => {
    const { sub } = submissionOf(values, "X_VINH_THAI", "2024-Y", { reportDate: null, ...opts });
    const form = validateSubmission(plan, sub);
    expect(brief(form.issues).slice(0, expectedStart.length)).toEqual(expectedStart);
    expect(form.blank === true).toBe(expectedStart.includes("error:blank_form:null"));
  });

  it("a blank form's single issue is the whole verdict", () => {
    const { sub } = submissionOf({}, "X_VINH_THAI", "2024-Y", { reportDate: null });
    const form = validateSubmission(plan, sub);
    expect(form.issues).toHaveLength(1);
    expect(form.values).toEqual({});
  });

  it.each<[string, FormGridOptions, string | null]>([
    ["no date: a warning at the date's input cell", { reportDate: null }, "E"],
    ["a date: no warning", { reportDate: "09/12/2024" }, null],
    ["a finalize stamp and no date: no warning", { reportDate: null, meta: { submitted_at: "2024-12-09T10:00:00+07:00" } }, null],
  ])("missing report date: %s", (_what, opts, column) => {
    const { form, sheet } = validate({}, "X_VINH_THAI", "2024-Y", opts);
    const warning = form.issues.find((i) => i.rule === "missing_report_date");
    if (column === null) return expect(warning).toBeUndefined();
    expect(warning?.severity).toBe("warning");
    const row = sheet.rows.findIndex((r) => typeof r[2] === "string" && r[2].startsWith("Ngày báo cáo"));
    expect(warning?.cell).toBe(`BaoCao!${column}${row + 1}`);
  });

  it("never throws on a hand-made submission with odd values", () => {
    const sub: Submission = {
      file: "x", sheet: "BaoCao", unit: "X_VINH_THAI", period: "2024-Y", identifiedBy: "meta",
      values: { TT02: { code: "TT02", raw: { error: "#NAME?" }, cell: "BaoCao!E1" }, TT06: { code: "TT06", raw: Infinity, cell: "BaoCao!E2" } },
      finalizedAt: null, reportDate: "2024-12-09", fileTime: null, readIssues: [],
    };
    const form = validateSubmission(plan, sub);
    expect(brief(form.issues)).toEqual(["error:not_a_number:TT02", "error:not_a_number:TT06"]);
  });
});
