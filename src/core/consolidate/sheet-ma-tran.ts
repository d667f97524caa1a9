// "MaTran": indicators × units, which unit sent what (counted forms only), with the district total.
import type { Plan } from "../plan/schema";
import { findPeriod, summaryIndicators } from "../plan/queries";
import type { SheetModel } from "../sheet";
import { newSheet, put, putBanner, putHeader } from "./sheet-builder";
import type { Summary } from "./summary";
import { baseStyles, valueStyle } from "./summary-styles";

export function maTranSheet(plan: Plan, summary: Summary): SheetModel {
  const period = findPeriod(plan, summary.period);
  const indicators = (period ? summaryIndicators(plan, period) : []).filter((i) => i.type !== "text");
  const units = plan.units;
  const fixed = ["Mã", "Chỉ tiêu", "Đơn vị tính"];
  const headers = [...fixed, ...units.map((u) => u.name), "Tổng hợp"];
  const sheet = newSheet({
    name: "MaTran",
    columnWidths: [11, 45, 12, ...units.map(() => 14), 14],
    styles: baseStyles,
    tabColor: "7F6000",
  });
  putBanner(sheet, 0, "MA TRẬN SỐ LIỆU THEO ĐƠN VỊ", Math.min(headers.length, 10), "title");
  putHeader(sheet, 2, headers);
  sheet.rowHeights = { 2: 60 };
  indicators.forEach((ind, i) => {
    const row = 3 + i;
    put(sheet, row, 0, ind.code, "center");
    put(sheet, row, 1, ind.label, ind.parent !== undefined ? "child" : "text");
    put(sheet, row, 2, ind.unitOfMeasure, "center");
    units.forEach((u, j) => {
      const v = summary.matrix[u.code]?.[ind.code] ?? null;
      put(sheet, row, fixed.length + j, v, typeof v === "number" ? valueStyle(ind) : "center");
    });
    const total = summary.totals[ind.code] ?? null;
    put(sheet, row, fixed.length + units.length, total, total === null ? "center" : valueStyle(ind));
  });
  return sheet;
}
