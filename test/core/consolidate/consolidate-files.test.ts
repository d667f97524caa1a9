import { consolidate } from "../../../src/core/consolidate";
import { book, form, notAReport, single, smallPlan, unreadable } from "./factory";

const ASOF = "2024-12-20";

describe("consolidate: what became of each file", () => {
  it.each([
    ["a valid form is used", [single(form("X_A", { TT01: 1 }))], "X_A.xlsx", "used", null],
    ["a form with errors is invalid", [single(form("X_A", { TT01: 1 }, { errors: 1 }))], "X_A.xlsx", "invalid", /1 lỗi/],
    ["an unidentified unit", [single(form(null, { TT01: 1 }, { file: "la.xlsx" }))], "la.xlsx", "unknown_unit", /Không xác định được đơn vị/],
    ["a unit code not in the roster", [single(form("X_Z", { TT01: 1 }))], "X_Z.xlsx", "unknown_unit", /"X_Z" không có trong danh sách/],
    ["another period of the plan", [single(form("X_A", { TT01: 1 }, { period: "2024-H1" }))], "X_A.xlsx", "wrong_period", /kỳ "6 tháng đầu năm 2024"/],
    ["no period", [single(form("X_A", { TT01: 1 }, { period: null }))], "X_A.xlsx", "wrong_period", /Không xác định được kỳ/],
    ["unreadable", [unreadable("hong.xlsx")], "hong.xlsx", "unreadable", /Không đọc được/],
    ["not a report", [notAReport("bang-luong.xlsx")], "bang-luong.xlsx", "not_a_report", /không phải biểu mẫu/],
  ])("%s", (_name, reports, file, outcome, reason) => {
    const s = consolidate(smallPlan, "2024-Y", ASOF, reports);
    const f = s.files.find((x) => x.file === file)!;
    expect(f.outcome).toBe(outcome);
    if (reason === null) expect(f.reason).toBeNull();
    else expect(f.reason).toMatch(reason);
  });

  it("the latest submission of a unit wins; the older one is superseded with a warning naming the newer file", () => {
    const older = form("X_A", { TT01: 5 }, { file: "X_A-cu.xlsx", reportDate: "2024-12-05" });
    const newer = form("X_A", { TT01: 7 }, { file: "X_A-moi.xlsx", reportDate: "2024-12-12" });
    const s = consolidate(smallPlan, "2024-Y", ASOF, [single(newer), single(older)]);
    expect(s.files.map((f) => [f.file, f.outcome])).toEqual([
      ["X_A-cu.xlsx", "superseded"],
      ["X_A-moi.xlsx", "used"],
    ]);
    expect(s.files[0].reason).toMatch(/mới hơn.*X_A-moi\.xlsx \(nộp ngày 12\/12\/2024\)/);
    expect(s.issuesByFile.find((e) => e.file === "X_A-cu.xlsx")!.issues).toEqual([
      expect.objectContaining({ severity: "warning", rule: "duplicate_submission", params: expect.objectContaining({ newerFile: "X_A-moi.xlsx" }) }),
    ]);
    expect(s.totals.TT01).toBe(7);
    const unit = s.units.find((u) => u.unit === "X_A")!;
    expect([unit.status, unit.daysLate, unit.file]).toEqual(["late", 2, "X_A-moi.xlsx"]);
  });

  it.each([
    ["finalize stamp beats an earlier report date", { finalizedAt: "2024-12-09T08:00:00+07:00" }, { reportDate: "2024-12-08" }, "a.xlsx"],
    ["later time on the same day wins", { fileTime: "2024-12-09T08:00:00+07:00", reportDate: null }, { fileTime: "2024-12-09T09:00:00+07:00", reportDate: null }, "b.xlsx"],
    ["same moment: the greater file name wins", {}, {}, "b.xlsx"],
    ["a dated form beats an undated one", { reportDate: null }, { reportDate: "2024-12-01" }, "b.xlsx"],
  ])("latest wins: %s", (_name, a, b, winner) => {
    const s = consolidate(smallPlan, "2024-Y", ASOF, [
      single(form("X_A", { TT01: 1 }, { ...a, file: "a.xlsx" })),
      single(form("X_A", { TT01: 2 }, { ...b, file: "b.xlsx" })),
    ]);
    expect(s.files.find((f) => f.outcome === "used")!.file).toBe(winner);
  });

  it("a book of several forms gives one outcome per sheet; its file time dates forms that carry none", () => {
    const s = consolidate(smallPlan, "2024-Y", ASOF, [
      book(
        [
          form("X_A", { TT01: 1 }, { file: "so.xlsx#XaA", reportDate: null }),
          form("X_B", { TT01: 2 }, { file: "so.xlsx#XaB", reportDate: "2024-12-01" }),
        ],
        "so.xlsx",
        "2024-12-11T09:00:00+07:00",
      ),
    ]);
    expect(s.files.map((f) => [f.file, f.outcome])).toEqual([
      ["so.xlsx#XaA", "used"],
      ["so.xlsx#XaB", "used"],
    ]);
    const a = s.units.find((u) => u.unit === "X_A")!;
    expect([a.status, a.daysLate, a.dateSource, a.submittedAt]).toEqual(["late", 1, "file_time", "2024-12-11"]);
  });

  it("a form of another period gets a wrong_period error in its issues, and no numbers", () => {
    const s = consolidate(smallPlan, "2024-Y", ASOF, [single(form("X_A", { TT01: 9 }, { period: "2024-H1" }))]);
    expect(s.issuesByFile[0].issues.map((i) => i.rule)).toEqual(["wrong_period"]);
    expect(s.totals.TT01).toBeNull();
    expect(s.units.find((u) => u.unit === "X_A")!.status).toBe("missing");
  });

  it("rejects a period that is not in the plan", () => {
    expect(() => consolidate(smallPlan, "2099-Y", ASOF, [])).toThrow(/2099-Y/);
  });
});
