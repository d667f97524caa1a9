// "TongHop": the district totals, one row per indicator, under their section titles, with the
// rates, targets and cross-checks (docs/domain.md §6). It is the annex (phụ lục) the clerk sends
// up, so it reads as an administrative document (docs/contract.md §4.4 "Printing"): the issuing
// body beside the national name and motto, the title "PHỤ LỤC", the period and the as-of date
// above the table; the place-and-date line and the signature block below it.
import { NATIONAL_MOTTO, NATIONAL_NAME } from "../form/header-block";
import { officialNumbers, type NumberedItem } from "../form/numbering";
import { HEAD_HINT, HEAD_ROLE, PREPARER_HINT, PREPARER_ROLE, placeDateLine } from "../form/signature-block";
import { COMPARISON_SIGN, isComparison } from "../issues/comparison";
import type { Indicator, Plan, Section } from "../plan/schema";
import { findPeriod, summaryIndicators } from "../plan/queries";
import type { SheetModel } from "../sheet";
import { formatDateVi } from "../time";
import { newSheet, put, putBanner, putHeader, putRow } from "./sheet-builder";
import type { Summary, TotalDetail } from "./summary";
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
const WIDTH = 10;
/** Columns of the heading's two blocks and of the signature block: A–C on the left, D–J on the right. */
const LEFT = { from: 0, to: 2 } as const;
const RIGHT = { from: 3, to: WIDTH - 1 } as const;
const SIGN_RIGHT = { from: 4, to: WIDTH - 1 } as const;
/** Points: room for a signature and a seal. */
const SIGNATURE_SPACE = 70;

export const APPENDIX_TITLE = "PHỤ LỤC";
/** The report this annex goes with is numbered and dated by its issuer: left visible to fill in. */
export const ATTACHED_TO = "(Kèm theo Báo cáo số: …/BC-… ngày … tháng … năm …)";

function metLabel(target: TotalDetail["target"]): [string | null, string] {
  if (target === null) return [null, "center"];
  if (target.met === null) return ["Chưa đánh giá", "center"];
  return target.met ? ["Đạt", "met"] : ["Chưa đạt", "notMet"];
}

function putIndicatorRow(sheet: SheetModel, row: number, stt: string, ind: Indicator, detail: TotalDetail | undefined): void {
  const isChild = ind.parent !== undefined;
  put(sheet, row, 0, stt, "center");
  put(sheet, row, 1, ind.code, "center");
  put(sheet, row, 2, ind.label, isChild ? "child" : "text");
  // A yes/no row is totalled as the share of units that answered "Có".
  put(sheet, row, 3, ind.total.kind === "shareYes" ? "% đơn vị" : ind.unitOfMeasure, "center");
  const totalled = ind.type !== "text";
  const value = detail?.value ?? null;
  put(sheet, row, 4, totalled && value === null ? "—" : value, totalled && value !== null ? valueStyle(ind) : "center");
  const target = detail?.target ?? null;
  put(sheet, row, 5, target ? `${isComparison(target.op) ? COMPARISON_SIGN[target.op] : target.op} ${target.value}` : null, "center");
  const [met, metStyle] = metLabel(target);
  put(sheet, row, 6, met, metStyle);
  const check = detail?.crossCheck ?? null;
  put(sheet, row, 7, check?.othersSum ?? null, valueStyle(ind));
  put(sheet, row, 8, check?.diffPct ?? null, check?.warn ? "warnCell" : "ratio");
  put(sheet, row, 9, totalled ? (detail?.contributors ?? 0) : null, "count");
}

function putAcross(sheet: SheetModel, row: number, span: { from: number; to: number }, text: string, style: string): void {
  put(sheet, row, span.from, text, style);
  if (span.to > span.from) sheet.merges.push({ top: row, left: span.from, bottom: row, right: span.to });
}

/** Rows 0–7: issuing body | Quốc hiệu and tiêu ngữ; PHỤ LỤC, title, attached-to line, period, as-of date. */
function putHeading(sheet: SheetModel, plan: Plan, summary: Summary): void {
  putAcross(sheet, 0, LEFT, plan.issuer, "issuer");
  putAcross(sheet, 0, RIGHT, NATIONAL_NAME, "nationalName");
  putAcross(sheet, 1, RIGHT, NATIONAL_MOTTO, "motto");
  putBanner(sheet, 3, APPENDIX_TITLE, WIDTH, "appendix");
  putBanner(sheet, 4, `TỔNG HỢP ${plan.formTitle}`, WIDTH, "title");
  putBanner(sheet, 5, ATTACHED_TO, WIDTH, "attachedTo");
  const period = findPeriod(plan, summary.period);
  if (period) {
    const line = `Kỳ báo cáo: ${period.label} (từ ${formatDateVi(period.dataFrom)} đến ${formatDateVi(period.dataTo)}); hạn nộp: ${formatDateVi(period.due)}`;
    putBanner(sheet, 6, line, WIDTH, "subtitle");
  }
  const asOf = `Số liệu tính đến ngày: ${formatDateVi(summary.asOf)}${summary.includeInvalid ? " (có tính cả báo cáo không hợp lệ)" : ""}`;
  putBanner(sheet, 7, asOf, WIDTH, "subtitle");
  sheet.rowHeights = { ...sheet.rowHeights, 0: 33, 4: 36 };
}

/** Below the table: "<place>, ngày … tháng … năm …", then who prepared it and the head who signs. */
function putSignatureBlock(sheet: SheetModel, plan: Plan, row: number): void {
  putAcross(sheet, row, SIGN_RIGHT, placeDateLine(plan), "signPlace");
  putAcross(sheet, row + 1, LEFT, PREPARER_ROLE, "signRole");
  putAcross(sheet, row + 1, SIGN_RIGHT, HEAD_ROLE, "signRole");
  putAcross(sheet, row + 2, LEFT, PREPARER_HINT, "signHint");
  putAcross(sheet, row + 2, SIGN_RIGHT, HEAD_HINT, "signHint");
  sheet.rowHeights = { ...sheet.rowHeights, [row + 3]: SIGNATURE_SPACE };
}

type TableItem = { kind: "section"; section: Section } | { kind: "row"; indicator: Indicator };

function tableItems(plan: Plan, indicators: readonly Indicator[]): TableItem[] {
  const items: TableItem[] = [];
  let section: string | null = null;
  for (const indicator of indicators) {
    if (indicator.section !== section) {
      section = indicator.section;
      const known = plan.sections.find((x) => x.code === section);
      items.push({ kind: "section", section: known ?? { code: section, stt: section, title: section, periodKinds: ["half", "year"] } });
    }
    items.push({ kind: "row", indicator });
  }
  return items;
}

export function tongHopSheet(plan: Plan, summary: Summary): SheetModel {
  const sheet = newSheet({ name: "TongHop", columnWidths: [6, 10, 50, 12, 13, 11, 11, 16, 11, 9], styles: baseStyles, tabColor: "1F4E79" });
  putHeading(sheet, plan, summary);
  putRow(sheet, 9, ["", "", "Tỷ lệ đơn vị nộp báo cáo hợp lệ (%)"], "label");
  put(sheet, 9, 3, summary.reportingRate, "ratioPlain");
  putRow(sheet, 10, ["", "", "Tỷ lệ đơn vị nộp đúng hạn (%)"], "label");
  put(sheet, 10, 3, summary.onTimeRate, "ratioPlain");

  const headerRow = 12;
  putHeader(sheet, headerRow, HEADERS(plan.targetYear));
  const details = new Map(summary.totalDetails.map((d) => [d.code, d]));
  const period = findPeriod(plan, summary.period);
  const items = tableItems(plan, period ? summaryIndicators(plan, period) : []);
  // The annex is numbered without gaps, as the forms are (sections of another period left out).
  const numbers = officialNumbers(items as NumberedItem[]);
  let row = headerRow + 1;
  items.forEach((item, i) => {
    if (item.kind === "section") {
      put(sheet, row, 0, numbers[i], "section");
      put(sheet, row, 1, null, "section");
      put(sheet, row, 2, item.section.title, "section");
      for (let c = 3; c < WIDTH; c++) put(sheet, row, c, null, "section");
    } else putIndicatorRow(sheet, row, numbers[i], item.indicator, details.get(item.indicator.code));
    row++;
  });
  putSignatureBlock(sheet, plan, row + 1);
  return sheet;
}
