// The Word report's writer (docx, ECharts) is loaded only when the officer asks for the report:
// webpack makes this dynamic import a separate chunk, so the pane's first load never carries it.
import type { ReportModel } from "../../core/report";
import { GENERATOR } from "../../usecases/settings-keys";
import { canvasPng } from "./canvas-png";

export async function writeReportLazily(model: ReportModel): Promise<Uint8Array> {
  const { renderReportDocx } = await import(/* webpackChunkName: "docx-writer" */ "../../docx/index.js");
  return renderReportDocx(model, { rasterise: canvasPng, generator: GENERATOR });
}
