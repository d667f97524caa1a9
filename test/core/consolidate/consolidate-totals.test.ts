import { consolidate } from "../../../src/core/consolidate";
import type { ParsedValue } from "../../../src/core/read/validated-form";
import { form, single, smallPlan } from "./factory";

const ASOF = "2024-12-20";

function run(byUnit: Record<string, Record<string, ParsedValue>>, options?: { includeInvalid?: boolean }) {
  const reports = Object.entries(byUnit).map(([unit, values]) => single(form(unit, values)));
  return consolidate(smallPlan, "2024-Y", ASOF, reports, options);
}

/** A whole district: every rule has something to add up. */
const district: Record<string, Record<string, ParsedValue>> = {
  X_A: { TT01: 10, BL02: 10, BL03: 9, TL_BL03: 90, CL02: 3, "CL01.NU": 1, CL04: 14, "CL04.NU": 7, KP01: 1.5, TH01: "Có", NX01: "Khó khăn A" },
  X_B: { TT01: 20, BL02: 90, BL03: 45, TL_BL03: 50, CL02: 4, "CL01.NU": 0, CL04: 14, "CL04.NU": 7, KP01: 2.25, TH01: "Không" },
  X_C: { TT01: 5, BL02: 0, BL03: 0, TL_BL03: null, "CL01.NU": 2, TH01: "Có" },
  P_LD: { TT01: 1, BL02: 100, BL03: 50, CL02: 7, "CL01.NU": 1, TH01: "Có" },
  P_YT: { TT01: 0, CL04: 28, "CL04.NU": 14, "CL01.NU": 0, TH01: " có " },
};

describe("consolidate: district totals by total rule", () => {
  const s = run(district);
  const detail = (code: string) => s.totalDetails.find((d) => d.code === code)!;

  it.each([
    ["sum over every reporting unit", "TT01", 36, 5],
    ["sum of money keeps decimals", "KP01", 3.75, 2],
    ["sumKinds counts communes only", "BL02", 100, 3],
    ["sumKinds, second row", "BL03", 54, 3],
    ["fromUnit takes the source's figure", "CL02", 7, 1],
    ["fromUnit P_YT", "CL04", 28, 1],
    ["ratio from the district totals: 54 × 100 / 100", "TL_BL03", 54, 3],
    ["ratio with a signed term: (28 − 14) × 100 / 14", "TL_CL04", 100, 1],
    ["shareYes: 4 of 5 answering units said Có (spacing and case folded)", "TH01", 80, 5],
    ["shareOfUnits: 3 of 5 units have CL01.NU ≥ 1", "TL_CL01", 60, 5],
    ["text rows are not totalled", "NX01", null, 0],
  ])("%s", (_name, code, value, contributors) => {
    expect(s.totals[code]).toBe(value);
    expect(detail(code).value).toBe(value);
    expect(detail(code).contributors).toBe(contributors);
  });

  it("has one total per summary row of the period, in catalog order", () => {
    expect(Object.keys(s.totals)).toEqual(smallPlan.indicators.map((i) => i.code));
    const h1 = consolidate(smallPlan, "2024-H1", ASOF, []);
    expect(Object.keys(h1.totals)).not.toContain("TH01");
  });

  it("a ratio is never an average of the units' percentages", () => {
    const averageOfPercentages = (90 + 50) / 2; // X_A 90 %, X_B 50 %, X_C not calculable
    expect(averageOfPercentages).toBe(70);
    expect(s.totals.TL_BL03).toBe(54);
    expect(s.totals.TL_BL03).not.toBe(averageOfPercentages);
  });

  it.each([
    ["TL_BL03 54 < 80", "TL_BL03", { op: ">=", value: 80, met: false }],
    ["TL_CL01 60 ≥ 60", "TL_CL01", { op: ">=", value: 60, met: true }],
    ["TH01 80 ≠ 100", "TH01", { op: "==", value: 100, met: false }],
    ["TL_CL04 on 28 births < judgeMinBase 30: not judged", "TL_CL04", { op: "<=", value: 111, met: null }],
    ["no target", "TT01", null],
  ])("target for plan.targetYear 2025: %s", (_name, code, target) => {
    expect(detail(code).target).toEqual(target);
  });

  it.each([
    ["BL02: communes 100 vs district bodies 100", "BL02", { othersSum: 100, diffPct: 0, warn: false }],
    ["CL02: P_LD 7 vs communes 7", "CL02", { othersSum: 7, diffPct: 0, warn: false }],
    ["TT01 (sum) has no cross-check", "TT01", null],
  ])("cross-check %s", (_name, code, check) => {
    expect(detail(code).crossCheck).toEqual(check);
  });

  it("BL03: 54 vs 50 differs by 7.4 %, within 10 %", () => {
    expect(detail("BL03").crossCheck!.diffPct).toBeCloseTo((4 * 100) / 54, 10);
    expect(detail("BL03").crossCheck!.warn).toBe(false);
    expect(s.summaryIssues).toEqual([]);
  });

  it("matrix holds the counted forms by unit and code; narratives hold the non-empty texts", () => {
    expect(Object.keys(s.matrix)).toEqual(["X_A", "X_B", "X_C", "P_LD", "P_YT"]);
    expect(s.matrix.X_B.BL02).toBe(90);
    expect(s.narratives).toEqual([{ unit: "X_A", texts: { NX01: "Khó khăn A" } }]);
  });
});

describe("consolidate: cross-check warnings (tolerance 10 %)", () => {
  it.each([
    ["sumKinds, exactly 10 % is not a warning", "BL02", { X_A: { BL02: 100 }, P_LD: { BL02: 90 } }, 100, 90, 10, false],
    ["sumKinds, 11 % is a warning", "BL02", { X_A: { BL02: 100 }, P_LD: { BL02: 89 } }, 100, 89, 11, true],
    ["sumKinds, the others higher: |50 − 100| / 100", "BL02", { X_A: { BL02: 50 }, P_LD: { BL02: 100 } }, 50, 100, 50, true],
    ["fromUnit, communes far above the source", "CL02", { P_LD: { CL02: 10 }, X_A: { CL02: 15 }, X_B: { CL02: 5 } }, 10, 20, 50, true],
    ["fromUnit, both zero", "CL02", { P_LD: { CL02: 0 }, X_A: { CL02: 0 } }, 0, 0, 0, false],
  ])("%s", (_name, code, byUnit, total, othersSum, diffPct, warn) => {
    const s = run(byUnit);
    const d = s.totalDetails.find((x) => x.code === code)!;
    expect(d.value).toBe(total);
    expect(d.crossCheck!.othersSum).toBe(othersSum);
    expect(d.crossCheck!.diffPct).toBeCloseTo(diffPct, 10);
    expect(d.crossCheck!.warn).toBe(warn);
    const issues = s.summaryIssues.filter((i) => i.indicator === code);
    expect(issues).toEqual(
      warn
        ? [expect.objectContaining({ severity: "warning", rule: "cross_check", params: expect.objectContaining({ total, othersSum, tolerancePct: 10 }) })]
        : [],
    );
  });

  it("no others reported: nothing to compare", () => {
    const d = run({ X_A: { BL02: 5 } }).totalDetails.find((x) => x.code === "BL02")!;
    expect(d.crossCheck).toEqual({ othersSum: null, diffPct: null, warn: false });
  });
});

describe("consolidate: not calculable → null", () => {
  it.each([
    ["sum with no reporter", "TT01", { X_A: {} }],
    ["fromUnit when the source did not report (others did)", "CL02", { X_A: { CL02: 5 } }],
    ["ratio with a district denominator of 0", "TL_BL03", { X_A: { BL02: 0, BL03: 0 }, X_B: { BL02: 0, BL03: 0 } }],
    ["ratio with a part nobody reported", "TL_BL03", { X_A: { BL02: 10 } }],
    ["shareYes with no answer", "TH01", { X_A: { TT01: 1 } }],
    ["shareOfUnits with no reporter", "TL_CL01", { X_A: { TT01: 1 } }],
  ])("%s", (_name, code, byUnit) => {
    const s = run(byUnit);
    expect(s.totals[code]).toBeNull();
    expect(s.totalDetails.find((d) => d.code === code)!.target?.met ?? null).toBeNull();
  });
});

describe("consolidate: invalid forms", () => {
  const reports = [
    single(form("X_A", { TT01: 10, NX01: "A" })),
    single(form("X_B", { TT01: 5, NX01: "B" }, { errors: 1 })),
  ];

  it.each([
    ["left out by default", false, 10, ["X_A"], "chưa tổng hợp"],
    ["counted with includeInvalid", true, 15, ["X_A", "X_B"], "vẫn được tổng hợp"],
  ])("%s", (_name, includeInvalid, tt01, matrixUnits, reasonPart) => {
    const s = consolidate(smallPlan, "2024-Y", ASOF, reports, { includeInvalid });
    expect(s.includeInvalid).toBe(includeInvalid);
    expect(s.totals.TT01).toBe(tt01);
    expect(Object.keys(s.matrix)).toEqual(matrixUnits);
    expect(s.narratives.map((n) => n.unit)).toEqual(matrixUnits);
    const b = s.files.find((f) => f.file === "X_B.xlsx")!;
    expect(b.outcome).toBe("invalid");
    expect(b.reason).toContain(reasonPart);
    expect(s.units.find((u) => u.unit === "X_B")!.status).toBe("invalid");
  });
});
