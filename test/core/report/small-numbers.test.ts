// The small-number rule (docs/domain.md §8) as the report's charts apply it.
import { consolidate } from "../../../src/core/consolidate";
import { defaultPlan } from "../../../src/core/plan";
import { buildReport, HIDDEN_COUNT_TEXT, isSensitiveCount, shownCount, shownUnitCounts, SMALL_COUNT_TEXT, type ChartSpec } from "../../../src/core/report";
import { form, single } from "../consolidate/factory";

describe("shownCount: a sensitive per-unit count below 5 is '< 5'", () => {
  it.each([
    // value, sensitive, scope, shown text, suppressed
    [0, true, "unit", "< 5", true],
    [1, true, "unit", "< 5", true],
    [4, true, "unit", "< 5", true],
    [5, true, "unit", "5", false],
    [1234, true, "unit", "1.234", false],
    [1, true, "total", "1", false],
    [3, false, "unit", "3", false],
    [0, false, "unit", "0", false],
  ] as const)("%d (sensitive %s, %s) → %s", (value, sensitive, scope, text, suppressed) => {
    const shown = shownCount(value, sensitive, scope);
    expect(shown).toEqual({ suppressed, value: suppressed ? null : value, text });
  });
});

describe("isSensitiveCount: victims, perpetrators and trafficking counts (section II, BL*)", () => {
  it.each([
    ["BL02", "count", true],
    ["BL02.NU", "count", true],
    ["BL04", "count", true],
    ["BL09.NU", "count", true],
    ["TL_BL03", "calc", false],
    ["TT01", "count", false],
    ["CL05", "count", false],
  ] as const)("%s (%s) → %s", (code, type, sensitive) => {
    expect(isSensitiveCount({ code, type })).toBe(sensitive);
  });
});

describe("shownUnitCounts: one hidden count is never given back by total − the others", () => {
  it.each([
    ["none hidden", [12, 7, 9], ["12", "7", "9"]],
    ["one hidden: the smallest other is hidden too", [12, 2, 7, 9], ["12", SMALL_COUNT_TEXT, HIDDEN_COUNT_TEXT, "9"]],
    ["two hidden: their sum is all the total tells", [12, 2, 3, 9], ["12", SMALL_COUNT_TEXT, SMALL_COUNT_TEXT, "9"]],
    ["all hidden", [1, 0, 4], [SMALL_COUNT_TEXT, SMALL_COUNT_TEXT, SMALL_COUNT_TEXT]],
    ["one unit only, hidden: nothing else to hide", [3], [SMALL_COUNT_TEXT]],
  ] as const)("%s", (_what, values, texts) => {
    const shown = shownUnitCounts(values.map((value, i) => ({ unit: `U${i}`, value })), true);
    expect(shown.map((s) => s.shown.text)).toEqual(texts);
    for (const s of shown) if (s.shown.suppressed) expect(s.shown.value).toBeNull();
  });

  it("a row that is not sensitive is shown as it is", () => {
    expect(shownUnitCounts([{ unit: "A", value: 1 }, { unit: "B", value: 9 }], false).map((s) => s.shown.text)).toEqual(["1", "9"]);
  });
});

describe("the report's per-unit victims chart carries no value it may not show", () => {
  // Four communes: victims 1, 0, 12 and 6 (so total 19 is shown, 1 and 0 are "< 5").
  const values = { X_VINH_THAI: 1, X_VINH_TU: 0, X_VINH_KHE: 12, X_VINH_HA: 6 };
  const reports = Object.entries(values).map(([unit, n]) => single(form(unit, { BL02: n, "BL02.NU": Math.min(n, 1), "BL02.TE": 0, "BL02.CT": 0 })));
  const summary = consolidate(defaultPlan, "2024-Y", "2024-12-12", reports);
  const charts = buildReport(defaultPlan, summary).body.flatMap((b) => (b.kind === "chart" ? [b.chart] : []));
  const byUnit = charts.find((c) => c.id === "victims_by_unit") as ChartSpec;
  const series = (byUnit.option.series as { data: { value: number; label: { formatter: string } }[] }[])[0];
  const categories = (byUnit.option.yAxis as { data: string[] }).data;
  const shown = Object.fromEntries(categories.map((name, i) => [name, series.data[i]]));

  it("lists the communes that reported, and no district body", () => {
    expect(categories).toEqual(["Xã Vĩnh Hà", "Xã Vĩnh Khê", "Xã Vĩnh Thái", "Xã Vĩnh Tú"]);
  });

  it.each([
    ["Xã Vĩnh Thái", 0, "< 5"],
    ["Xã Vĩnh Tú", 0, "< 5"],
    ["Xã Vĩnh Khê", 12, "12"],
    ["Xã Vĩnh Hà", 6, "6"],
  ])("%s: bar %d, label %s", (name, value, label) => {
    expect(shown[name]).toEqual({ value, label: { show: true, formatter: label } });
  });

  it("the district total stays as it is, beside the chart", () => {
    const bySexAge = charts.find((c) => c.id === "victims") as ChartSpec;
    expect(bySexAge.note).toContain("tổng số 19 nạn nhân");
  });

  it("says what '< 5' means under the chart", () => {
    expect(byUnit.note).toMatch(/^“< 5”: đơn vị có dưới 5 nạn nhân/);
  });
});
