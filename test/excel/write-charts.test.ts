// The summary's native charts (BieuDo) written into the open workbook through the port, on the
// fake Excel at every level: present with their type, source, title, axes and place where the host
// has ExcelApi 1.7; absent (the tables kept, the pane told) below; replaced, not piled up, when the
// summary is written again, even over a sheet the clerk protected; and never plotting a per-unit
// count of victims below 5 (docs/domain.md §8).
import { a1 } from "../../src/core/grid";
import { consolidate, type Summary } from "../../src/core/consolidate";
import { defaultPlan } from "../../src/core/plan";
import { CHART_SHEET, chartSheet } from "../../src/core/report";
import type { ChartModel } from "../../src/core/sheet";
import { writeSummary } from "../../src/usecases";
import { FakeExcel, plotted, type FakeChart } from "../fakes/fake-excel";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, rectText } from "../fakes/fake-excel/state";
import { form, single } from "../core/consolidate/factory";
import { LEVELS, levelHas, minorOf, portOn } from "./port-kit";

/** Victims per commune: 1 and 0 are "< 5" in any chart; 12 and 6 may be shown. */
const VICTIMS: Record<string, number> = { X_VINH_THAI: 1, X_VINH_TU: 0, X_VINH_KHE: 12, X_VINH_HA: 6 };

function summary(): Summary {
  const reports = Object.entries(VICTIMS).map(([unit, n]) =>
    single(form(unit, { BL02: n, "BL02.NU": Math.min(n, 1), "BL02.TE": 0, "BL02.CT": 0, TT05: 9000, TT06: 12000, CL01: 2 })),
  );
  return consolidate(defaultPlan, "2024-Y", "2024-12-12", reports);
}

const models = (): ChartModel[] => chartSheet(defaultPlan, summary())?.charts ?? [];

const TYPES: Record<string, string> = {
  bdg_TinhHinhGuiBaoCao: "BarStacked",
  bdg_ChiTieuMucTieu: "BarClustered",
  bdg_NanNhanGioiTinhTuoi: "ColumnClustered",
  bdg_NanNhanTheoDonVi: "BarClustered",
};

/** Points from the top of the sheet to the top of `row` (0-based). */
function rowTop(fake: FakeExcel, row: number): number {
  let top = 0;
  for (let r = 0; r < row; r++) top += fake.sheet(CHART_SHEET).rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT;
  return top;
}

async function written(level: string) {
  const fake = new FakeExcel(["Sheet1"]);
  fake.apiVersion = level;
  const kit = portOn(fake);
  const outcome = await writeSummary(kit.port, defaultPlan, summary());
  if (outcome.kind !== "written") throw new Error("nothing of the officer's was in the way");
  return { fake, ...kit, report: outcome.report };
}

describe("the chart models the summary asks for", () => {
  it("are the four charts of the Word report, in its order", () => {
    expect(models().map((m) => m.name)).toEqual(Object.keys(TYPES));
  });
});

describe.each(LEVELS.filter((l) => levelHas(l, "writeSummary")))("the summary's charts on ExcelApi %s", (level) => {
  const draws = levelHas(level, "charts");

  if (draws) {
    it("are on BieuDo: the right type, source (the table above each), title, axes, legend, colours and place", async () => {
      const { fake, report } = await written(level);
      expect(report.sheets).toContain(CHART_SHEET);
      expect(report.degraded.some((d) => /biểu đồ/.test(d))).toBe(false);
      const charts = fake.charts(CHART_SHEET);
      expect(charts.map((c) => c.name)).toEqual(Object.keys(TYPES));
      for (const model of models()) {
        const chart = charts.find((c) => c.name === model.name) as FakeChart;
        expect(chart.chartType).toBe(TYPES[model.name]);
        expect(chart.source.sheet.name).toBe(CHART_SHEET);
        expect(rectText(chart.source.rect)).toBe(`${a1(model.source.top, model.source.left)}:${a1(model.source.bottom, model.source.right)}`);
        expect(chart.seriesBy).toBe("Columns");
        expect(chart.title).toMatchObject({ text: model.title, visible: true, font: { name: "Times New Roman", bold: true } });
        expect(chart.font).toMatchObject({ name: "Times New Roman" });
        expect(chart.axes.value.title).toBe(model.valueAxisTitle ?? "");
        expect(chart.axes.category.title).toBe(model.categoryAxisTitle ?? "");
        // bars read from the top down, as the table does
        expect(chart.axes.category.reversePlotOrder).toBe(model.direction === "bar");
        // ... with the value axis kept at the bottom where the host can say so (1.8)
        expect(chart.axes.category.position).toBe(model.direction === "bar" && minorOf(level) >= 8 ? "Maximum" : "Automatic");
        expect(chart.series.map((s) => s.fill)).toEqual(model.seriesColors.map((c) => `#${c}`));
        expect(chart.legend.visible).toBe(model.seriesColors.length > 1);
        expect(chart.dataLabels.showValue).toBe(model.dataLabels);
        // below its table, never over it; as wide as the block
        expect(chart.top).toBe(rowTop(fake, model.anchor.top));
        expect(chart.top).toBeGreaterThanOrEqual(rowTop(fake, model.source.bottom + 1));
        expect(chart.left).toBe(0);
        expect(chart.width).toBeGreaterThan(DEFAULT_COLUMN_WIDTH * 4);
        // what it plots is the table's header and rows
        const table = plotted(chart);
        expect(table.categories.length).toBe(model.source.bottom - model.source.top);
        expect(table.series.length).toBe(model.source.right - model.source.left);
      }
    });

    it("never plot a per-unit count of victims below 5: the plotted cell is empty and the note says '< 5'", async () => {
      const { fake } = await written(level);
      const byUnit = fake.charts(CHART_SHEET).find((c) => c.name === "bdg_NanNhanTheoDonVi") as FakeChart;
      const { categories, series } = plotted(byUnit);
      const shown = Object.fromEntries(categories.map((name, i) => [name, series[0].values[i]]));
      expect(shown).toEqual({ "Xã Vĩnh Hà": 6, "Xã Vĩnh Khê": 12, "Xã Vĩnh Thái": null, "Xã Vĩnh Tú": null });
      const notes = categories.map((_, i) => fake.sheet(CHART_SHEET).cells.get(`${byUnit.source.rect.top + 1 + i},7`)?.value ?? "");
      expect(notes).toEqual(["", "", "< 5", "< 5"]);
      // every per-unit value any chart plots may be shown; the exact 1 is still in the matrix
      for (const chart of fake.charts(CHART_SHEET)) {
        if (chart.name !== "bdg_NanNhanTheoDonVi") continue;
        for (const v of plotted(chart).series.flatMap((s) => s.values)) expect(v === null || v >= 5).toBe(true);
      }
      expect([...fake.sheet("MaTran").cells.values()].some((c) => c.value === 1)).toBe(true);
    });

    it("written again: the charts are replaced, not piled up — also over a BieuDo the clerk protected — within 3 requests", async () => {
      const { fake, port } = await written(level);
      await fake.eventsDelivered();
      const first = fake.charts(CHART_SHEET).map((c) => c.id);
      fake.sheet(CHART_SHEET).protected = true;
      fake.resetCounters();
      expect((await writeSummary(port, defaultPlan, summary())).kind).toBe("written");
      const again = fake.charts(CHART_SHEET);
      expect(again.map((c) => c.name)).toEqual(Object.keys(TYPES));
      expect(again.some((c) => first.includes(c.id))).toBe(false);
      expect(fake.syncs).toBeLessThanOrEqual(3);
      expect(fake.calculationPending).toBe(false);
    });
  } else {
    it("are not drawn; BieuDo keeps its tables and the pane says charts are missing", async () => {
      const { fake, port, report } = await written(level);
      expect(fake.charts(CHART_SHEET)).toEqual([]);
      expect(fake.cell(CHART_SHEET, "A1")?.value).toBe("BIỂU ĐỒ NĂM 2024");
      expect(report.degraded).toContainEqual(expect.stringMatching(/chưa vẽ được biểu đồ \(cần ExcelApi 1\.7\)/));
      const caps = await port.capabilities();
      expect(caps.features.charts).toMatchObject({ available: false, needs: "ExcelApi 1.7" });
      expect(caps.limitations.join("\n")).toMatch(/Vẽ biểu đồ trong trang BieuDo: cần ExcelApi 1\.7/);
      expect(fake.syncs).toBeLessThanOrEqual(minorOf(level) >= 6 ? 3 : 2);
    });
  }
});

describe("at the charts' threshold", () => {
  it.each([
    ["1.6", 0, "Automatic"],
    ["1.7", 4, "Automatic"],
    ["1.8", 4, "Maximum"],
  ])("ExcelApi %s draws %d charts (bars' value axis: %s), and asks nothing of a higher set", async (level, count, position) => {
    const { fake, report } = await written(level);
    expect(fake.charts(CHART_SHEET)).toHaveLength(count);
    expect(report.degraded.some((d) => /chưa vẽ được biểu đồ/.test(d))).toBe(count === 0);
    for (const chart of fake.charts(CHART_SHEET)) if (chart.chartType.startsWith("Bar")) expect(chart.axes.category.position).toBe(position);
  });
});

describe("below the summary's level (ExcelApi 1.1)", () => {
  it("nothing is written, no chart; the pane lists charts among what is missing", async () => {
    const fake = new FakeExcel(["Sheet1"]);
    fake.apiVersion = "1.1";
    const { port } = portOn(fake);
    await expect(writeSummary(port, defaultPlan, summary())).rejects.toThrow(/cần ExcelApi 1\.2/);
    expect(fake.sheetNames()).toEqual(["Sheet1"]);
    const caps = await port.capabilities();
    expect(caps.features.charts.available).toBe(false);
    expect(caps.limitations.some((l) => l.startsWith("Vẽ biểu đồ trong trang BieuDo: cần ExcelApi 1.7, Excel này chỉ có ExcelApi 1.1"))).toBe(true);
  });
});

describe("an Excel that lost the level it drew the charts at", () => {
  it("deletes the old charts when it rewrites BieuDo without drawing (a stale chart would plot moved cells)", async () => {
    const { fake, settings } = await written("1.13");
    await fake.eventsDelivered();
    expect(fake.charts(CHART_SHEET)).toHaveLength(4);
    fake.apiVersion = "1.4";
    const older = portOn(fake, { settings });
    const outcome = await writeSummary(older.port, defaultPlan, summary());
    expect(outcome.kind).toBe("written");
    expect(fake.charts(CHART_SHEET)).toEqual([]);
  });
});

describe("a chart sheet that is to be protected", () => {
  it("gets its charts before the protection (a chart cannot be added to a protected sheet)", async () => {
    const fake = new FakeExcel(["Sheet1"]);
    fake.apiVersion = "1.13";
    const sheet = { ...(chartSheet(defaultPlan, summary()) as NonNullable<ReturnType<typeof chartSheet>>), protect: true };
    const report = await portOn(fake).port.writeSheets({ sheets: [sheet] });
    expect(report.degraded).toEqual([]);
    expect(fake.charts(CHART_SHEET)).toHaveLength(4);
    expect(fake.sheet(CHART_SHEET).protected).toBe(true);
  });
});
