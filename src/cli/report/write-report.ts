// `--docx FILE.docx`: the narrative report of the summary (docs/contract.md §4.4), rendered by
// src/docx with the charts' PNGs drawn by resvg (resvg-png.ts), and written through the run's
// outputs (atomic, locked: docs/contract.md §4.3). A failure to render is a failed write: the
// summary is still printed (exit 3).
import type { Summary } from "../../core/consolidate";
import type { Plan } from "../../core/plan";
import { buildReport } from "../../core/report";
import { renderReportDocx } from "../../docx";
import type { Outputs, WriteResult } from "../io/write";
import { printErr } from "../output/write-out";
import { GENERATOR } from "../version";
import { nodeRasteriser } from "./resvg-png";

export async function writeReport(outputs: Outputs, outPath: string, plan: Plan, summary: Summary): Promise<WriteResult> {
  let bytes: Uint8Array;
  try {
    const raster = nodeRasteriser();
    if (raster.missingFonts) printErr("Không tìm thấy phông Times New Roman (hoặc Liberation Serif, DejaVu Serif) trên máy: ảnh PNG dự phòng của biểu đồ sẽ không có chữ; Word vẫn hiện biểu đồ đầy đủ.");
    bytes = await renderReportDocx(buildReport(plan, summary), { rasterise: raster.rasterise, generator: GENERATOR });
  } catch (e) {
    return { ok: false, message: `Không tạo được báo cáo Word ${outPath}: lỗi không mong đợi (xin báo cho người phát triển): ${e instanceof Error ? e.message : String(e)}` };
  }
  return outputs.write(outPath, bytes);
}
