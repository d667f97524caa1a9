// "Tải báo cáo Word (.docx)": the narrative report of the summary (docs/contract.md §4.4), as the
// bytes of a file to download. Browser-safe: the sentences come from the core, the .docx writer is
// passed in (the pane loads it lazily, with a canvas rasteriser; tests and Node give their own), so
// the pane and the CLI share one report.
import type { Summary } from "../core/consolidate";
import type { Plan } from "../core/plan";
import { buildReport, type ReportModel } from "../core/report";

/** The report model → .docx bytes (src/docx renderReportDocx with a rasteriser bound). */
export type ReportWriter = (model: ReportModel) => Promise<Uint8Array>;

export type ReportDocxOutcome = { ok: true; fileName: string; bytes: Uint8Array } | { ok: false; message: string };

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** "BaoCao_BDG_2024-Y_2024-12-12.docx", beside the summary's "TongHop_BDG_…" name. */
export function reportFileName(summary: Pick<Summary, "period" | "asOf" | "recipient">): string {
  return `BaoCao_BDG_${summary.period}${summary.recipient ? `_${summary.recipient}` : ""}_${summary.asOf}.docx`;
}

export async function reportDocx(plan: Plan, summary: Summary, write: ReportWriter): Promise<ReportDocxOutcome> {
  if (!plan.periods.some((p) => p.code === summary.period)) {
    return { ok: false, message: `Kế hoạch đang dùng không có kỳ "${summary.period}" của bảng tổng hợp: hãy tổng hợp lại rồi tải báo cáo.` };
  }
  try {
    return { ok: true, fileName: reportFileName(summary), bytes: await write(buildReport(plan, summary)) };
  } catch (e) {
    return { ok: false, message: `Không tạo được báo cáo Word: ${e instanceof Error ? e.message : String(e)}` };
  }
}
