// "SoSanh": this period against the earlier one (docs/contract.md §4.5, "so sánh cùng kỳ"), one row
// per compared indicator: now, before, the change and the change in %, then what could not be
// compared. Only when the run was given an earlier summary.
import type { Plan } from "../plan/schema";
import { findIndicator, findPeriod } from "../plan/queries";
import type { SheetModel } from "../sheet";
import { newSheet, put, putBanner, putHeader } from "./sheet-builder";
import type { Summary } from "./summary";
import { baseStyles, valueStyle } from "./summary-styles";

const HEADERS = (previous: string) => ["STT", "Mã", "Chỉ tiêu", "Đơn vị tính", "Kỳ này", `Kỳ trước (${previous})`, "Thay đổi", "Thay đổi (%)"];

export function soSanhSheet(plan: Plan, summary: Summary): SheetModel | null {
  if (!summary.comparison || !summary.previousPeriod) return null;
  const period = findPeriod(plan, summary.period);
  const headers = HEADERS(summary.previousPeriod);
  const sheet = newSheet({ name: "SoSanh", columnWidths: [6, 11, 60, 14, 14, 16, 14, 12], styles: baseStyles, tabColor: "2E75B6" });
  putBanner(sheet, 0, `SO SÁNH ${period?.label.toUpperCase() ?? summary.period} VỚI KỲ ${summary.previousPeriod}`, headers.length, "title");
  putHeader(sheet, 2, headers);
  let row = 3;
  for (const [code, change] of Object.entries(summary.comparison)) {
    const ind = findIndicator(plan, code);
    if (!ind) continue;
    const style = valueStyle(ind);
    put(sheet, row, 0, row - 2, "center");
    put(sheet, row, 1, code, "center");
    put(sheet, row, 2, ind.label, ind.parent !== undefined ? "child" : "text");
    put(sheet, row, 3, ind.unitOfMeasure, "center");
    put(sheet, row, 4, summary.totals[code] ?? null, style);
    put(sheet, row, 5, change.previous, style);
    put(sheet, row, 6, change.change, style);
    put(sheet, row, 7, change.changePct, "ratio");
    row++;
  }
  row++;
  for (const note of summary.comparisonNotes) {
    put(sheet, row, 2, `${note}.`, "text");
    row++;
  }
  return sheet;
}
