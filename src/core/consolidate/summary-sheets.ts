// The district summary of docs/domain.md §6 as a workbook model, one sheet per concern. No cell holds
// a formula: every figure is a computed number and every text (units' names, narratives, file
// names, messages) is an inert `value`.
import type { Plan } from "../plan/schema";
import { fitWrappedRows, type WorkbookModel } from "../sheet";
import { loiKiemTraSheet } from "./sheet-loi-kiem-tra";
import { maTranSheet } from "./sheet-ma-tran";
import { nhanXetSheet } from "./sheet-nhan-xet";
import { tepKhongDungSheet } from "./sheet-tep-khong-dung";
import { tinhHinhNopSheet } from "./sheet-tinh-hinh-nop";
import { tongHopSheet } from "./sheet-tong-hop";
import { summaryMetaSheet, type SummaryMetaOptions } from "./sheet-summary-meta";
import type { Summary } from "./summary";

/** Every summary ends with its very hidden `_meta`, so that bdg knows it as its own output. */
export function summaryWorkbook(plan: Plan, summary: Summary, meta: SummaryMetaOptions = { generator: "Báo cáo BĐG" }): WorkbookModel {
  const sheets = [
    tongHopSheet(plan, summary),
    tinhHinhNopSheet(plan, summary),
    maTranSheet(plan, summary),
    loiKiemTraSheet(plan, summary),
    nhanXetSheet(plan, summary),
    tepKhongDungSheet(plan, summary),
  ];
  for (const sheet of sheets) fitWrappedRows(sheet);
  return { sheets: [...sheets, summaryMetaSheet(summary, meta)] };
}
