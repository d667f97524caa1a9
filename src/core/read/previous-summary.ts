// A summary bdg wrote earlier, read back through its `_data` sheet (docs/contract.md §4.4, §4.5):
// its plan and period from `_meta`, and the long form's rows (units' values and the TOTAL rows).
// A file that is not a bdg summary, or one written before summaries carried `_data`, gets a clear
// Vietnamese reason instead.
import { cellAt, type CellValue, type WorkbookGrid } from "../grid";
import { previousSummaryReason } from "../issues/reasons-vi";
import { bdgWorkbookOf } from "./bdg-workbook";
import { readIsoDate } from "./read-dates";
import { findMetaSheet, isMetaSheetName, metaText, readMeta } from "./read-meta";

export const DATA_SHEET_NAME = "_data";
const COLUMNS = ["period", "unit", "unit_name", "indicator", "value", "status", "source_file"];

export interface PreviousRow {
  unit: string;
  indicator: string;
  value: number | string | null;
}

export interface PreviousSummary {
  plan: string;
  period: string;
  asOf: string;
  rows: PreviousRow[];
  /**
   * unit code → its name as the earlier summary wrote it (`unit_name`): the only place the names
   * of former units live once a merger has taken them out of the plan (docs/domain.md §7).
   */
  unitNames: ReadonlyMap<string, string>;
}

/** A name from a received file is shown in messages: capped, so a hostile cell cannot flood them. */
const MAX_UNIT_NAME = 80;

/**
 * The only sheets readPreviousSummary looks at: a reader that skips the others (the matrix of a
 * province's thousands of forms can pass the reader's cell limit) reads an earlier summary of any size.
 */
export function isPreviousSummarySheet(name: string): boolean {
  return isMetaSheetName(name) || name === DATA_SHEET_NAME;
}

export type PreviousSummaryResult = { ok: true; previous: PreviousSummary } | { ok: false; message: string };

const text = (v: CellValue): string => (typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "");

export function readPreviousSummary(grid: WorkbookGrid): PreviousSummaryResult {
  const ours = bdgWorkbookOf(grid);
  if (ours?.kind !== "summary") return { ok: false, message: previousSummaryReason.notOurSummary() };
  const sheet = grid.sheets.find((s) => s.name === DATA_SHEET_NAME);
  if (!sheet) return { ok: false, message: previousSummaryReason.noDataSheet() };
  const header = COLUMNS.map((_, col) => text(cellAt(sheet, 0, col)));
  if (header.join(",") !== COLUMNS.join(",")) return { ok: false, message: previousSummaryReason.otherColumns() };
  const rows: PreviousRow[] = [];
  const unitNames = new Map<string, string>();
  for (let r = 1; r < sheet.rows.length; r++) {
    const unit = text(cellAt(sheet, r, 1));
    const indicator = text(cellAt(sheet, r, 3));
    if (unit === "" || indicator === "") continue;
    const name = text(cellAt(sheet, r, 2)).replace(/\s+/g, " ");
    if (name !== "" && !unitNames.has(unit)) unitNames.set(unit, name.length > MAX_UNIT_NAME ? `${name.slice(0, MAX_UNIT_NAME)}…` : name);
    const raw = cellAt(sheet, r, 4);
    const value = typeof raw === "number" && Number.isFinite(raw) ? raw : typeof raw === "string" && raw !== "" ? raw : null;
    rows.push({ unit, indicator, value });
  }
  const meta = findMetaSheet(grid);
  // A received file is hostile: an as-of day that is not a date is dropped, never shown as one.
  const asOfText = meta ? metaText(readMeta(meta), "as_of") : "";
  const asOfDate = readIsoDate(asOfText);
  const asOf = asOfDate.ok && asOfDate.value !== null ? asOfDate.value : "";
  return { ok: true, previous: { plan: ours.plan, period: ours.period, asOf, rows, unitNames } };
}
