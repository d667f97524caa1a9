// "BieuDo": the report's charts as a sheet of the open workbook (docs/contract.md §4.4 "the totals
// against their targets, with charts"; Excel mode, docs/huong-dan-su-dung.md). Each block is its
// caption, the small table the chart plots, a note, and room below the table where Excel draws the
// chart (SheetModel.charts). The numbers are the Word report's own (the same functions feed both),
// and the small-number rule (docs/domain.md §8) holds in the table itself: a per-unit count of
// victims below 5 is an EMPTY plotted cell, with "< 5" written in the note column beside it, so
// neither the chart nor its source cells show it; the one count hidden beside a lone "< 5" reads
// "ẩn" (small-numbers.ts). District totals are shown as they are.
import type { Summary } from "../consolidate/summary";
import { newSheet, put, putBanner, putRow } from "../consolidate/sheet-builder";
import { baseStyles } from "../consolidate/summary-styles";
import type { Period, Plan } from "../plan/schema";
import { findPeriod } from "../plan/queries";
import { A4, fitWrappedRows, SHEET_MARGINS, type ChartModel, type SheetModel } from "../sheet";
import { reportingStatusSeries } from "./chart-reporting-status";
import { targetRows } from "./chart-targets";
import { COLOR } from "./chart-style";
import { victimGroups, victimsByUnit, victimsByUnitNote } from "./chart-victims";
import { scopeWord } from "./scope-words";

export const CHART_SHEET = "BieuDo";

/** Label column, then up to six series columns, then the note column (characters). */
const COLUMN_WIDTHS = [34, 11, 11, 11, 11, 11, 11, 24];
const NOTE_COL = COLUMN_WIDTHS.length - 1;
/** Rows of 15 pt the chart takes below its table: at least, and at most (a long list still fits a page). */
const MIN_CHART_ROWS = 16;
const MAX_CHART_ROWS = 32;
const ROW_POINTS = 15;
/** Height between the top and bottom margins of a landscape A4 page, in points. */
const PAGE_POINTS = ((A4.shortMm - SHEET_MARGINS.top - SHEET_MARGINS.bottom) * 72) / 25.4;

/** One chart's block before it is laid out: its table (header row, then one row per category) and how to draw it. */
interface Block {
  name: string;
  title: string;
  header: string[];
  rows: { label: string; values: (number | null)[]; note?: string | null }[];
  noteHeader?: string;
  note: string | null;
  direction: ChartModel["direction"];
  stacked: boolean;
  categoryAxisTitle: string | null;
  valueAxisTitle: string | null;
  seriesColors: string[];
  valueStyle: "count" | "ratio";
  dataLabels: boolean;
  /** Taller charts for long lists: the height in rows. */
  chartRows: number;
}

const hex = (color: string) => color.replace(/^#/, "").toUpperCase();

function statusBlock(plan: Plan, summary: Summary): Block | null {
  const data = reportingStatusSeries(plan, summary);
  if (data === null || data.series.length === 0) return null;
  return {
    name: "bdg_TinhHinhGuiBaoCao",
    title: "Tình hình gửi báo cáo của các đơn vị",
    header: ["Nhóm đơn vị", ...data.series.map((s) => s.name)],
    rows: data.categories.map((label, i) => ({ label, values: data.series.map((s) => s.counts[i]) })),
    note: "Số đơn vị theo tình trạng gửi báo cáo; tên từng đơn vị ở trang TinhHinhNop.",
    direction: "bar",
    stacked: true,
    categoryAxisTitle: null,
    valueAxisTitle: "Số đơn vị",
    seriesColors: data.series.map((s) => hex(s.color)),
    valueStyle: "count",
    // A label on each segment would write "0" on the empty ones; the axis and the table give the counts.
    dataLabels: false,
    chartRows: MIN_CHART_ROWS,
  };
}

function targetsBlock(plan: Plan, summary: Summary, period: Period, scope: string): Block | null {
  const rows = targetRows(plan, summary, period);
  if (rows.length === 0) return null;
  const allPercent = rows.every((r) => r.unit === "%");
  const judged = (met: boolean | null) => (met === null ? "Chưa đánh giá" : met ? "Đạt" : "Chưa đạt");
  return {
    name: "bdg_ChiTieuMucTieu",
    title: `Kết quả các chỉ tiêu so với mục tiêu năm ${plan.targetYear} (số liệu ${scope})`,
    header: ["Chỉ tiêu", "Kết quả", `Mục tiêu năm ${plan.targetYear}`],
    rows: rows.map((r) => ({ label: allPercent ? r.label : `${r.label} (${r.unit})`, values: [r.value, r.target], note: judged(r.met) })),
    noteHeader: "Đánh giá",
    note: null,
    direction: "bar",
    stacked: false,
    categoryAxisTitle: null,
    valueAxisTitle: allPercent ? "%" : "Tỷ lệ",
    seriesColors: [hex(COLOR.count), hex(COLOR.target)],
    valueStyle: "ratio",
    dataLabels: true,
    chartRows: Math.min(MAX_CHART_ROWS, Math.max(MIN_CHART_ROWS, 4 + rows.length * 2)),
  };
}

function victimsBlock(summary: Summary, scope: string): Block | null {
  const groups = victimGroups(summary.totals);
  if (groups === null || groups.every((g) => g.value === 0)) return null;
  return {
    name: "bdg_NanNhanGioiTinhTuoi",
    title: `Nạn nhân bạo lực được phát hiện theo giới tính và nhóm tuổi (${scope})`,
    header: ["Nhóm", "Số nạn nhân"],
    rows: groups.map((g) => ({ label: g.label, values: [g.value] })),
    note: `Số liệu ${scope}; nam và nhóm từ 16 đến dưới 60 tuổi tính từ tổng số trừ các nhóm còn lại.`,
    direction: "column",
    stacked: false,
    categoryAxisTitle: "Giới tính và nhóm tuổi",
    valueAxisTitle: "Số người",
    seriesColors: [hex(COLOR.age)],
    valueStyle: "count",
    dataLabels: true,
    chartRows: MIN_CHART_ROWS,
  };
}

function victimsByUnitBlock(plan: Plan, summary: Summary, scope: string): Block | null {
  const shown = victimsByUnit(plan, summary);
  if (shown === null) return null;
  return {
    name: "bdg_NanNhanTheoDonVi",
    title: "Nạn nhân bạo lực được phát hiện theo đơn vị",
    header: ["Đơn vị", "Số nạn nhân"],
    // The plotted cell holds only what may be shown; "< 5" and "ẩn" are words beside it, never plotted.
    rows: shown.map((s) => ({ label: s.name, values: [s.shown.value], note: s.shown.suppressed ? s.shown.text : null })),
    noteHeader: "Ghi chú",
    note: victimsByUnitNote(shown, scope),
    direction: "bar",
    stacked: false,
    categoryAxisTitle: null,
    valueAxisTitle: "Số người",
    seriesColors: [hex(COLOR.count)],
    valueStyle: "count",
    dataLabels: true,
    chartRows: Math.min(MAX_CHART_ROWS, Math.max(MIN_CHART_ROWS, 3 + Math.ceil(shown.length * 1.3))),
  };
}

/** Writes one block from `row`; returns the row after it. */
function layBlock(sheet: SheetModel, block: Block, number: number, row: number): number {
  const charts = sheet.charts ?? (sheet.charts = []);
  const title = `Biểu đồ ${number}. ${block.title}`;
  putBanner(sheet, row, title, COLUMN_WIDTHS.length, "label");
  const top = row + 1;
  const last = block.header.length - 1;
  putRow(sheet, top, block.header, "header");
  if (block.noteHeader) put(sheet, top, NOTE_COL, block.noteHeader, "header");
  block.rows.forEach((r, i) => {
    put(sheet, top + 1 + i, 0, r.label, "text");
    r.values.forEach((v, j) => put(sheet, top + 1 + i, 1 + j, v, block.valueStyle));
    if (block.noteHeader) put(sheet, top + 1 + i, NOTE_COL, r.note ?? null, "center");
  });
  const bottom = top + block.rows.length;
  let next = bottom + 1;
  if (block.note) {
    put(sheet, next, 0, block.note, "note");
    sheet.merges.push({ top: next, left: 0, bottom: next, right: NOTE_COL });
    sheet.rowHeights = { ...(sheet.rowHeights ?? {}), [next]: ROW_POINTS * Math.ceil(block.note.length / 110) };
    next++;
  }
  const anchor = { top: next, left: 0, bottom: next + block.chartRows - 1, right: NOTE_COL };
  charts.push({
    name: block.name,
    direction: block.direction,
    stacked: block.stacked,
    source: { top, left: 0, bottom, right: last },
    title,
    categoryAxisTitle: block.categoryAxisTitle,
    valueAxisTitle: block.valueAxisTitle,
    anchor,
    seriesColors: block.seriesColors,
    dataLabels: block.dataLabels,
  });
  return anchor.bottom + 2;
}

/** The BieuDo sheet, or null when the summary has nothing to chart. */
export function chartSheet(plan: Plan, summary: Summary): SheetModel | null {
  const period = findPeriod(plan, summary.period);
  if (!period) return null;
  const scope = scopeWord(plan);
  const blocks = [statusBlock(plan, summary), targetsBlock(plan, summary, period, scope), victimsBlock(summary, scope), victimsByUnitBlock(plan, summary, scope)].filter(
    (b): b is Block => b !== null,
  );
  if (blocks.length === 0) return null;
  const sheet = newSheet({
    name: CHART_SHEET,
    columnWidths: COLUMN_WIDTHS,
    styles: { ...baseStyles, note: { ...baseStyles.subtitle, hAlign: "left", wrap: true, vAlign: "top" } },
    tabColor: "7030A0",
  });
  putBanner(sheet, 0, `BIỂU ĐỒ ${period.label.toLocaleUpperCase("vi")}`, COLUMN_WIDTHS.length, "title");
  putBanner(sheet, 1, `Số liệu của bảng tổng hợp, ${scope}; mỗi biểu đồ vẽ từ bảng nhỏ ngay trên nó.`, COLUMN_WIDTHS.length, "subtitle");
  let row = 3;
  blocks.forEach((b, i) => (row = layBlock(sheet, b, i + 1, row)));
  fitWrappedRows(sheet);
  // Printed one block a page, so that no chart is cut in two: landscape, where the block's width
  // fits at full size, a page break before every block but the first, and one before its chart
  // too when the table above is too tall to share the page (a break needs a fixed scale:
  // spreadsheet programs ignore manual breaks while fitting to a page, print-layout.ts).
  const height = (from: number, to: number) => {
    let points = 0;
    for (let r = from; r <= to; r++) points += sheet.rowHeights?.[r] ?? ROW_POINTS;
    return points;
  };
  const breaks = (sheet.charts ?? []).flatMap((c, i) => {
    const start = c.source.top - 1;
    return [...(i > 0 ? [start] : []), ...(height(i > 0 ? start : 0, c.anchor.bottom) > PAGE_POINTS ? [c.anchor.top] : [])];
  });
  sheet.landscape = true;
  if (sheet.print) sheet.print = { ...sheet.print, fit: { kind: "scale", percent: 100 }, rowBreaks: breaks };
  return sheet;
}
