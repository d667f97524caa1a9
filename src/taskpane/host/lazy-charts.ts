// The pane's charts are drawn by the same ECharts server-side renderer as the Word report's
// (src/docx/chart-svg.ts), loaded only when the officer opens "Biểu đồ": webpack makes this dynamic
// import its own chunk (ECharts is shared with the report's chunk), so the first load never carries it.
import type { ChartSpec } from "../../core/report";

export async function chartSvgsLazily(specs: readonly ChartSpec[]): Promise<string[]> {
  const { chartSvg } = await import(/* webpackChunkName: "chart-svg" */ "../../docx/chart-svg.js");
  return specs.map(chartSvg);
}
