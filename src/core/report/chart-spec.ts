// A chart as data (docs/contract.md §4.4 "the totals against their targets, with charts"): an
// ECharts option made of plain values only (no functions), so one spec renders the same to SVG in
// Node and in the browser (src/docx/chart-svg.ts). Every number in it has passed the small-number
// rule already (small-numbers.ts): a renderer never sees a value it may not show.

export type ChartId = "reporting_status" | "targets" | "victims" | "victims_by_unit";

export interface ChartSpec {
  id: ChartId;
  /** "Biểu đồ 1. Tình hình gửi báo cáo của các đơn vị". */
  caption: string;
  /** Under the caption, when the chart needs a word (what "< 5" means, where the totals are). */
  note: string | null;
  /** Pixels at 96 dpi: the printed size on the page. */
  width: number;
  height: number;
  /** ECharts option: plain data only. */
  option: Record<string, unknown>;
}

/** The serif of official documents, then what stands in for it where Times New Roman is missing. */
export const CHART_FONT = "Times New Roman, Liberation Serif, DejaVu Serif, serif";

/** Width of the text block of an A4 page with the report's margins (210 − 30 − 15 mm) at 96 dpi, less a little. */
export const CHART_WIDTH = 610;
