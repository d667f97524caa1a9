import { withValues, type FormValue } from "../../src/core/form";
import type { SheetGrid, WorkbookGrid } from "../../src/core/grid";
import { defaultPlan } from "../../src/core/plan";
import { consolidateFiles, reminderLines, type ConsolidateProgress, type InputFile } from "../../src/usecases";
import { formOf, validValues } from "./form-values";
import { modelToGrid } from "./memory-workbook-port";

/** One commune's form sheet, renamed as a clerk would when gathering sheets into one book (no _meta). */
function gatheredSheet(unit: string, reportDate: string, overrides: Record<string, FormValue> = {}): SheetGrid {
  const form = formOf(unit, "2024-Y");
  const grid = modelToGrid(withValues(form, { ...validValues(form), ...overrides }, reportDate));
  return { ...grid.sheets[0], name: unit };
}

function clerkBook(): WorkbookGrid {
  return {
    sheets: [
      gatheredSheet("X_VINH_THAI", "2024-12-09"),
      gatheredSheet("X_VINH_HA", "2024-12-13"),
      gatheredSheet("P_YTE", "2024-12-05", { CL04: 10, "CL04.NU": 11 }),
      { name: "Ghi chú", visibility: "visible", rows: [["không phải biểu mẫu"]] },
    ],
  };
}

const garbage: InputFile = { name: "hong.xlsx", lastModified: Date.UTC(2024, 11, 11), bytes: async () => new TextEncoder().encode("not a zip") };
const vanished: InputFile = { name: "mat.xlsx", lastModified: null, bytes: async () => Promise.reject(new Error("tệp đã bị xóa")) };

async function summarise(progress: ConsolidateProgress[] = []) {
  return consolidateFiles({
    plan: defaultPlan,
    periodCode: "2024-Y",
    asOf: "2024-12-15",
    files: [garbage, vanished],
    openWorkbook: clerkBook(),
    onProgress: (p) => progress.push(p),
    sliceMs: 0, // a progress step after every file
  });
}

describe("consolidateFiles", () => {
  it("takes the form sheets already in the open workbook", async () => {
    const summary = await summarise();
    const status = Object.fromEntries(summary.units.map((u) => [u.unit, [u.status, u.daysLate]]));
    expect(status).toMatchObject({
      X_VINH_THAI: ["on_time", 0],
      X_VINH_HA: ["late", 3],
      P_YTE: ["invalid", 0],
      X_VINH_LONG: ["missing", 0],
      MTTQ: ["optional_missing", 0],
    });
    expect(summary.files.find((f) => f.file === "Sổ đang mở#X_VINH_THAI")?.outcome).toBe("used");
  });

  it("reports unreadable files as outcomes, one progress step per file", async () => {
    const progress: ConsolidateProgress[] = [];
    const summary = await summarise(progress);
    expect(progress).toEqual([
      { done: 1, total: 2, file: "hong.xlsx" },
      { done: 2, total: 2, file: "mat.xlsx" },
    ]);
    const outcomes = Object.fromEntries(summary.files.map((f) => [f.file, f.outcome]));
    expect(outcomes["hong.xlsx"]).toBe("unreadable");
    expect(outcomes["mat.xlsx"]).toBe("unreadable");
  });

  it("adds nothing for an open workbook without forms", async () => {
    const summary = await consolidateFiles({
      plan: defaultPlan,
      periodCode: "2024-Y",
      asOf: "2024-12-01",
      files: [],
      openWorkbook: { sheets: [{ name: "Sheet1", visibility: "visible", rows: [] }] },
    });
    expect(summary.files).toEqual([]);
    expect(new Set(summary.units.map((u) => u.status))).toEqual(new Set(["pending", "optional_missing"]));
  });
});

describe("reminderLines", () => {
  it.each([
    ["X_VINH_LONG", "missing", "Kính gửi Xã Vĩnh Long: đề nghị gửi báo cáo BĐG kỳ Năm 2024 (hạn 10/12/2024) về Phòng LĐ-TB&XH; đến ngày 15/12/2024 đơn vị chưa gửi, đã quá hạn 5 ngày."],
    ["X_VINH_HA", "late", "Kính gửi Xã Vĩnh Hà: báo cáo BĐG kỳ Năm 2024 nhận ngày 13/12/2024, trễ 3 ngày so với hạn 10/12/2024; đề nghị gửi đúng hạn ở các kỳ sau."],
    ["P_YTE", "invalid", "Kính gửi Phòng Y tế: báo cáo BĐG kỳ Năm 2024 còn 1 lỗi nên chưa được tổng hợp; đề nghị mở tệp, bấm “Kiểm tra”, sửa lỗi, bấm “Hoàn tất” rồi gửi lại về Phòng LĐ-TB&XH (hạn 10/12/2024)."],
  ])("writes the reminder for %s (%s)", async (unit, status, text) => {
    const lines = reminderLines(defaultPlan, await summarise());
    expect(lines.find((l) => l.unit === unit)).toEqual({ unit, status, text });
  });

  it("reminds no unit that is on time, pending or optional", async () => {
    const lines = reminderLines(defaultPlan, await summarise());
    const units = lines.map((l) => l.unit);
    expect(units).not.toContain("X_VINH_THAI");
    expect(units).not.toContain("MTTQ");
    // 27 units: 1 on time, 1 optional → 25 lines (23 missing, 1 late, 1 invalid)
    expect(lines).toHaveLength(25);
  });
});
