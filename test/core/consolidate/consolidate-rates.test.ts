import { consolidate } from "../../../src/core/consolidate";
import type { FileReport } from "../../../src/core/read/validated-form";
import { book, form, notAReport, single, smallPlan, unreadable, warningIssue } from "./factory";

// Required units: X_A, X_B, X_C, P_LD, P_YT (5). MTTQ is optional.
describe("consolidate: reporting and on-time rates over the required units (DHIS2)", () => {
  it.each([
    ["nobody reported", "2024-12-20", [], 0, 0],
    ["all on time", "2024-12-20", ["X_A", "X_B", "X_C", "P_LD", "P_YT"].map((u) => single(form(u, {}))), 100, 100],
    [
      "2 on time, 1 late, 1 invalid, 1 missing; the optional unit does not count",
      "2024-12-20",
      [
        single(form("X_A", {})),
        single(form("X_B", {})),
        single(form("X_C", {}, { reportDate: "2024-12-13" })),
        single(form("P_LD", {}, { errors: 1 })),
        single(form("MTTQ", {})),
      ],
      60,
      40,
    ],
    ["pending units lower the rates too (they are not valid reports yet)", "2024-12-05", [single(form("X_A", { TT01: 1 }, { reportDate: "2024-12-04" }))], 20, 20],
  ])("%s", (_name, asOf, reports, reportingRate, onTimeRate) => {
    const s = consolidate(smallPlan, "2024-Y", asOf, reports);
    expect(s.reportingRate).toBeCloseTo(reportingRate, 10);
    expect(s.onTimeRate).toBeCloseTo(onTimeRate, 10);
    expect(s.units.map((u) => u.unit)).toEqual(smallPlan.units.map((u) => u.code));
  });
});

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let x = seed;
  for (let i = out.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe("consolidate is deterministic", () => {
  const reports: FileReport[] = [
    single(form("X_A", { TT01: 1, BL02: 4, BL03: 2, TH01: "Có", NX01: "a" }, { file: "x-a-1.xlsx", reportDate: "2024-12-01" })),
    single(form("X_A", { TT01: 2, BL02: 5, BL03: 3, TH01: "Có" }, { file: "x-a-2.xlsx", reportDate: "2024-12-11" })),
    single(form("X_B", { TT01: 3, BL02: 6, BL03: 1, TH01: "Không" }, { issues: [warningIssue()] })),
    single(form("P_LD", { TT01: 4, BL02: 40, BL03: 1, CL02: 9 }, { errors: 1 })),
    book([form("X_C", { TT01: 5, KP01: 0.1 }, { file: "b.xlsx#C" }), form("P_YT", { TT01: 6, KP01: 0.2 }, { file: "b.xlsx#YT" })], "b.xlsx"),
    single(form("X_C", { TT01: 5 }, { file: "c-h1.xlsx", period: "2024-H1" })),
    unreadable("z.xlsx"),
    notAReport("a-khac.xlsx"),
  ];

  it.each([1, 2, 3, 4, 5, 6])("shuffle %i gives the identical JSON", (seed) => {
    const expected = JSON.stringify(consolidate(smallPlan, "2024-Y", "2024-12-20", reports));
    const actual = JSON.stringify(consolidate(smallPlan, "2024-Y", "2024-12-20", shuffle(reports, seed)));
    expect(actual).toBe(expected);
  });

  it("files are sorted by name", () => {
    const s = consolidate(smallPlan, "2024-Y", "2024-12-20", shuffle(reports, 7));
    const names = s.files.map((f) => f.file);
    expect(names).toEqual([...names].sort());
    expect(s.issuesByFile.map((e) => e.file)).toEqual(names);
  });
});
