// SheetModel.charts as native Excel charts (docs/contract.md §4.4; the BieuDo sheet of
// src/core/report/chart-sheet.ts). Every call here is ExcelApi 1.1 (ChartCollection.add, Chart.name,
// format.font, title, setPosition, axes' titles, legend, dataLabels, series fill) except two, which make the
// feature need 1.7 (features.ts "charts"): ChartAxis.reversePlotOrder, so that bars read from the
// top down in the order of the table above them (Excel draws a bar chart's first category at the
// bottom), and ChartSeries.gapWidth. From 1.8 the value axis of such a chart is put back at the
// bottom (ChartAxis.position, features.ts "chartAxisCrossing").
// A chart is not cell content: clearing the sheet's cells leaves it. A rewrite therefore lists the
// sheet's charts while it clears the cells (one load, read after that request) and deletes them
// in the next request, before the new ones are added: charts are replaced, never piled up.
import type { ChartModel } from "../core/sheet";
import { a1 } from "../core/grid";
import { rectAddress } from "./sheet-address";
import type { HostSupport } from "./support";

/** The font of the summary's sheets (src/core/consolidate/summary-styles.ts). */
const CHART_FONT = "Times New Roman";
/** Bars a little wider than Excel's default gap of 150 % of a bar leaves them. */
const GAP_WIDTH = 60;

const EXCEL_TYPE = {
  bar: { stacked: "BarStacked", side: "BarClustered" },
  column: { stacked: "ColumnStacked", side: "ColumnClustered" },
} as const;

export function excelChartType(chart: Pick<ChartModel, "direction" | "stacked">): (typeof EXCEL_TYPE)[ChartModel["direction"]][keyof (typeof EXCEL_TYPE)["bar"]] {
  const types = EXCEL_TYPE[chart.direction];
  return chart.stacked ? types.stacked : types.side;
}

/** Queues the load of a sheet's charts (names only: a bare load of charts failed inside Excel, office-js#217). */
export function listCharts(sheet: Excel.Worksheet): Excel.ChartCollection {
  const charts = sheet.charts;
  charts.load("items/name");
  return charts;
}

/** Queues the deletion of the charts a listCharts() of an earlier request found. */
export function deleteListed(charts: Excel.ChartCollection): number {
  for (const chart of charts.items) chart.delete();
  return charts.items.length;
}

/** Queues one chart: added over its source cells, named, titled, placed over its anchor cells. */
export function addChart(sheet: Excel.Worksheet, model: ChartModel, support: HostSupport): void {
  // seriesBy said, not "Auto": the API's "Auto" has read a range the other way round from Excel's own (office-js#1830).
  const chart = sheet.charts.add(excelChartType(model), sheet.getRange(rectAddress(model.source)), "Columns");
  chart.name = model.name;
  // the summary's serif for every text of the chart (axes, legend, labels), the title a size up
  chart.format.font.name = CHART_FONT;
  chart.title.text = model.title;
  const font = chart.title.format.font;
  font.name = CHART_FONT;
  font.size = 12;
  font.bold = true;
  chart.setPosition(a1(model.anchor.top, model.anchor.left), a1(model.anchor.bottom, model.anchor.right));
  const axes = chart.axes;
  if (model.categoryAxisTitle) axes.categoryAxis.title.text = model.categoryAxisTitle;
  if (model.valueAxisTitle) axes.valueAxis.title.text = model.valueAxisTitle;
  if (model.direction === "bar") {
    axes.categoryAxis.reversePlotOrder = true;
    if (support.has("chartAxisCrossing")) axes.categoryAxis.position = "Maximum";
  }
  const seriesCount = model.source.right - model.source.left;
  chart.legend.visible = seriesCount > 1;
  if (seriesCount > 1) chart.legend.position = "Bottom";
  model.seriesColors.slice(0, seriesCount).forEach((color, i) => chart.series.getItemAt(i).format.fill.setSolidColor(`#${color}`));
  if (seriesCount > 0) chart.series.getItemAt(0).gapWidth = GAP_WIDTH;
  chart.dataLabels.showValue = model.dataLabels;
}
