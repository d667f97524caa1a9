import type { Issue, IssueParam, RuleCode } from "../../../src/core/issues";
import { RULE_CODES, renderIssue, severityLabel } from "../../../src/core/issues";
import { defaultPlan } from "../../../src/core/plan";
import { looseIssue } from "../../helpers/issue-params";

const issue = (rule: RuleCode, params: Record<string, IssueParam>, indicator: string | null = null, cell: string | null = null): Issue =>
  looseIssue({
    severity: "error",
    rule,
    indicator,
    cell,
    params,
  });

/** Params as the producers write them (reader, validator, consolidation). */
const SAMPLE_PARAMS: Record<RuleCode, Record<string, IssueParam>> = {
  required: { label: "Tổng dân số trên địa bàn" },
  not_a_number: { text: "abc", label: "x" },
  negative: { value: -2, label: "x" },
  not_integer: { value: 1.234, label: "x" },
  too_many_decimals: { value: 1.12345, maxDecimals: 3, label: "x" },
  yesno_invalid: { text: "co", label: "x" },
  yesno_unaccented: { text: "khong", value: "Không", label: "x" },
  text_too_long: { length: 2500, maxLength: 2000, label: "x" },
  number_as_text: { text: "1.234", value: 1234, label: "x" },
  formula_in_input: { label: "x" },
  part_le_whole: { part: 15, whole: 12, partLabel: "Trong đó: Nữ", wholeLabel: "Tổng số", left: 15, right: 12, leftLabel: "Trong đó: Nữ", rightLabel: "Tổng số", op: "<=" },
  parts_sum_le_whole: { part: 27, whole: 20, partLabel: "TT02.NU + TT02.NAM", wholeLabel: "Tổng số", op: "<=" },
  parts_sum_below_whole: { part: 80, whole: 100.5, partLabel: "KP01.NS + KP01.TINH", wholeLabel: "Tổng kinh phí", op: ">=" },
  numerator_le_denominator: { part: 90, whole: 80, partLabel: "A", wholeLabel: "B", op: "<=" },
  zero_denominator: { value: 0, label: "Tổng dân số", left: 0, right: 0, op: "!=" },
  zero_warning: { value: 0, label: "Số lãnh đạo", op: "!=" },
  consistency: { left: 2, leftLabel: "Số hoạt động", op: "<=", right: 0, whenLeft: "Không", whenLeftLabel: "Có kế hoạch", whenOp: "==", whenRight: "Không" },
  target_missed: { value: 50, target: 60, op: ">=", year: 2025, label: "Tỷ lệ" },
  small_base: { value: 150, base: 10, min: 30, label: "Tỷ số giới tính khi sinh" },
  calc_mismatch: { value: 70, expected: 62.5, label: "Tỷ lệ" },
  missing_code: { code: "BL02", label: "Số nạn nhân" },
  duplicate_code: { code: "BL02", row: 40, firstCell: "E25" },
  missing_meta: { unit: "X_VINH_THAI", unitName: "Xã Vĩnh Thái", period: "2024-Y", periodLabel: "Năm 2024" },
  bad_meta: { reason: "không có khóa format" },
  header_mismatch: { field: "unit", header: "Xã Vĩnh Hà", expected: "Xã Vĩnh Thái" },
  unknown_unit: { unit: "X_NOPE" },
  unknown_period: { period: "2023-Y" },
  wrong_period: { period: "2024-H1", expected: "2024-Y" },
  not_a_report: { reason: "không có trang biểu mẫu" },
  unreadable: { reason: "tệp bị hỏng" },
  bad_date: { field: "report_date", text: "hôm qua" },
  cross_check: { total: 100, othersSum: 80, diffPct: 20, tolerancePct: 10, totalRule: "fromUnit", source: "P_YTE" },
  duplicate_submission: { unit: "X_VINH_THAI", file: "a.xlsx", newerFile: "b.xlsx", relation: "newer" },
  blank_form: {},
  missing_report_date: {},
};

describe("renderIssue", () => {
  it.each(RULE_CODES.map((r) => [r]))("%s has a Vietnamese message naming its values", (rule) => {
    const withParams = renderIssue(issue(rule, SAMPLE_PARAMS[rule], "TT06", "BaoCao!E20"), defaultPlan);
    const bare = renderIssue(issue(rule, {}, null, null));
    for (const text of [withParams, bare]) {
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toMatch(/undefined|null|NaN|\[object/);
    }
    expect(withParams).not.toContain("(trống)");
    expect(withParams).not.toContain("BaoCao!");
  });

  it.each<[string, Issue, string]>([
    [
      "an unreadable file whose reason is already a sentence: one full stop",
      issue("unreadable", { reason: "Tệp bị hỏng." }, null, null),
      "Không đọc được tệp: Tệp bị hỏng.",
    ],
    [
      "a not-a-report reason without a full stop gets one",
      issue("not_a_report", { reason: "không có trang biểu mẫu" }, null, null),
      "Tệp không phải biểu mẫu báo cáo: không có trang biểu mẫu.",
    ],
    [
      "part greater than whole (docs/domain.md §5 example)",
      issue("part_le_whole", SAMPLE_PARAMS.part_le_whole, "BL02.NU", "BaoCao!E25"),
      "Trong đó: Nữ (15) lớn hơn Tổng số (12) tại ô E25.",
    ],
    [
      "blank required cell",
      issue("required", { label: "Tổng dân số trên địa bàn" }, "TT06", "BaoCao!E20"),
      "Ô E20 (Tổng dân số trên địa bàn) đang để trống: nếu không có số liệu, hãy nhập 0.",
    ],
    [
      "blank yes/no cell (label from the plan)",
      issue("required", {}, "TH01", "BaoCao!E48"),
      "Ô E48 (Đơn vị có kế hoạch và tổ chức Tháng hành động) đang để trống: hãy chọn “Có” hoặc “Không”.",
    ],
    [
      "numbers the Vietnamese way",
      issue("parts_sum_below_whole", { part: 1234.5, whole: 2000, partLabel: "KP01.NS + KP01.TINH", wholeLabel: "Tổng kinh phí" }, "KP01.TINH", "BaoCao!E70"),
      "Tổng KP01.NS + KP01.TINH (1.234,5) nhỏ hơn Tổng kinh phí (2.000) tại ô E70: còn 765,5 chưa rõ nguồn.",
    ],
    [
      "a typed value with all its decimals",
      issue("too_many_decimals", { value: 1.12345, maxDecimals: 3, label: "Tổng kinh phí" }, "KP01", "BaoCao!E66"),
      "Ô E66 (Tổng kinh phí): 1,12345 có quá nhiều chữ số thập phân (tối đa 3).",
    ],
    [
      "a target with its unit and year",
      issue("target_missed", { value: 50, target: 60, op: ">=", year: 2025, label: "Tỷ lệ tiếp cận" }, "TL_TT05", "BaoCao!E22"),
      "Tỷ lệ tiếp cận đạt 50,0 %, chưa đạt mục tiêu năm 2025 (≥ 60 %) tại ô E22.",
    ],
    [
      "a cell on a sheet whose name holds '!'",
      issue("negative", { value: -3, label: "x" }, "TT01", "Xã!Lạ!E9"),
      "Ô E9 (x): số âm (-3) không hợp lệ, số liệu phải từ 0 trở lên.",
    ],
  ])("%s", (_what, i, expected) => {
    expect(renderIssue(i, defaultPlan)).toBe(expected);
  });

  it("labels severities", () => {
    expect([severityLabel("error"), severityLabel("warning")]).toEqual(["Lỗi", "Cảnh báo"]);
  });
});
