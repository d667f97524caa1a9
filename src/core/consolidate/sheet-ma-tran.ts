// "MaTran": indicators × units, which unit sent what (counted forms only), with the district total.
// It keeps exact per-unit values for the level above to check the sums, so it is marked sensitive
// (docs/domain.md §8). Frozen on both axes on screen; printed with its label columns and header
// row on every page, split across pages in groups of units (matrix-pages.ts).
import type { Plan } from "../plan/schema";
import { findPeriod, summaryIndicators } from "../plan/queries";
import { columnsPerPage, type SheetModel } from "../sheet";
import { columnBreaks, unitColumnGroups } from "./matrix-pages";
import { newSheet, put, putBanner, putHeader } from "./sheet-builder";
import type { Summary } from "./summary";
import { baseStyles, valueStyle } from "./summary-styles";

export const SENSITIVE_NOTE = "Số liệu nhạy cảm – không công bố";
const LABEL_WIDTHS = [9, 34, 9];
const UNIT_WIDTH = 11;
/** 90 %: nine units a page beside the labels, the text still 10 pt. */
const PRINT_SCALE = 90;

export function maTranSheet(plan: Plan, summary: Summary): SheetModel {
  const period = findPeriod(plan, summary.period);
  const indicators = (period ? summaryIndicators(plan, period) : []).filter((i) => i.type !== "text");
  const units = plan.units;
  const fixed = ["Mã", "Chỉ tiêu", "Đơn vị tính"];
  const headers = [...fixed, ...units.map((u) => u.name), "Tổng hợp"];
  const sheet = newSheet({
    name: "MaTran",
    columnWidths: [...LABEL_WIDTHS, ...units.map(() => UNIT_WIDTH), UNIT_WIDTH + 1],
    styles: baseStyles,
    tabColor: "7F6000",
  });
  const banner = Math.min(headers.length, 10);
  putBanner(sheet, 0, "MA TRẬN SỐ LIỆU THEO ĐƠN VỊ", banner, "title");
  putBanner(sheet, 1, `${SENSITIVE_NOTE} (số liệu chính xác của từng đơn vị, để đối chiếu)`, banner, "sensitive");
  const headerRow = 3;
  putHeader(sheet, headerRow, headers);
  sheet.freezeColumns = fixed.length;
  sheet.rowHeights = { [headerRow]: 60 };
  indicators.forEach((ind, i) => {
    const row = headerRow + 1 + i;
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

  // Printed at a fixed scale: fitting 31 columns to one page would make them unreadable, and
  // spreadsheet programs ignore manual page breaks while fitting. Every page repeats the labels and
  // the sensitivity note.
  const perPage = columnsPerPage(LABEL_WIDTHS, UNIT_WIDTH, true, PRINT_SCALE);
  sheet.landscape = true;
  sheet.print = {
    ...sheet.print!,
    fit: { kind: "scale", percent: PRINT_SCALE },
    repeatColumns: { first: 0, last: fixed.length - 1 },
    columnBreaks: columnBreaks(unitColumnGroups(units, perPage), fixed.length),
    header: { left: SENSITIVE_NOTE, right: "Ma trận số liệu theo đơn vị" },
  };
  return sheet;
}
