// "TinhHinhNop": the roster with each unit's submission status, file, submitted date and its source.
import type { Plan } from "../plan/schema";
import { findUnit } from "../plan/queries";
import type { SheetModel } from "../sheet";
import { formatDateVi, isoDateToExcelSerial } from "../time";
import { newSheet, put, putBanner, putHeader } from "./sheet-builder";
import type { Summary } from "./summary";
import { DATE_SOURCE_LABEL, statusLabel } from "./summary-labels";
import { baseStyles, statusStyles } from "./summary-styles";

const HEADERS = ["STT", "Mã đơn vị", "Tên đơn vị", "Bắt buộc", "Tình trạng", "Ngày nộp", "Nguồn ngày nộp", "Tệp", "Số lỗi", "Số cảnh báo", "Ghi chú", "Cần lưu ý"];

export function tinhHinhNopSheet(plan: Plan, summary: Summary): SheetModel {
  const sheet = newSheet({
    name: "TinhHinhNop",
    columnWidths: [6, 14, 40, 9, 24, 12, 26, 40, 8, 10, 60, 60],
    styles: { ...baseStyles, ...statusStyles() },
    tabColor: "548235",
  });
  putBanner(sheet, 0, `TÌNH HÌNH NỘP BÁO CÁO (tính đến ngày ${formatDateVi(summary.asOf)})`, HEADERS.length, "title");
  putHeader(sheet, 2, HEADERS);
  summary.units.forEach((s, i) => {
    const row = 3 + i;
    const unit = findUnit(plan, s.unit);
    put(sheet, row, 0, i + 1, "center");
    put(sheet, row, 1, s.unit, "text");
    put(sheet, row, 2, unit?.name ?? s.unit, "text");
    put(sheet, row, 3, unit?.required === false ? "Không" : "Có", "center");
    put(sheet, row, 4, statusLabel(s), `status_${s.status}`);
    // A real date cell (shown dd/mm/yyyy), so the clerk can sort and filter by it.
    put(sheet, row, 5, s.submittedAt ? isoDateToExcelSerial(s.submittedAt) : null, s.submittedAt ? "date" : "center");
    put(sheet, row, 6, s.dateSource ? DATE_SOURCE_LABEL[s.dateSource] : null, "text");
    put(sheet, row, 7, s.file, "text");
    put(sheet, row, 8, s.file ? s.errors : null, "count");
    put(sheet, row, 9, s.file ? s.warnings : null, "count");
    put(sheet, row, 10, s.reason, "text");
    // The unit's alerts (docs/contract.md §4.1), one paragraph each.
    put(sheet, row, 11, s.alerts.length > 0 ? s.alerts.map((a) => `${a.message}.`).join("\n") : null, s.alerts.length > 0 ? "alert" : "text");
  });
  sheet.autoFilter = { top: 2, left: 0, bottom: 2 + summary.units.length, right: HEADERS.length - 1 };
  return sheet;
}
