// Comparison with an earlier period (docs/contract.md §4.5): the earlier totals with the change,
// outliers per unit against its own earlier value at the plan's threshold, matching through
// `formerly` when the roster changed, and notes for what cannot be compared.
import { consolidate } from "../../../src/core/consolidate";
import { PlanSchema, type Plan } from "../../../src/core/plan";
import type { PreviousRow, PreviousSummary } from "../../../src/core/read";
import { form, single, smallPlan, smallPlanInput } from "./factory";

const previousOf = (rows: PreviousRow[], plan = "thu-nghiem", period = "2023-Y", unitNames = new Map<string, string>()): PreviousSummary => ({ plan, period, asOf: "2023-12-20", rows, unitNames });
const run = (p: Plan, reports: ReturnType<typeof single>[], previous: PreviousSummary) => consolidate(p, "2024-Y", "2024-12-20", reports, { previous });

describe("the totals against the earlier period", () => {
  const s = run(smallPlan, [single(form("X_A", { TT01: 30, KP01: 10 })), single(form("X_B", { TT01: 20, KP01: 0 }))], previousOf([
    { unit: "TOTAL", indicator: "TT01", value: 40 },
    { unit: "TOTAL", indicator: "KP01", value: 0 },
    { unit: "TOTAL", indicator: "BL02", value: null },
  ]));

  it.each<[string, { previous: number | null; change: number | null; changePct: number | null }]>([
    ["TT01", { previous: 40, change: 10, changePct: 25 }],
    ["KP01", { previous: 0, change: 10, changePct: null }],
    ["BL02", { previous: null, change: null, changePct: null }],
  ])("%s", (code, expected) => {
    expect(s.comparison?.[code]).toEqual(expected);
  });

  it("names the earlier period, and what it did not have", () => {
    expect(s.previousPeriod).toBe("2023-Y");
    expect(s.comparison).not.toHaveProperty("TL_BL03");
    expect(s.comparisonNotes.join("\n")).toMatch(/Kỳ trước không có chỉ tiêu .*TL_BL03/);
  });
});

describe("outliers against the unit's own earlier value (×3 or ÷3, by at least 10)", () => {
  it.each<[string, number, number, boolean]>([
    ["30 → 91 (just over ×3)", 30, 91, true],
    ["30 → 90 (exactly ×3)", 30, 90, false],
    ["30 → 9 (÷3.3)", 30, 9, true],
    ["30 → 10 (exactly ÷3)", 30, 10, false],
    ["3 → 12 (×4 but only 9 more)", 3, 12, false],
    ["3 → 13 (×4.3 and 10 more)", 3, 13, true],
    ["0 → 10", 0, 10, true],
    ["0 → 9", 0, 9, false],
    ["the same", 50, 50, false],
  ])("%s → %s", (_what, before, now, outlier) => {
    const s = run(smallPlan, [single(form("X_A", { TT01: now }))], previousOf([{ unit: "X_A", indicator: "TT01", value: before }]));
    const alerts = s.units.find((u) => u.unit === "X_A")!.alerts.filter((a) => a.rule === "outlier_vs_previous");
    expect(alerts.length === 1).toBe(outlier);
    if (outlier) expect(alerts[0].message).toMatch(new RegExp(`là ${now} buổi, kỳ 2023-Y là ${before} buổi`));
  });

  it("says the whole alert with what the figures count", () => {
    const s = run(smallPlan, [single(form("X_A", { TT01: 91 }))], previousOf([{ unit: "X_A", indicator: "TT01", value: 30 }]));
    expect(s.units.find((u) => u.unit === "X_A")!.alerts.map((a) => a.message)).toEqual([
      "Số buổi tuyên truyền (TT01) là 91 buổi, kỳ 2023-Y là 30 buổi: thay đổi bất thường (gấp 3,0 lần); hãy kiểm tra lại với đơn vị",
    ]);
  });

  it("follows the plan's own threshold", () => {
    const strict = PlanSchema.parse({ ...smallPlanInput, outlier: { factor: 1.5, minChange: 1 } });
    const s = run(strict, [single(form("X_A", { TT01: 16 }))], previousOf([{ unit: "X_A", indicator: "TT01", value: 10 }]));
    expect(s.units.find((u) => u.unit === "X_A")!.alerts.map((a) => a.rule)).toEqual(["outlier_vs_previous"]);
  });

  it("does not judge ratios, yes/no or texts", () => {
    const s = run(smallPlan, [single(form("X_A", { BL02: 10, BL03: 10, TL_BL03: 100, TH01: "Có" }))], previousOf([
      { unit: "X_A", indicator: "BL02", value: 10 },
      { unit: "X_A", indicator: "TL_BL03", value: 10 },
    ]));
    expect(s.units.find((u) => u.unit === "X_A")!.alerts).toEqual([]);
  });
});

describe("a roster that changed: units matched through `formerly` (docs/domain.md §7)", () => {
  const merged = PlanSchema.parse({
    ...smallPlanInput,
    units: [
      { code: "X_MOI", name: "Xã Mới", kind: "XA", formerly: ["X_A", "X_B"], since: "2025-07-01" },
      { code: "X_C", name: "Xã C", kind: "XA" },
      { code: "X_D", name: "Xã D", kind: "XA" },
      { code: "P_LD", name: "Phòng Lao động", kind: "LDTBXH" },
      { code: "P_YT", name: "Phòng Y tế", kind: "YTE" },
    ],
  });
  const rows = [
    { unit: "X_A", indicator: "TT01", value: 10 },
    { unit: "X_B", indicator: "TT01", value: 5 },
    { unit: "X_C", indicator: "TT01", value: 40 },
  ];
  // the former units are in no current plan: their names come from the earlier summary itself
  const names = new Map([["X_A", "Xã Vĩnh An"], ["X_B", "Xã Vĩnh Bình"], ["X_C", "Xã C"]]);
  const reports = [single(form("X_MOI", { TT01: 60 })), single(form("X_C", { TT01: 41 })), single(form("X_D", { TT01: 7 }))];
  const s = run(merged, reports, previousOf(rows, "vinh-linh-2024", "2023-Y", names));
  const alertsOf = (code: string) => s.units.find((u) => u.unit === code)!.alerts;

  it("adds up the former units' values and says so, naming them as the earlier summary did", () => {
    expect(alertsOf("X_MOI")).toEqual([expect.objectContaining({ rule: "outlier_vs_previous", message: expect.stringMatching(/là 60 buổi, kỳ 2023-Y là 15 buổi \(tổng của các đơn vị cũ Xã Vĩnh An, Xã Vĩnh Bình\)/) })]);
    expect(s.comparisonNotes.join("\n")).toMatch(/các đơn vị cũ: Xã Mới \(Xã Vĩnh An, Xã Vĩnh Bình\)/);
  });

  it("an earlier summary without the names: the former units by their codes", () => {
    const byCode = run(merged, reports, previousOf(rows, "vinh-linh-2024"));
    expect(byCode.units.find((u) => u.unit === "X_MOI")!.alerts[0].message).toMatch(/\(tổng của các đơn vị cũ X_A, X_B\)/);
    expect(byCode.comparisonNotes.join("\n")).toMatch(/các đơn vị cũ: Xã Mới \(X_A, X_B\)/);
  });

  it("a unit with no earlier data is named, not judged", () => {
    expect(alertsOf("X_D")).toEqual([]);
    expect(s.comparisonNotes.join("\n")).toMatch(/Chưa có số liệu kỳ trước của: Xã D/);
  });

  it("an earlier summary of another plan: a clear note, only the shared indicators compared", () => {
    expect(s.comparisonNotes[0]).toMatch(/thuộc kế hoạch “vinh-linh-2024”, khác kế hoạch đang dùng \(“thu-nghiem”\): chỉ so sánh \d+ chỉ tiêu có ở cả hai/);
  });
});

describe("a picked file that may be the wrong one is said first", () => {
  const reports = [single(form("X_A", { TT01: 30 }))];
  const earlier = (period: string, asOf: string, plan = "thu-nghiem"): PreviousSummary => ({ plan, period, asOf, rows: [{ unit: "TOTAL", indicator: "TT01", value: 40 }], unitNames: new Map() });
  it.each<[string, PreviousSummary, RegExp | null]>([
    ["the same period again (a re-run)", earlier("2024-Y", "2024-12-10"), /^Bảng tổng hợp được chọn làm kỳ trước là của chính kỳ 2024-Y \(tính đến ngày 10\/12\/2024\): đây là so sánh với lần tổng hợp trước của cùng kỳ/],
    ["a summary made after this one's day", earlier("2025-Y", "2025-12-20"), /^Bảng tổng hợp kỳ trước \(2025-Y\) tính đến ngày 20\/12\/2025, sau ngày tính của kỳ này \(20\/12\/2024\): hãy kiểm tra đã chọn đúng tệp/],
    ["the same code in another plan is another period, not a re-run", earlier("2024-Y", "2024-12-10", "ke-hoach-khac"), /^Bảng tổng hợp kỳ trước \(2024-Y\) thuộc kế hoạch/],
    ["an earlier period: nothing to warn of", earlier("2023-Y", "2023-12-20"), null],
  ])("%s", (_, previous, first) => {
    const notes = run(smallPlan, reports, previous).comparisonNotes;
    if (first) expect(notes[0]).toMatch(first);
    else expect(notes.join("\n")).not.toMatch(/chính kỳ|sau ngày tính/);
  });
});
