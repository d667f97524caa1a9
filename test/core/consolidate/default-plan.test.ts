// Consolidation on the built-in Vĩnh Linh 2024 plan: a whole district of 27 units.
import { consolidate, summaryWorkbook } from "../../../src/core/consolidate";
import { applicableIndicators, defaultPlan, findPeriod, summaryIndicators } from "../../../src/core/plan";
import type { ParsedValue } from "../../../src/core/read/validated-form";
import { form, single } from "./factory";

/** Every applicable row filled: counts 1 (2 for the denominators' parts below), money 0,5, yes/no "Có". */
function fullValues(unitCode: string, periodCode: string): Record<string, ParsedValue> {
  const unit = defaultPlan.units.find((u) => u.code === unitCode)!;
  const period = findPeriod(defaultPlan, periodCode)!;
  const values: Record<string, ParsedValue> = {};
  for (const ind of applicableIndicators(defaultPlan, unit, period)) {
    if (ind.type === "count") values[ind.code] = ind.code === "BL02" ? 2 : 1;
    else if (ind.type === "money") values[ind.code] = 0.5;
    else if (ind.type === "yesno") values[ind.code] = "Có";
    else if (ind.type === "text") values[ind.code] = ind.code === "NX01" ? `Khó khăn của ${unitCode}` : null;
    else values[ind.code] = null;
  }
  return values;
}

function district(periodCode: string) {
  return defaultPlan.units.map((u) => single(form(u.code, fullValues(u.code, periodCode), { period: periodCode, reportDate: periodCode === "2024-Y" ? "2024-12-10" : "2024-06-05" })));
}

describe("consolidate on defaultPlan (Vĩnh Linh 2024)", () => {
  const year = consolidate(defaultPlan, "2024-Y", "2024-12-20", district("2024-Y"));

  it("has one total per summary row, one status per roster unit, everyone on time", () => {
    expect(Object.keys(year.totals)).toEqual(summaryIndicators(defaultPlan, findPeriod(defaultPlan, "2024-Y")!).map((i) => i.code));
    expect(year.units).toHaveLength(27);
    expect(new Set(year.units.map((u) => u.status))).toEqual(new Set(["on_time"]));
    expect([year.reportingRate, year.onTimeRate]).toEqual([100, 100]);
    expect(year.files.every((f) => f.outcome === "used")).toBe(true);
  });

  it.each([
    ["TT01: everyone but TCKH", "TT01", 26],
    ["TT03: communes and MTTQ", "TT03", 19],
    ["BL02: communes only (18 × 2)", "BL02", 36],
    ["TL_BL03: 18 × 1 × 100 / 36", "TL_BL03", 50],
    ["BL09: P_LDTBXH's own figure", "BL09", 1],
    ["CL04: P_YTE's own figure", "CL04", 1],
    ["TH01: all 27 said Có", "TH01", 100],
    ["TL_CL01: every unit has a woman leader", "TL_CL01", 100],
    ["KP01: 27 × 0,5", "KP01", 13.5],
    ["NX01 is text", "NX01", null],
  ])("%s", (_name, code, value) => {
    expect(year.totals[code]).toBe(value);
  });

  it("cross-checks the communes-only and single-source rows against the 10 % tolerance", () => {
    const bl02 = year.totalDetails.find((d) => d.code === "BL02")!;
    expect(bl02.crossCheck).toEqual({ othersSum: 4, diffPct: ((36 - 4) * 100) / 36, warn: true }); // CA_HUYEN + P_VHTT
    const bl09 = year.totalDetails.find((d) => d.code === "BL09")!;
    expect(bl09.crossCheck!.othersSum).toBe(19); // 18 communes + Công an
    expect(year.summaryIssues.every((i) => i.rule === "cross_check" && i.severity === "warning")).toBe(true);
    expect(year.summaryIssues.map((i) => i.indicator)).toContain("BL02");
  });

  it("the half-year summary leaves out the Tháng hành động rows", () => {
    const h1 = consolidate(defaultPlan, "2024-H1", "2024-06-10", district("2024-H1"));
    expect(h1.totals).not.toHaveProperty("TH01");
    expect(h1.totals.TT01).toBe(26);
  });

  it("renders the six sheets with no formula, every narrative as a value", () => {
    const wb = summaryWorkbook(defaultPlan, year);
    expect(wb.sheets.flatMap((s) => s.cells).filter((c) => c.formula !== undefined)).toEqual([]);
    const narratives = wb.sheets.find((s) => s.name === "NhanXet")!.cells.filter((c) => typeof c.value === "string" && c.value.startsWith("Khó khăn của"));
    expect(narratives).toHaveLength(27);
    const title = wb.sheets[0].cells.find((c) => c.row === 0)!.value;
    expect(title).toBe(defaultPlan.issuer);
  });
});
