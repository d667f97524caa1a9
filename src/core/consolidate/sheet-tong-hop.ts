// "TongHop": the district totals, one row per indicator, under their section titles, with the
// rates, targets and cross-checks (docs/domain.md §6).
import type { Indicator, Plan } from "../plan/schema";
import { findPeriod, summaryIndicators } from "../plan/queries";
import type { SheetModel } from "../sheet";
import { formatDateVi } from "../time";
import { newSheet, put, putBanner, putHeader, putRow } from "./sheet-builder";
import type { Summary, TotalDetail } from "./summary";
import { COMPARISON_SIGN } from "./summary-labels";
import { baseStyles, valueStyle } from "./summary-styles";

const HEADERS = (targetYear: number) => [
  "STT",
  "Mã",
  "Chỉ tiêu",
  "Đơn vị tính",
  "Tổng hợp",
  `Mục tiêu ${targetYear}`,
  "Đạt?",
  "Đối chiếu (tổng các đơn vị khác)",
  "Chênh lệch (%)",
  "Số đơn vị",
];

function metLabel(target: TotalDetail["target"]): [string | null, string] {
  if (target === null) return [null, "center"];
  if (target.met === null) return ["Chưa đánh giá", "center"];
  return target.met ? ["Đạt", "met"] : ["Chưa đạt", "notMet"];
}

function putIndicatorRow(sheet: SheetModel, row: number, ind: Indicator, detail: TotalDetail | undefined): void {
  const isChild = ind.parent !== undefined;
  put(sheet, row, 0, ind.stt, "center");
  put(sheet, row, 1, ind.code, "center");
  put(sheet, row, 2, ind.label, isChild ? "child" : "text");
  // A yes/no row is totalled as the share of units that answered "Có".
  put(sheet, row, 3, ind.total.kind === "shareYes" ? "% đơn vị" : ind.unitOfMeasure, "center");
  const totalled = ind.type !== "text";
  const value = detail?.value ?? null;
  put(sheet, row, 4, totalled && value === null ? "—" : value, totalled && value !== null ? valueStyle(ind) : "center");
  const target = detail?.target ?? null;
  put(sheet, row, 5, target ? `${COMPARISON_SIGN[target.op as keyof typeof COMPARISON_SIGN] ?? target.op} ${target.value}` : null, "center");
  const [met, metStyle] = metLabel(target);
  put(sheet, row, 6, met, metStyle);
  const check = detail?.crossCheck ?? null;
  put(sheet, row, 7, check?.othersSum ?? null, valueStyle(ind));
  put(sheet, row, 8, check?.diffPct ?? null, check?.warn ? "warnCell" : "ratio");
  put(sheet, row, 9, totalled ? (detail?.contributors ?? 0) : null, "count");
}

export function tongHopSheet(plan: Plan, summary: Summary): SheetModel {
  const sheet = newSheet({ name: "TongHop", columnWidths: [6, 11, 60, 14, 14, 12, 14, 18, 12, 10], styles: baseStyles, tabColor: "1F4E79" });
  const period = findPeriod(plan, summary.period);
  const width = 10;
  putBanner(sheet, 0, plan.issuer, 4, "issuer");
  putBanner(sheet, 1, `TỔNG HỢP ${plan.formTitle}`, width, "title");
  sheet.rowHeights = { 1: 36 };
  if (period) {
    const line = `Kỳ báo cáo: ${period.label} (từ ${formatDateVi(period.dataFrom)} đến ${formatDateVi(period.dataTo)}); hạn nộp: ${formatDateVi(period.due)}`;
    putBanner(sheet, 2, line, width, "subtitle");
  }
  const asOf = `Số liệu tính đến ngày: ${formatDateVi(summary.asOf)}${summary.includeInvalid ? " (có tính cả báo cáo không hợp lệ)" : ""}`;
  putBanner(sheet, 3, asOf, width, "subtitle");
  putRow(sheet, 4, ["", "", "Tỷ lệ đơn vị nộp báo cáo hợp lệ (%)"], "label");
  put(sheet, 4, 3, summary.reportingRate, "ratioPlain");
  putRow(sheet, 5, ["", "", "Tỷ lệ đơn vị nộp đúng hạn (%)"], "label");
  put(sheet, 5, 3, summary.onTimeRate, "ratioPlain");

  const headerRow = 7;
  putHeader(sheet, headerRow, HEADERS(plan.targetYear));
  const details = new Map(summary.totalDetails.map((d) => [d.code, d]));
  let row = headerRow + 1;
  let section: string | null = null;
  for (const ind of period ? summaryIndicators(plan, period) : []) {
    if (ind.section !== section) {
      section = ind.section;
      const s = plan.sections.find((x) => x.code === section);
      put(sheet, row, 0, s?.stt ?? section, "section");
      put(sheet, row, 1, null, "section");
      put(sheet, row, 2, s?.title ?? section, "section");
      for (let c = 3; c < width; c++) put(sheet, row, c, null, "section");
      row++;
    }
    putIndicatorRow(sheet, row, ind, details.get(ind.code));
    row++;
  }
  return sheet;
}
