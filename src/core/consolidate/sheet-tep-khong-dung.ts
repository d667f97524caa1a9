// "TepKhongDung": every file that was not used, with the Vietnamese reason.
import type { Plan } from "../plan/schema";
import { findUnit } from "../plan/queries";
import type { SheetModel } from "../sheet";
import { newSheet, put, putBanner, putHeader } from "./sheet-builder";
import type { Summary } from "./summary";
import { IGNORED_LABEL, OUTCOME_LABEL } from "./summary-labels";
import { baseStyles } from "./summary-styles";

const HEADERS = ["STT", "Tệp", "Kết quả", "Đơn vị", "Lý do"];

export function tepKhongDungSheet(plan: Plan, summary: Summary): SheetModel {
  const sheet = newSheet({ name: "TepKhongDung", columnWidths: [6, 45, 24, 30, 80], styles: baseStyles });
  putBanner(sheet, 0, "CÁC TỆP KHÔNG ĐƯỢC SỬ DỤNG", HEADERS.length, "title");
  putHeader(sheet, 2, HEADERS);
  const unused = summary.files.filter((f) => f.outcome !== "used");
  unused.forEach((f, i) => {
    const row = 3 + i;
    put(sheet, row, 0, i + 1, "center");
    put(sheet, row, 1, f.file, "text");
    put(sheet, row, 2, OUTCOME_LABEL[f.outcome], "text");
    put(sheet, row, 3, f.unit ? (findUnit(plan, f.unit)?.name ?? f.unit) : null, "text");
    put(sheet, row, 4, f.reason, "text");
  });
  // Files that are not spreadsheets are listed too: nothing is dropped silently (docs/contract.md §4.1).
  summary.ignored.forEach((file, i) => {
    const row = 3 + unused.length + i;
    put(sheet, row, 0, unused.length + i + 1, "center");
    put(sheet, row, 1, file, "text");
    put(sheet, row, 2, IGNORED_LABEL, "text");
    put(sheet, row, 3, null, "text");
    put(sheet, row, 4, "Không phải tệp bảng tính (ảnh, PDF, Word …): không đọc", "text");
  });
  return sheet;
}
