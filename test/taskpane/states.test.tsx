// Every state is drawn: each view rendered to static HTML in its states, checked for
// the Vietnamese words an officer reads and for counts coming before details.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { Issue } from "../../src/core/issues";
import { defaultPlan, findPeriod, findUnit } from "../../src/core/plan";
import type { ValidatedForm } from "../../src/core/read";
import { capabilitiesAt } from "../../src/excel/capabilities";
import { CapabilityBar } from "../../src/taskpane/components/CapabilityBar";
import { CheckResultView } from "../../src/taskpane/components/CheckResultView";
import { FinalizeResultView } from "../../src/taskpane/components/FinalizeResultView";
import { PlanBar } from "../../src/taskpane/components/PlanBar";
import { StaleBar } from "../../src/taskpane/components/StaleBar";
import { StatusTab } from "../../src/taskpane/components/StatusTab";
import { looseIssue } from "../helpers/issue-params";

function html(node: ReactElement): string {
  return renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>)
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
}

const errorIssue: Issue = looseIssue({ severity: "error", rule: "part_le_whole", indicator: "BL02.NU", cell: "BaoCao!E26", params: { part: 15, whole: 12 } });
const warningIssue: Issue = looseIssue({ severity: "warning", rule: "zero_warning", indicator: "CL01", cell: "BaoCao!E50", params: {} });
const form = {
  submission: { file: "x.xlsx", sheet: "BaoCao", unit: "X_VINH_THAI", period: "2024-Y", identifiedBy: "meta", values: {}, finalizedAt: null, reportDate: null, fileTime: null, readIssues: [] },
  values: {},
  issues: [errorIssue, warningIssue],
  errors: 1,
  warnings: 1,
} as ValidatedForm;
const noop = () => undefined;

describe("task pane states", () => {
  it("check result: counts first, then the issues by section; the selected cell is named", () => {
    const text = html(<CheckResultView plan={defaultPlan} mode="file" result={{ kind: "forms", source: "x.xlsx", forms: [form] }} selected={errorIssue} onSelect={noop} />);
    expect(text).toContain("Ô BaoCao!E26");
    expect(text).toContain("Mở tệp trong Excel và đến ô này");
    const counts = text.indexOf("1 lỗi");
    expect(counts).toBeGreaterThan(-1);
    expect(text.indexOf("1 cảnh báo")).toBeGreaterThan(counts);
    expect(text.indexOf("II. Phòng ngừa")).toBeGreaterThan(counts);
    expect(text.indexOf("V. Chỉ tiêu Chiến lược")).toBeGreaterThan(text.indexOf("II. Phòng ngừa"));
  });

  it("check result of a valid form says so", () => {
    const ok = { ...form, issues: [], errors: 0, warnings: 0 };
    expect(html(<CheckResultView plan={defaultPlan} mode="excel" result={{ kind: "forms", source: "Sổ đang mở", forms: [ok] }} selected={null} onSelect={noop} />)).toContain(
      "Biểu mẫu hợp lệ",
    );
  });

  it("check problem: a file that is not a form", () => {
    const issue: Issue = { severity: "error", rule: "not_a_report", indicator: null, cell: null, params: { reason: "không có trang nào có dòng tiêu đề" } };
    expect(html(<CheckResultView plan={defaultPlan} mode="file" result={{ kind: "problem", source: "a.xlsx", issue }} selected={null} onSelect={noop} />)).toContain(
      "a.xlsx: chưa kiểm tra được",
    );
  });

  it("stale: the sheet changed after the check", () => {
    expect(html(<StaleBar disabled={false} onRecheck={noop} />)).toContain("Trang tính đã thay đổi sau lần kiểm tra — hãy kiểm tra lại");
  });

  it("older Excel: what is missing is said plainly", () => {
    const caps = { ...capabilitiesAt(21), dataValidation: false, limitations: ["Excel này chưa hỗ trợ ExcelApi 1.8: biểu mẫu không có kiểm tra nhập liệu của Excel."] };
    const text = html(<CapabilityBar mode="excel" capabilities={caps} />);
    expect(text).toContain("Phiên bản Excel này thiếu một số tính năng");
    expect(text).toContain("ExcelApi 1.8");
    expect(html(<CapabilityBar mode="excel" capabilities={{ ...caps, limitations: [] }} />).trim()).toBe("");
  });

  it.each([
    [{ due: "2024-12-10", daysLeft: 1, daysLate: 0 }, "Hạn nộp 10/12/2024: còn 1 ngày."],
    [{ due: "2024-12-10", daysLeft: 0, daysLate: 0 }, "Hôm nay là hạn nộp (10/12/2024)."],
    [{ due: "2024-12-10", daysLeft: 0, daysLate: 2 }, "Hạn nộp 10/12/2024: đã trễ 2 ngày, hãy gửi ngay."],
  ])("finalized: names the due date and the days (%o)", (standing, words) => {
    const outcome = {
      kind: "finalized" as const,
      unit: findUnit(defaultPlan, "P_YTE")!,
      period: findPeriod(defaultPlan, "2024-Y")!,
      submittedAt: "2024-12-09T15:30:00+07:00",
      reportDate: "2024-12-09",
      standing,
    };
    const text = html(<FinalizeResultView plan={defaultPlan} outcome={outcome} selected={null} onSelect={noop} />);
    expect(text).toContain(words);
    expect(text).toContain("15:30 ngày 09/12/2024");
    expect(text).toContain("gửi e-mail tệp này về Phòng LĐ-TB&amp;XH");
  });

  it("finalize refused: lists the errors", () => {
    const text = html(<FinalizeResultView plan={defaultPlan} outcome={{ kind: "refused", form, errors: [errorIssue] }} selected={null} onSelect={noop} />);
    expect(text).toContain("Chưa thể hoàn tất: còn 1 lỗi");
    expect(text).toContain("BaoCao!E26");
  });

  it("plan file errors are listed with their place in the file", () => {
    const choice = { plan: defaultPlan, fileName: null, errors: [] };
    const text = html(<PlanBar choice={choice} busy={false} onPlanFile={noop} onDefault={noop} errors={[{ path: "units[2].code", message: "mã đơn vị chỉ gồm chữ in hoa, số, _" }]} />);
    expect(text).toContain("Tệp kế hoạch có 1 lỗi, vẫn dùng kế hoạch hiện tại");
    expect(text).toContain("units[2].code : mã đơn vị chỉ gồm chữ in hoa, số, _");
  });

  it("status tab without a summary: the empty state", () => {
    expect(html(<StatusTab plan={defaultPlan} summary={null} />)).toContain("Chưa có số liệu");
  });
});
