// WorkbookModel → sheets in the open workbook. A sheet of the same name is REWRITTEN IN PLACE,
// never renamed or deleted: in Excel, renaming a sheet rewrites every formula that refers to it
// and deleting it turns them into #REF! (support.microsoft.com "How to correct a #REF! error"), so
// the officer's own formulas on other sheets (=BaoCao!E25) would follow a renamed copy and then
// break. A very hidden sheet (`_meta`) cannot even be deleted (office-js#365).
//
// Order inside the request(s), and why:
//  1. same-named sheets: unprotect if the state just read says so (toggling to the current state
//     throws AccessDenied since mid-2026, office-js#6784), unmerge, clear data validation, clear
//     everything (values, formats), unfreeze.
//  2. add the model's new sheets (so formulas between model sheets resolve).
//  3. per sheet: number formats, then values, then formulas (one assignment per block), styles per
//     rectangle, validation, merges, widths, heights, freeze (rows and columns), tab colour, print
//     settings and autofilter (render-print.ts).
//  4. protect, set visibility, activate the first visible sheet.
//  5. charts (render-charts.ts), in one more request: the old charts of a rewritten chart sheet
//     (listed in step 1) deleted, the new ones added, and only then such a sheet protected (a chart
//     cannot be added to a protected sheet). It is the request that recalculates (below), so it
//     costs a request of its own only where calculation is not suspended (before ExcelApi 1.6).
// Calculation is suspended at the start of every request (ExcelApi 1.6); after a suspended write
// "it's the developer's responsibility to re-calc the workbook" (Excel.Application,
// suspendApiCalculationUntilNextSync), so one more request recalculates. The list is sent by
// sendWrites(), which makes one request unless the payload passes the budget.
import type { WriteReport } from "../core/ports";
import type { CellModel, SheetModel, WorkbookModel } from "../core/sheet";
import { cellBlocks } from "./cell-blocks";
import { charactersToPoints } from "./column-width";
import { MSG } from "./messages";
import { ACTION_BYTES, sendWrites, write, type QueuedWrite } from "./payload";
import { FEATURES, versionText } from "./features";
import { PROTECTION_OPTIONS } from "./protection";
import { toRectangles, unionChunks } from "./rectangles";
import { applyStyle, applyThinBorders, styleNeedsFormat } from "./render-styles";
import { applyFreeze, applyPrintSetup, clearPrintSetup, wantsPrintSetup } from "./render-print";
import { addChart, deleteListed, listCharts } from "./render-charts";
import { applyValidation } from "./render-validation";
import { columnsAddress, rectAddress, rowsAddress, type Rect } from "./sheet-address";
import { EXCEL_VISIBILITY, findSheet, type SheetInfo } from "./sheet-list";
import type { HostSupport } from "./support";

/** getRanges() takes a union address; kept short because hosts limit its length. */
const UNION_MAX_CHARS = 250;

interface Plan {
  writes: QueuedWrite[];
  degraded: Set<string>;
  /** Charts of rewritten chart sheets, listed in the clean-up, deleted in the chart request. */
  oldCharts: Excel.ChartCollection[];
}

function groupBy<K>(cells: readonly CellModel[], key: (c: CellModel) => K | undefined): Map<K, CellModel[]> {
  const groups = new Map<K, CellModel[]>();
  for (const c of cells) {
    const k = key(c);
    if (k === undefined) continue;
    const list = groups.get(k);
    if (list) list.push(c);
    else groups.set(k, [c]);
  }
  return groups;
}

/** Consecutive indexes with the same value → [first, last, value] runs. */
function runs(values: ReadonlyArray<readonly [number, number]>): Array<[number, number, number]> {
  const sorted = [...values].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number, number]> = [];
  for (const [i, v] of sorted) {
    const last = out[out.length - 1];
    if (last && last[1] === i - 1 && last[2] === v) last[1] = i;
    else out.push([i, i, v]);
  }
  return out;
}

function planCells(plan: Plan, ws: () => Excel.Worksheet, sheet: SheetModel, blockBytes: number): void {
  for (const b of cellBlocks(sheet, blockBytes)) {
    const address = rectAddress({ top: b.top, left: b.left, bottom: b.top + b.rows - 1, right: b.left + b.cols - 1 });
    const assignments = [b.numberFormat, b.values, b.formulas].filter((x) => x !== null).length;
    plan.writes.push({
      bytes: b.bytes + assignments * ACTION_BYTES,
      queue: () => {
        const range = ws().getRange(address);
        // Formats before values: a Text ("@") cell then keeps "=…" as text (text-guard.ts).
        if (b.numberFormat) range.numberFormat = b.numberFormat;
        if (b.values) range.values = b.values;
        if (b.formulas) range.formulas = b.formulas;
      },
    });
  }
}

function planStyles(plan: Plan, ws: () => Excel.Worksheet, sheet: SheetModel, support: HostSupport): void {
  for (const [key, cells] of groupBy(sheet.cells, (c) => c.style)) {
    const style = sheet.styles[key];
    if (!style) continue;
    const rects = toRectangles(cells);
    if (styleNeedsFormat(style)) {
      const addresses = rects.map(rectAddress);
      // ExcelApi 1.9: one union range per chunk; before that, one range per rectangle (queued, not synced).
      const targets = support.api19 ? unionChunks(addresses, UNION_MAX_CHARS) : addresses;
      for (const target of targets) {
        plan.writes.push({
          bytes: ACTION_BYTES * 12 + target.length,
          queue: () => {
            const format = support.api19 ? ws().getRanges(target).format : ws().getRange(target).format;
            applyStyle(format, style, support);
          },
        });
      }
    }
    if (style.border) {
      for (const r of rects) {
        plan.writes.push(
          write(() => applyThinBorders(ws().getRange(rectAddress(r)), r.bottom - r.top + 1, r.right - r.left + 1), undefined, 12),
        );
      }
    }
  }
}

function planValidations(plan: Plan, ws: () => Excel.Worksheet, sheet: SheetModel, support: HostSupport): void {
  const groups = groupBy(sheet.cells, (c) => (c.validation ? JSON.stringify(c.validation) : undefined));
  if (groups.size === 0) return;
  if (!support.dataValidation) {
    plan.degraded.add(MSG.noDataValidation);
    return;
  }
  for (const [json, cells] of groups) {
    const validation = cells[0].validation;
    if (!validation) continue;
    for (const r of toRectangles(cells)) {
      plan.writes.push(write(() => applyValidation(ws().getRange(rectAddress(r)).dataValidation, validation), json, 3));
    }
  }
}

function planSheetLayout(plan: Plan, ws: () => Excel.Worksheet, sheet: SheetModel, support: HostSupport): void {
  for (const m of sheet.merges) plan.writes.push(write(() => ws().getRange(rectAddress(m as Rect)).merge(false)));
  const widths = sheet.columnWidths.flatMap((w, col) => (w > 0 ? [[col, charactersToPoints(w)] as const] : []));
  for (const [first, last, points] of runs(widths)) {
    plan.writes.push(write(() => (ws().getRange(columnsAddress(first, last)).format.columnWidth = points)));
  }
  const heights = Object.entries(sheet.rowHeights ?? {}).map(([row, h]) => [Number(row), h] as const);
  for (const [first, last, points] of runs(heights)) {
    plan.writes.push(write(() => (ws().getRange(rowsAddress(first, last)).format.rowHeight = points)));
  }
  const frozen = (sheet.freezeRows ?? 0) > 0 || (sheet.freezeColumns ?? 0) > 0;
  const wantsApi17 = frozen || sheet.tabColor !== undefined;
  if (wantsApi17 && !support.api17) plan.degraded.add(MSG.noFreezeOrTabColor);
  if (support.api17 && frozen) plan.writes.push(write(() => applyFreeze(ws(), sheet)));
  if (support.api17 && sheet.tabColor) plan.writes.push(write(() => (ws().tabColor = `#${sheet.tabColor}`)));
  if (wantsPrintSetup(sheet)) {
    if (support.api19) plan.writes.push(write(() => applyPrintSetup(ws(), sheet, support), sheet.print ?? null, 20));
    else plan.degraded.add(MSG.noPrintSetup);
  } else if (support.api19 && sheet.landscape) plan.writes.push(write(() => (ws().pageLayout.orientation = "Landscape")));
}

export interface WriteOptions {
  maxRequestBytes: number;
}

export interface WrittenSheet {
  name: string;
  /** Worksheet.id, to remember that bdg wrote it. */
  id: string;
}

/** Queues the clean-up of a sheet that is about to be rewritten in place. */
function planClear(plan: Plan, old: SheetInfo, sheet: SheetModel, support: HostSupport): void {
  plan.writes.push(
    write(() => {
      const ws = old.proxy;
      if (old.protected) ws.protection.unprotect();
      // clearing cells leaves charts: a chart sheet's own are listed to be replaced (render-charts.ts)
      if (sheet.charts) plan.oldCharts.push(listCharts(ws));
      const all = ws.getRange();
      all.unmerge();
      if (support.dataValidation) all.dataValidation.clear();
      all.clear("All");
      // unfreeze() on a hidden sheet threw on some builds (office-js#1463): visible sheets only
      if (support.api17 && old.visibility === "visible") ws.freezePanes.unfreeze();
      clearPrintSetup(ws, support);
    }, undefined, 8),
  );
}

/** Queues and sends the whole write; `existing` comes from a sheet list loaded in an earlier request. */
export async function writeModelIn(
  context: Excel.RequestContext,
  model: WorkbookModel,
  existing: readonly SheetInfo[],
  support: HostSupport,
  options: WriteOptions,
): Promise<WriteReport & { requests: number; written: WrittenSheet[] }> {
  if (!support.has("install")) {
    throw new Error(`Excel này không ghi được trang tính (cần ${versionText(FEATURES.install.needs)}).`);
  }
  const plan: Plan = { writes: [], degraded: new Set(), oldCharts: [] };
  const targets = new Map<string, Excel.Worksheet>();
  const reused = new Map<string, SheetInfo>();
  for (const sheet of model.sheets) {
    const old = findSheet(existing, sheet.name);
    if (!old || [...reused.values()].includes(old)) continue;
    reused.set(sheet.name, old);
    targets.set(sheet.name, old.proxy);
    planClear(plan, old, sheet, support);
  }
  const sheetOf = (name: string) => () => {
    const ws = targets.get(name);
    if (!ws) throw new Error(`sheet ${name} queued before it was added`);
    return ws;
  };
  for (const sheet of model.sheets) {
    if (reused.has(sheet.name)) continue;
    plan.writes.push(write(() => void targets.set(sheet.name, context.workbook.worksheets.add(sheet.name)), sheet.name));
  }
  // A block never takes more than a quarter of a request, so requests fill evenly.
  const blockBytes = Math.max(1, Math.floor(options.maxRequestBytes / 4));
  for (const sheet of model.sheets) {
    const ws = sheetOf(sheet.name);
    planCells(plan, ws, sheet, blockBytes);
    planStyles(plan, ws, sheet, support);
    planValidations(plan, ws, sheet, support);
    planSheetLayout(plan, ws, sheet, support);
  }

  const drawn = model.sheets.filter((s) => (s.charts ?? []).length > 0);
  const draws = support.has("charts");
  if (drawn.length > 0 && !draws) plan.degraded.add(MSG.noCharts(versionText(FEATURES.charts.needs)));
  const protectLater: string[] = [];
  for (const sheet of model.sheets) {
    // Every target is unprotected by now (a new sheet starts so; an old one was unprotected above).
    if (!sheet.protect) continue;
    if (!support.protection) {
      plan.degraded.add(MSG.noProtection);
      continue;
    }
    if (draws && drawn.includes(sheet)) protectLater.push(sheet.name);
    else plan.writes.push(write(() => sheetOf(sheet.name)().protection.protect(PROTECTION_OPTIONS), PROTECTION_OPTIONS));
  }
  for (const sheet of model.sheets) {
    const was = reused.get(sheet.name)?.visibility ?? "visible";
    if (sheet.visibility === was) continue;
    plan.writes.push(write(() => (sheetOf(sheet.name)().visibility = EXCEL_VISIBILITY[sheet.visibility])));
  }
  const first = model.sheets.find((s) => s.visibility === "visible");
  if (first) plan.writes.push(write(() => sheetOf(first.name)().activate()));
  const ids = model.sheets.map((sheet) => {
    let proxy: Excel.Worksheet | null = null;
    plan.writes.push(write(() => void (proxy = sheetOf(sheet.name)()).load("id")));
    return { name: sheet.name, id: () => (proxy as Excel.Worksheet | null)?.id ?? "" };
  });

  const suspend = support.suspendCalculation;
  let requests = await sendWrites(context, plan.writes, {
    maxBytes: options.maxRequestBytes,
    startRequest: suspend ? () => context.application.suspendApiCalculationUntilNextSync() : undefined,
  });
  // The chart request (step 5), which also recalculates.
  let deleted = 0;
  for (const charts of plan.oldCharts) deleted += deleteListed(charts);
  const charts = draws ? drawn.flatMap((sheet) => (sheet.charts ?? []).map((chart) => ({ sheet: sheet.name, chart }))) : [];
  for (const { sheet, chart } of charts) addChart(sheetOf(sheet)(), chart, support);
  for (const name of protectLater) sheetOf(name)().protection.protect(PROTECTION_OPTIONS);
  if (suspend) context.application.calculate("Recalculate");
  if (suspend || deleted + charts.length > 0) {
    await context.sync();
    requests++;
  }
  const written = ids.map(({ name, id }) => ({ name, id: id() }));
  return { sheets: model.sheets.map((s) => s.name), degraded: [...plan.degraded], requests, written };
}
