// Highlights the cells of error issues, clearing the previous highlight first.
//
// What was highlighted, and each cell's fill before that, is remembered in the workbook settings
// under MARKS_SETTING, so a reload of the task pane (or of the file) can still clear it.
// Restoring: Office.js reads "no fill" as white "#FFFFFF", so a white original is restored as
// "no fill" (fill.clear()); the form's input cells have no fill, so that is exact for them.
// Protected sheets are unprotected for the paint and protected again (formatting a protected
// sheet is refused).
//
// Requests: 1 (sheet list and protection) + 1 (original fills of newly marked cells, skipped
// when there are none) + 1 (restore and paint).
import type { WorkbookSettings } from "./deps";
import { reprotect } from "./protection";
import { readSetting, writeSetting } from "./settings";
import { parseSheetAddress } from "./sheet-address";
import { findSheet, queueSheetList, sheetInfos, type SheetInfo } from "./sheet-list";
import type { HostSupport } from "./support";

export const MARKS_SETTING = "bdg.markedCells";
/** Excel's "Bad" cell style fill. */
export const ERROR_FILL = "#FFC7CE";

export interface Mark {
  /** Sheet-qualified, e.g. "BaoCao!E25". */
  address: string;
  /** Fill before marking; null = no fill. */
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

interface Target {
  key: string;
  sheet: SheetInfo;
  address: string;
}

function resolve(address: string, sheets: readonly SheetInfo[]): Target | null {
  const parsed = parseSheetAddress(address);
  const sheet = parsed && findSheet(sheets, parsed.sheet);
  if (!parsed || !sheet) return null;
  return { key: `${sheet.name}!${parsed.address}`, sheet, address: parsed.address };
}

function restore(range: Excel.Range, fill: string | null): void {
  if (fill === null || fill.toUpperCase() === "#FFFFFF") range.format.fill.clear();
  else range.format.fill.color = fill;
}

export async function markErrorCellsIn(
  context: Excel.RequestContext,
  addresses: readonly string[],
  previous: readonly Mark[],
  support: HostSupport,
): Promise<Mark[]> {
  const list = queueSheetList(context);
  await context.sync();
  const sheets = sheetInfos(list);

  const old = new Map<string, { target: Target; fill: string | null }>();
  for (const m of previous) {
    const t = resolve(m.address, sheets);
    if (t) old.set(t.key, { target: t, fill: m.fill });
  }
  const fresh = new Map<string, Target>();
  for (const a of addresses) {
    const t = resolve(a, sheets);
    if (t) fresh.set(t.key, t);
  }

  // Original fills of cells not already marked (a marked cell's original is in `previous`).
  const loads = [...fresh.values()]
    .filter((t) => !old.has(t.key))
    .map((t) => {
      const fill = t.sheet.proxy.getRange(t.address).format.fill;
      fill.load("color");
      return [t.key, fill] as const;
    });
  if (loads.length) await context.sync();
  const originals = new Map<string, string | null>(loads.map(([key, fill]) => [key, fill.color ?? null]));

  const touched = new Set<SheetInfo>([...old.values()].map((o) => o.target.sheet));
  for (const t of fresh.values()) touched.add(t.sheet);
  const locked = [...touched].filter((s) => s.protected);
  for (const s of locked) s.proxy.protection.unprotect();
  for (const [key, o] of old) if (!fresh.has(key)) restore(o.target.sheet.proxy.getRange(o.target.address), o.fill);
  for (const t of fresh.values()) t.sheet.proxy.getRange(t.address).format.fill.color = ERROR_FILL;
  for (const s of locked) reprotect(s.proxy, support);
  await context.sync();

  return [...fresh.values()].map((t) => ({
    address: t.key,
    fill: old.get(t.key)?.fill ?? originals.get(t.key) ?? null,
  }));
}

export async function saveMarks(settings: WorkbookSettings, marks: readonly Mark[]): Promise<void> {
  await writeSetting(settings, MARKS_SETTING, JSON.stringify(marks));
}
