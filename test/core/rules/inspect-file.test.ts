import type { CellValue, WorkbookGrid } from "../../../src/core/grid";
import { buildForm, withValues } from "../../../src/core/form";
import { renderIssue } from "../../../src/core/issues";
import { defaultPlan as plan } from "../../../src/core/plan";
import { unreadableReport } from "../../../src/core/read";
import { inspectWorkbook } from "../../../src/core/rules";
import type { WorkbookModel } from "../../../src/core/sheet/sheet-model";
import { buildFormGrid, validValues } from "../../helpers/form-grid";

/** What a reader sees of a workbook model: literal values; formulas as not yet calculated (blank). */
function gridOf(model: WorkbookModel): WorkbookGrid {
  return {
    sheets: model.sheets.map((s) => {
      const rows: CellValue[][] = [];
      for (const c of s.cells) {
        (rows[c.row] ??= [])[c.col] = c.formula ? null : (c.value ?? null);
      }
      for (let r = 0; r < rows.length; r++) rows[r] ??= [];
      return { name: s.name, visibility: s.visibility, rows };
    }),
  };
}

describe("inspectWorkbook", () => {
  it("reads and validates a filled form: one ValidatedForm per form sheet", () => {
    const grid = buildFormGrid(plan, "X_VINH_THAI", "2024-Y", validValues(plan, "X_VINH_THAI", "2024-Y", { TT06: null }), { reportDate: "09/12/2024" });
    const report = inspectWorkbook(plan, "inbox/x.xlsx", "2024-12-11T08:00:00+07:00", grid);
    expect(report.kind).toBe("forms");
    if (report.kind !== "forms") return;
    expect(report).toMatchObject({ file: "inbox/x.xlsx", fileTime: "2024-12-11T08:00:00+07:00" });
    expect(report.forms).toHaveLength(1);
    const form = report.forms[0];
    expect(form.submission).toMatchObject({ unit: "X_VINH_THAI", period: "2024-Y", reportDate: "2024-12-09" });
    expect(form.issues.map((i) => i.rule)).toEqual(["required"]);
    expect(form.errors).toBe(1);
    expect(form.values.TL_TT05).toBeNull();
  });

  it("a book without a form is not_a_report with a Vietnamese reason", () => {
    const report = inspectWorkbook(plan, "x.xlsx", null, { sheets: [{ name: "Sheet1", visibility: "visible", rows: [["a"]] }] });
    expect(report).toMatchObject({ kind: "not_a_report", file: "x.xlsx", issue: { rule: "not_a_report", severity: "error" } });
    if (report.kind === "not_a_report") expect(renderIssue(report.issue)).toMatch(/^Tệp không phải biểu mẫu báo cáo: không có trang/);
  });

  it("unreadableReport carries the reason", () => {
    expect(unreadableReport("a.xls", null, "định dạng .xls cũ không được hỗ trợ")).toEqual({
      file: "a.xls",
      fileTime: null,
      kind: "unreadable",
      issue: { severity: "error", rule: "unreadable", indicator: null, cell: null, params: { reason: "định dạng .xls cũ không được hỗ trợ" } },
    });
  });
});

describe("the form laid out by src/core/form reads back", () => {
  it.each(plan.units.map((u) => [u.code]))("%s, 2024-Y: every value read back by code, no issues", (unit) => {
    const built = buildForm(plan, unit, "2024-Y", "test");
    if (!built.ok) throw new Error(built.message);
    const values = validValues(plan, unit, "2024-Y") as Record<string, string | number | null>;
    const report = inspectWorkbook(plan, "f.xlsx", null, gridOf(withValues(built.form, values, "2024-12-09")));
    if (report.kind !== "forms") throw new Error(JSON.stringify(report));
    const form = report.forms[0];
    expect(form.issues.map((i) => `${i.rule}:${i.indicator}`)).toEqual([]);
    expect(form.submission).toMatchObject({ unit, period: "2024-Y", identifiedBy: "meta", reportDate: "2024-12-09" });
    for (const [code, v] of Object.entries(values)) expect(form.values[code]).toBe(v);
  });
});
