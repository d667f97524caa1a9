// "NhanXet": the units' narratives (NX01 Khó khăn, vướng mắc; NX02 Đề xuất, kiến nghị), as inert text.
import type { Plan } from "../plan/schema";
import { findPeriod, findUnit, summaryIndicators } from "../plan/queries";
import type { SheetModel } from "../sheet";
import { newSheet, put, putBanner, putHeader } from "./sheet-builder";
import type { Summary } from "./summary";
import { baseStyles } from "./summary-styles";

export function nhanXetSheet(plan: Plan, summary: Summary): SheetModel {
  const period = findPeriod(plan, summary.period);
  const textRows = (period ? summaryIndicators(plan, period) : []).filter((i) => i.type === "text");
  const headers = ["STT", "Đơn vị", ...textRows.map((i) => i.label)];
  const sheet = newSheet({ name: "NhanXet", columnWidths: [6, 34, ...textRows.map(() => 70)], styles: baseStyles });
  putBanner(sheet, 0, "Ý KIẾN, NHẬN XÉT CỦA CÁC ĐƠN VỊ", headers.length, "title");
  putHeader(sheet, 2, headers);
  summary.narratives.forEach((n, i) => {
    const row = 3 + i;
    put(sheet, row, 0, i + 1, "center");
    put(sheet, row, 1, findUnit(plan, n.unit)?.name ?? n.unit, "text");
    textRows.forEach((ind, j) => put(sheet, row, 2 + j, n.texts[ind.code] ?? null, "text"));
  });
  return sheet;
}
