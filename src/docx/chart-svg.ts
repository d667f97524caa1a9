// A chart spec (src/core/report/chart-spec.ts) as SVG text, by ECharts' server-side rendering:
// no DOM and no canvas, so the same code runs in Node (bdg) and in the browser (the pane).
import * as echarts from "echarts";
import type { ChartSpec } from "../core/report";

export function chartSvg(spec: ChartSpec): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: spec.width, height: spec.height });
  try {
    chart.setOption(spec.option as echarts.EChartsOption);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
