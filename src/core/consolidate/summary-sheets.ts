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
import { dataSheet } from "./sheet-data";
import { soSanhSheet } from "./sheet-so-sanh";
import { summaryMetaSheet, type SummaryMetaOptions } from "./sheet-summary-meta";
import type { Summary } from "./summary";

/**
 * Every summary ends with the hidden `_data` (the long form, read back by a later `--previous`) and
 * the very hidden `_meta` (so that bdg knows it as its own output); "SoSanh" follows the totals when
 * the run compared with an earlier period.
 */
export function summaryWorkbook(plan: Plan, summary: Summary, meta: SummaryMetaOptions = { generator: "Báo cáo BĐG" }): WorkbookModel {
  const compared = soSanhSheet(plan, summary);
  const sheets = [
    tongHopSheet(plan, summary),
    ...(compared ? [compared] : []),
    tinhHinhNopSheet(plan, summary),
    maTranSheet(plan, summary),
    loiKiemTraSheet(plan, summary),
    nhanXetSheet(plan, summary),
    tepKhongDungSheet(plan, summary),
  ];
  for (const sheet of sheets) fitWrappedRows(sheet);
  return { sheets: [...sheets, dataSheet(plan, summary), summaryMetaSheet(summary, meta)] };
}
