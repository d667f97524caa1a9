import type { Summary, UnitStatus } from "../../src/core/consolidate";
import type { Issue } from "../../src/core/issues";
import { defaultPlan } from "../../src/core/plan";
import { countsText } from "../../src/taskpane/view/counts-text";
import { defaultPeriod, keepIfKnown } from "../../src/taskpane/view/default-period";
import { groupIssuesBySection } from "../../src/taskpane/view/group-issues";
import { statusCounts, statusRows } from "../../src/taskpane/view/status-view";
import { nowIso, todayHcm } from "../../src/taskpane/view/today";
import { looseIssue } from "../helpers/issue-params";

function issue(indicator: string | null, severity: Issue["severity"] = "error"): Issue {
  return looseIssue({ severity, rule: "required", indicator, cell: indicator ? `BaoCao!E${indicator.length}` : null, params: {} });
}

describe("groupIssuesBySection", () => {
  it("puts form-level issues first, then sections in plan order, keeping each section's issue order", () => {
    const groups = groupIssuesBySection(defaultPlan, [issue("KP01"), issue("TT02.NU"), issue(null), issue("BL02"), issue("TT01", "warning")]);
    expect(groups.map((g) => [g.key, g.issues.map((i) => i.indicator)])).toEqual([
      ["__form", [null]],
      ["I", ["TT02.NU", "TT01"]],
      ["II", ["BL02"]],
      ["VI", ["KP01"]],
    ]);
    expect(groups[1].title).toMatch(/^I\. Tuyên truyền/);
  });

  it("treats an unknown code as a form-level issue", () => {
    expect(groupIssuesBySection(defaultPlan, [issue("ZZ99")]).map((g) => g.title)).toEqual(["Toàn biểu mẫu"]);
  });
});

describe("countsText", () => {
  it.each([
    [0, 0, "Không có lỗi, không có cảnh báo"],
    [2, 1, "2 lỗi, 1 cảnh báo"],
    [1234, 0, "1.234 lỗi, 0 cảnh báo"],
  ])("%i errors, %i warnings → %s", (e, w, text) => expect(countsText(e, w)).toBe(text));
});

describe("defaultPeriod", () => {
  it.each([
    ["2024-03-01", "2024-H1"],
    ["2024-06-05", "2024-H1"], // the due date itself
    ["2024-06-06", "2024-Y"],
    ["2025-02-01", "2024-Y"], // after every due date: the latest
  ])("on %s → %s", (today, code) => expect(defaultPeriod(defaultPlan, today).code).toBe(code));

  it.each([
    ["P_YTE", "P_YTE"],
    ["GONE", "TT_HO_XA"],
    [null, "TT_HO_XA"],
  ])("keeps a remembered unit only if the plan has it (%s → %s)", (code, expected) => {
    expect(keepIfKnown(code, defaultPlan.units, "TT_HO_XA")).toBe(expected);
  });
});

describe("today in Asia/Ho_Chi_Minh", () => {
  it.each([
    [Date.UTC(2024, 11, 10, 16, 59, 59), "2024-12-10", "2024-12-10T23:59:59+07:00"],
    [Date.UTC(2024, 11, 10, 17, 0, 0), "2024-12-11", "2024-12-11T00:00:00+07:00"],
  ])("epoch %i → %s", (ms, day, iso) => {
    expect(todayHcm(ms)).toBe(day);
    expect(nowIso(ms)).toBe(iso);
  });
});

describe("status rows", () => {
  const unit = (code: string, status: UnitStatus["status"], extra: Partial<UnitStatus> = {}): UnitStatus => ({
    unit: code, status, daysLate: 0, submittedAt: null, dateSource: null, file: null, errors: 0, warnings: 0, reason: "lý do", alerts: [], ...extra,
  });
  const summary = {
    units: [
      unit("X_VINH_THAI", "on_time", { submittedAt: "2024-12-09", dateSource: "finalize", file: "a.xlsx" }),
      unit("X_VINH_HA", "late", { daysLate: 3, submittedAt: "2024-12-13", dateSource: "report_date" }),
      unit("X_VINH_SON", "missing"),
      unit("MTTQ", "optional_missing"),
      unit("X_VINH_O", "missing"),
    ],
  } as Summary;

  it("labels, tones and formats each unit", () => {
    const rows = statusRows(defaultPlan, summary);
    expect(rows.map((r) => [r.unitName, r.label, r.tone, r.submitted])).toEqual([
      ["Xã Vĩnh Thái", "Đúng hạn", "success", "09/12/2024"],
      ["Xã Vĩnh Hà", "Trễ 3 ngày", "warning", "13/12/2024"],
      ["Xã Vĩnh Sơn", "Chưa nộp", "danger", ""],
      ["Ủy ban MTTQ Việt Nam huyện và các tổ chức chính trị - xã hội", "Chưa nhận (không bắt buộc)", "subtle", ""],
      ["Xã Vĩnh Ô", "Chưa nộp", "danger", ""],
    ]);
    expect(rows[0].dateSource).toBe("Thời điểm hoàn tất biểu");
  });

  it("counts units by status in a fixed order, leaving out absent statuses", () => {
    expect(statusCounts(summary)).toEqual([
      { status: "on_time", count: 1 },
      { status: "late", count: 1 },
      { status: "missing", count: 2 },
      { status: "optional_missing", count: 1 },
    ]);
  });
});
