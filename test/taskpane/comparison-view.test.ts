// What the pane shows of a comparison with the earlier period: the indicators that moved most in %
// of their earlier total (a change from 0, which has no %, after them), signed figures written the
// Vietnamese way, the units with outlier alerts, and nothing at all without an earlier summary.
import { consolidate, type Change, type Summary } from "../../src/core/consolidate";
import { defaultPlan } from "../../src/core/plan";
import { comparisonView, OUTLIER_LINES } from "../../src/taskpane/view/comparison-view";

const empty = consolidate(defaultPlan, "2024-Y", "2024-12-15", []);

function compared(rows: Record<string, [now: number | null, change: Change]>, alerts: Summary["units"][number]["alerts"] = []): Summary {
  const totals = { ...empty.totals };
  const comparison: Record<string, Change> = {};
  for (const [code, [now, change]] of Object.entries(rows)) {
    totals[code] = now;
    comparison[code] = change;
  }
  const units = empty.units.map((u) => (u.unit === "X_VINH_THAI" ? { ...u, alerts } : u));
  return { ...empty, totals, comparison, previousPeriod: "2023-Y", comparisonNotes: ["Kỳ 2023-Y không có chỉ tiêu BL10"], units };
}

describe("comparisonView", () => {
  it("is null without an earlier summary", () => {
    expect(comparisonView(defaultPlan, empty)).toBeNull();
  });

  it.each([
    ["a rise", { TT01: [1500, { previous: 1200, change: 300, changePct: 25 }] }, [["TT01", "1.500", "1.200", "+300", "+25,0\u00a0%"]]],
    ["a fall", { TT01: [900, { previous: 1200, change: -300, changePct: -25 }] }, [["TT01", "900", "1.200", "\u2212300", "\u221225,0\u00a0%"]]],
    ["a rise from 0 (no %)", { TT01: [7, { previous: 0, change: 7, changePct: null }] }, [["TT01", "7", "0", "+7", ""]]],
    ["no change is not listed", { TT01: [5, { previous: 5, change: 0, changePct: 0 }] }, []],
    ["nothing earlier is not listed", { TT01: [5, { previous: null, change: null, changePct: null }] }, []],
    [
      "largest |%| first, then changes from 0 by size",
      {
        TT01: [11, { previous: 10, change: 1, changePct: 10 }],
        TT02: [5, { previous: 10, change: -5, changePct: -50 }],
        TT03: [3, { previous: 0, change: 3, changePct: null }],
        TT04: [9, { previous: 0, change: 9, changePct: null }],
      },
      [
        ["TT02", "5", "10", "\u22125", "\u221250,0\u00a0%"],
        ["TT01", "11", "10", "+1", "+10,0\u00a0%"],
        ["TT04", "9", "0", "+9", ""],
        ["TT03", "3", "0", "+3", ""],
      ],
    ],
  ] as [string, Record<string, [number | null, Change]>, string[][]][])("%s", (_, rows, lines) => {
    const view = comparisonView(defaultPlan, compared(rows));
    expect(view?.lines.map((l) => [l.code, l.now, l.before, l.change, l.changePct])).toEqual(lines);
    expect(view?.compared).toBe(Object.keys(rows).length);
    expect(view?.notes).toEqual(["Kỳ 2023-Y không có chỉ tiêu BL10"]);
  });

  it("keeps at most `limit` lines, and labels each with the plan's wording", () => {
    const rows = Object.fromEntries(["TT01", "TT02", "TT03"].map((code, i) => [code, [i + 2, { previous: 1, change: i + 1, changePct: (i + 1) * 100 }]])) as Record<string, [number, Change]>;
    const view = comparisonView(defaultPlan, compared(rows), 2);
    expect(view?.lines.map((l) => l.code)).toEqual(["TT03", "TT02"]);
    expect(view?.lines[0].label).toBe(defaultPlan.indicators.find((i) => i.code === "TT03")?.label);
    expect(view?.compared).toBe(3);
  });

  it("lists the units with outlier alerts, by the unit's name, and no other alert", () => {
    const view = comparisonView(defaultPlan, compared({}, [
      { rule: "outlier_vs_previous", message: "TT01 là 40, kỳ 2023-Y là 10: thay đổi bất thường", files: [] },
      { rule: "same_date_conflict", message: "hai tệp cùng ngày", files: [] },
    ] as Summary["units"][number]["alerts"]));
    expect(view?.outliers).toEqual([{ unit: "X_VINH_THAI", unitName: "Xã Vĩnh Thái", message: "TT01 là 40, kỳ 2023-Y là 10: thay đổi bất thường" }]);
  });
});

describe("a province's dozens of outliers", () => {
  it("lists the first OUTLIER_LINES and counts them all", () => {
    const alerts = Array.from({ length: 13 }, (_, i) => ({ rule: "outlier_vs_previous", message: `TT${i} thay đổi bất thường`, files: [] }));
    const view = comparisonView(defaultPlan, compared({}, alerts as Summary["units"][number]["alerts"]));
    expect(view?.outliers.map((o) => o.message)).toEqual(alerts.slice(0, OUTLIER_LINES).map((a) => a.message));
    expect(view?.outlierCount).toBe(13);
  });
});
