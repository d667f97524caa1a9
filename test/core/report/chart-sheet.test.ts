// The BieuDo sheet (src/core/report/chart-sheet.ts): the tables the Excel charts plot, under the
// small-number rule (docs/domain.md §8) in the cells themselves, and where each chart goes.
import { consolidate } from "../../../src/core/consolidate";
import { defaultPlan } from "../../../src/core/plan";
import { CHART_SHEET, chartList, chartSheet, reportCharts } from "../../../src/core/report";
import type { SheetModel } from "../../../src/core/sheet";
import { form, single } from "../consolidate/factory";

const NAMES: Record<string, string> = { X_VINH_THAI: "Xã Vĩnh Thái", X_VINH_TU: "Xã Vĩnh Tú", X_VINH_KHE: "Xã Vĩnh Khê", X_VINH_HA: "Xã Vĩnh Hà" };

function sheetFor(victims: Record<string, number>): SheetModel | null {
  const reports = Object.entries(victims).map(([unit, n]) => single(form(unit, { BL02: n, "BL02.NU": 0, "BL02.TE": 0, "BL02.CT": 0 })));
  return chartSheet(defaultPlan, consolidate(defaultPlan, "2024-Y", "2024-12-12", reports));
}

const at = (sheet: SheetModel, row: number, col: number) => sheet.cells.find((c) => c.row === row && c.col === col)?.value ?? null;

/** The per-unit victims table: name → [plotted cell, note]. */
function byUnit(sheet: SheetModel): Record<string, [unknown, unknown]> {
  const chart = sheet.charts?.find((c) => c.name === "bdg_NanNhanTheoDonVi");
  if (!chart) return {};
  const out: Record<string, [unknown, unknown]> = {};
  for (let row = chart.source.top + 1; row <= chart.source.bottom; row++) out[String(at(sheet, row, 0))] = [at(sheet, row, 1), at(sheet, row, 7)];
  return out;
}

describe("the per-unit victims table: what the chart plots obeys the small-number rule", () => {
  it.each([
    ["1 and 0 are '< 5', their cells empty", { X_VINH_THAI: 1, X_VINH_TU: 0, X_VINH_KHE: 12, X_VINH_HA: 6 }, { X_VINH_THAI: [null, "< 5"], X_VINH_TU: [null, "< 5"], X_VINH_KHE: [12, null], X_VINH_HA: [6, null] }],
    ["a lone '< 5': the smallest other is 'ẩn'", { X_VINH_THAI: 12, X_VINH_TU: 2, X_VINH_KHE: 7, X_VINH_HA: 9 }, { X_VINH_THAI: [12, null], X_VINH_TU: [null, "< 5"], X_VINH_KHE: [null, "ẩn"], X_VINH_HA: [9, null] }],
    ["5 and above are shown", { X_VINH_THAI: 5, X_VINH_TU: 6 }, { X_VINH_THAI: [5, null], X_VINH_TU: [6, null] }],
    ["all below 5", { X_VINH_THAI: 4, X_VINH_TU: 3 }, { X_VINH_THAI: [null, "< 5"], X_VINH_TU: [null, "< 5"] }],
  ] as const)("%s", (_what, victims, expected) => {
    const sheet = sheetFor(victims) as SheetModel;
    expect(byUnit(sheet)).toEqual(Object.fromEntries(Object.entries(expected).map(([unit, cells]) => [NAMES[unit], cells])));
    for (const [value] of Object.values(byUnit(sheet))) expect(value === null || (typeof value === "number" && value >= 5)).toBe(true);
  });

  it("one unit alone gets no per-unit chart (its figure is the total)", () => {
    expect((sheetFor({ X_VINH_THAI: 3 }) as SheetModel).charts?.map((c) => c.name)).not.toContain("bdg_NanNhanTheoDonVi");
  });
});

describe("the sheet's layout", () => {
  const sheet = sheetFor({ X_VINH_THAI: 1, X_VINH_TU: 0, X_VINH_KHE: 12, X_VINH_HA: 6 }) as SheetModel;
  const charts = sheet.charts ?? [];

  it("is the visible, unprotected sheet BieuDo with the Word report's charts (no target reached here: no rate to chart)", () => {
    expect([sheet.name, sheet.visibility, sheet.protect]).toEqual([CHART_SHEET, "visible", false]);
    expect(charts.map((c) => [c.name, c.direction, c.stacked])).toEqual([
      ["bdg_TinhHinhGuiBaoCao", "bar", true],
      ["bdg_NanNhanGioiTinhTuoi", "column", false],
      ["bdg_NanNhanTheoDonVi", "bar", false],
    ]);
    charts.forEach((c, i) => expect(c.title).toMatch(new RegExp(`^Biểu đồ ${i + 1}\\. `)));
  });

  it("each source is its header row (text) over its rows, one colour per series; the chart lies below it, clear of the next block", () => {
    charts.forEach((c, i) => {
      expect(typeof at(sheet, c.source.top, 0)).toBe("string");
      for (let col = c.source.left + 1; col <= c.source.right; col++) expect(typeof at(sheet, c.source.top, col)).toBe("string");
      expect(c.seriesColors).toHaveLength(c.source.right - c.source.left);
      expect(c.anchor.top).toBeGreaterThan(c.source.bottom);
      const next = charts[i + 1];
      if (next) expect(next.source.top).toBeGreaterThan(c.anchor.bottom);
      // nothing written under a chart
      expect(sheet.cells.filter((cell) => cell.row >= c.anchor.top && cell.row <= c.anchor.bottom)).toEqual([]);
    });
  });

  it("prints one block a page, landscape at full size: a page break before each block's caption but the first", () => {
    const captions = sheet.cells.filter((c) => typeof c.value === "string" && /^Biểu đồ \d+\. /.test(c.value)).map((c) => c.row);
    expect(sheet.landscape).toBe(true);
    expect(sheet.print?.fit).toEqual({ kind: "scale", percent: 100 });
    expect(sheet.print?.rowBreaks).toEqual(captions.slice(1));
    expect(captions).toHaveLength(charts.length);
  });

  it("a block too tall for one page also breaks before its chart, and a long list's chart stays within a page", () => {
    const many = Object.fromEntries(defaultPlan.units.filter((u) => u.kind === "XA").map((u, i) => [u.code, 5 + i]));
    const tall = sheetFor(many) as SheetModel;
    const byUnitChart = tall.charts?.find((c) => c.name === "bdg_NanNhanTheoDonVi");
    if (!byUnitChart) throw new Error("no per-unit chart");
    expect(byUnitChart.anchor.bottom - byUnitChart.anchor.top + 1).toBeLessThanOrEqual(32);
    // 18 communes: caption, 19 table rows, the note and 27 chart rows pass a landscape page (510 pt)
    expect(byUnitChart.anchor.bottom - byUnitChart.source.top + 2).toBeGreaterThan(510 / 15);
    expect(tall.print?.rowBreaks).toContain(byUnitChart.anchor.top);
    expect(tall.print?.rowBreaks).toContain(byUnitChart.source.top - 1);
  });

  it("a summary with no figures charts only how the units reported", () => {
    const empty = chartSheet(defaultPlan, consolidate(defaultPlan, "2024-Y", "2024-12-12", [])) as SheetModel;
    expect(empty.charts?.map((c) => c.name)).toEqual(["bdg_TinhHinhGuiBaoCao"]);
  });
});

describe("BieuDo and the Word report show the same charts", () => {
  it.each([
    ["victims in two xã", { X_VINH_THAI: 7, X_VINH_TU: 2 }],
    ["no victims", { X_VINH_THAI: 0 }],
  ])("%s: the Excel charts' titles are the report's captions, in its order", (_, victims) => {
    const reports = Object.entries(victims).map(([unit, n]) => single(form(unit, { BL02: n, "BL02.NU": 0, "BL02.TE": 0, "BL02.CT": 0 })));
    const summary = consolidate(defaultPlan, "2024-Y", "2024-12-12", reports);
    const period = defaultPlan.periods.find((p) => p.code === "2024-Y")!;
    expect(chartSheet(defaultPlan, summary)?.charts?.map((c) => c.title)).toEqual(chartList(reportCharts(defaultPlan, summary, period)).map((c) => c.caption));
  });
});
