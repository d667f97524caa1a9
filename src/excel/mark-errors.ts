// Highlights the cells of error issues, clearing the previous highlight first.
//
// What was highlighted is remembered in the workbook settings under MARKS_SETTING (with the fill
// each cell gets back), so a reload of the task pane (or of the file) can still clear it.
// What to give back is the form's input-cell fill (restoreFill): no read at all. Every cell no
// longer marked gets that fill; with the sheet list already known (from the port's last read) the
// whole thing is ONE request, else one more for the list.
// Restoring: Office.js reads "no fill" as white "#FFFFFF", so white is restored as "no fill"
// (fill.clear()). Protected sheets are unprotected for the paint and protected again (formatting
// a protected sheet is refused); each sheet's unprotect, paint and protect are queued together,
// so a request that fails on one sheet never leaves an earlier one unprotected.
import type { WorkbookSettings } from "./deps";
import { reprotect } from "./protection";
import { readSetting, writeSetting } from "./settings";
import { parseSheetAddress } from "./sheet-address";
import { findSheet, type SheetState } from "./sheet-list";
import type { HostSupport } from "./support";

export const MARKS_SETTING = "bdg.markedCells";
/** Excel's "Bad" cell style fill. */
export const ERROR_FILL = "#FFC7CE";

export interface Mark {
  /** Sheet-qualified, e.g. "BaoCao!E25". */
  address: string;
  /** Fill to give back when unmarked; null = no fill. */
  fill: string | null;
}

export function readMarks(settings: WorkbookSettings): Mark[] {
  const text = readSetting(settings, MARKS_SETTING);
  if (!text) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (m): m is Mark => typeof m?.address === "string" && (m.fill === null || typeof m.fill === "string"),
    );
  } catch {
    return [];
  }
}

export async function saveMarks(settings: WorkbookSettings, marks: readonly Mark[]): Promise<void> {
  await writeSetting(settings, MARKS_SETTING, JSON.stringify(marks));
}

/** "FFF9E1" or "#fff9e1" → "#FFF9E1"; null or "" → null (no fill). */
export function fillColor(fill: string | null): string | null {
  if (fill === null) return null;
  const hex = fill.trim().replace(/^#/, "").toUpperCase();
  return hex === "" ? null : `#${hex}`;
}

export interface MarkRequest {
  addresses: readonly string[];
  previous: readonly Mark[];
  /** The fill unmarked cells get back (null: no fill). */
  restoreFill: string | null;
}

interface Target {
  key: string;
  sheet: SheetState;
  address: string;
}

function resolve(address: string, sheets: readonly SheetState[]): Target | null {
  const parsed = parseSheetAddress(address);
  const sheet = parsed && findSheet(sheets, parsed.sheet);
  if (!parsed || !sheet) return null;
  return { key: `${sheet.name}!${parsed.address}`, sheet, address: parsed.address };
}

function restore(range: Excel.Range, fill: string | null): void {
  if (fill === null || fill === "#FFFFFF") range.format.fill.clear();
  else range.format.fill.color = fill;
}

/** Sheets that no longer exist are skipped (their marks went with them). */
export async function markErrorCellsIn(
  context: Excel.RequestContext,
  sheets: readonly SheetState[],
  request: MarkRequest,
  support: HostSupport,
): Promise<Mark[]> {
  const old = new Map<string, { target: Target; fill: string | null }>();
  for (const m of request.previous) {
    const t = resolve(m.address, sheets);
    if (t) old.set(t.key, { target: t, fill: fillColor(m.fill) });
  }
  const fresh = new Map<string, Target>();
  for (const a of request.addresses) {
    const t = resolve(a, sheets);
    if (t) fresh.set(t.key, t);
  }

  const given = fillColor(request.restoreFill);

  const work = new Map<SheetState, { unmark: [string, string | null][]; mark: string[] }>();
  const of = (sheet: SheetState) => {
    let w = work.get(sheet);
    if (!w) work.set(sheet, (w = { unmark: [], mark: [] }));
    return w;
  };
  for (const [key, o] of old) if (!fresh.has(key)) of(o.target.sheet).unmark.push([o.target.address, given]);
  for (const t of fresh.values()) of(t.sheet).mark.push(t.address);
  for (const [sheet, w] of work) {
    const ws = context.workbook.worksheets.getItem(sheet.name);
    if (sheet.protected) ws.protection.unprotect();
    for (const [address, fill] of w.unmark) restore(ws.getRange(address), fill);
    for (const address of w.mark) ws.getRange(address).format.fill.color = ERROR_FILL;
    if (sheet.protected) reprotect(ws, support);
  }
  if (work.size) await context.sync();

  return [...fresh.values()].map((t) => ({ address: t.key, fill: given }));
}
