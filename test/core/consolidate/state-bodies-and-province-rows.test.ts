// Two corrections of the built-in plan (docs/domain.md §4 V, §7): TL_CL01 counts state bodies and
// local governments only, and the rows only a province can judge stay off communes' forms and are
// never judged on a unit's form.
import { totalShareOfUnits } from "../../../src/core/consolidate/total-rules";
import { applicableIndicators, defaultPlan, findPeriod, findUnit, type Unit } from "../../../src/core/plan";
import { validateSubmission } from "../../../src/core/rules";
import { readWorkbook } from "../../../src/core/read";
import { buildFormGrid } from "../../helpers/form-grid";

const unit = (code: string, kind: string): Unit => ({ code, name: code, kind, required: true, aliases: [], formerly: [] });

describe("TL_CL01 over state bodies and local governments", () => {
  const forms = [
    { unit: unit("X_A", "XA"), values: { "CL01.NU": 1 } },
    { unit: unit("X_B", "XA"), values: { "CL01.NU": 0 } },
    { unit: unit("MTTQ", "MTTQ"), values: { "CL01.NU": 2 } },
    { unit: unit("CA", "CONGAN"), values: { "CL01.NU": 0 } },
    { unit: unit("TTVH", "TTVH"), values: { "CL01.NU": 0 } },
  ];
  it.each<[string, string[] | undefined, number, number]>([
    ["every reporting unit (the old rule)", undefined, 40, 5],
    ["state bodies and local governments only", ["XA", "LDTBXH", "YTE", "VHTT", "GDDT", "TUPHAP", "TCKH"], 50, 2],
  ])("%s", (_what, kinds, value, contributors) => {
    expect(totalShareOfUnits(forms, "CL01.NU", 1, kinds)).toEqual({ value, contributors });
  });
});

describe("province-only rows", () => {
  const period = findPeriod(defaultPlan, "2024-Y")!;
  it("are never on a commune's form", () => {
    const codes = (u: string) => applicableIndicators(defaultPlan, findUnit(defaultPlan, u)!, period).map((i) => i.code);
    for (const code of ["CL05", "CL14", "CL15", "TL_CL14"]) expect(codes("X_VINH_THAI")).not.toContain(code);
    expect(codes("P_TCKH")).toEqual(expect.arrayContaining(["CL14", "CL15", "TL_CL14"]));
  });

  it("are not judged against their target on a unit's form (the finance office with 10 % women-led firms gets no warning)", () => {
    const grid = buildFormGrid(defaultPlan, "P_TCKH", "2024-Y", { CL14: 10, CL15: 100 });
    const read = readWorkbook(defaultPlan, grid, "tckh.xlsx", null);
    if (read.kind !== "forms") throw new Error("not a form");
    const form = validateSubmission(defaultPlan, read.submissions[0]);
    expect(form.values.TL_CL14).toBe(10);
    expect(form.issues.filter((i) => i.indicator === "TL_CL14")).toEqual([]);
  });
});
