// An in-memory WorkbookPort for the use-case tests: sheets as value grids, settings in a map,
// and a ledger of every port call (so tests can bound the round trips a use case makes).
// Formulas are stored as null values, like a workbook that was never recalculated.
import { parseA1, type CellValue, type SheetGrid, type WorkbookGrid } from "../../src/core/grid";
import type { HostCapabilities, MetaPairs, WorkbookPort, WriteReport } from "../../src/core/ports";
import type { SheetModel, WorkbookModel } from "../../src/core/sheet";
import { capabilitiesAt } from "../../src/excel/capabilities";

/** What each port call costs in context.sync round trips, at most (the adapter's budget). */
export const SYNC_COST: Record<string, number> = {
  capabilities: 0,
  readForm: 1,
  readWorkbook: 2,
  writeSheets: 2,
  foreignSheets: 1,
  writeMeta: 1, // the whole table
  selectCell: 1,
  markErrorCells: 1,
  onWorkbookChanged: 1,
  getSetting: 0,
  setSetting: 1,
};

export function sheetModelToGrid(model: SheetModel): SheetGrid {
  const rows: CellValue[][] = [];
  for (const c of model.cells) {
    rows[c.row] ??= [];
    rows[c.row][c.col] = c.formula !== undefined ? null : (c.value ?? null);
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return { name: model.name, visibility: model.visibility, rows };
}

export function modelToGrid(model: WorkbookModel): WorkbookGrid {
  return { sheets: model.sheets.map(sheetModelToGrid) };
}

export class MemoryWorkbookPort implements WorkbookPort {
  sheets: SheetGrid[] = [];
  settings = new Map<string, string>();
  calls: string[] = [];
  selected: string | null = null;
  marked: string[] = [];
  writtenModels: WorkbookModel[] = [];
  private handlers: (() => void)[] = [];

  constructor(initial?: WorkbookGrid) {
    if (initial) this.sheets = structuredClone(initial.sheets);
  }

  /** context.sync round trips the calls so far would cost at most. */
  get syncs(): number {
    return this.calls.reduce((n, c) => n + (SYNC_COST[c] ?? 1), 0);
  }

  resetLedger(): void {
    this.calls = [];
  }

  async capabilities(): Promise<HostCapabilities> {
    this.calls.push("capabilities");
    return capabilitiesAt(21);
  }

  /** BaoCao, _meta and the active sheet (here: the first visible one), in workbook order. */
  async readForm(): Promise<WorkbookGrid> {
    this.calls.push("readForm");
    const active = this.sheets.find((s) => s.visibility === "visible");
    const picked = this.sheets.filter((s) => s.name === "BaoCao" || s.name === "_meta" || s === active);
    return { sheets: structuredClone(picked) };
  }

  async readWorkbook(): Promise<WorkbookGrid> {
    this.calls.push("readWorkbook");
    return { sheets: structuredClone(this.sheets) };
  }

  async writeSheets(model: WorkbookModel): Promise<WriteReport> {
    this.calls.push("writeSheets");
    this.writtenModels.push(model);
    for (const sheet of model.sheets) {
      const grid = sheetModelToGrid(sheet);
      const at = this.sheets.findIndex((s) => s.name === sheet.name);
      if (at >= 0) this.sheets[at] = grid;
      else this.sheets.push(grid);
      this.foreign.delete(sheet.name);
    }
    return { sheets: model.sheets.map((s) => s.name), degraded: [] };
  }

  /** Names of sheets the officer made (bdg did not write them). */
  foreign = new Set<string>();

  async foreignSheets(names: string[]): Promise<string[]> {
    this.calls.push("foreignSheets");
    return names.filter((n) => this.foreign.has(n) && this.sheets.some((s) => s.name === n));
  }

  async writeMeta(pairs: MetaPairs): Promise<void> {
    this.calls.push("writeMeta");
    const meta = this.sheets.find((s) => s.name === "_meta");
    if (!meta) throw new Error("Sổ không có trang _meta");
    if (pairs.length === 0) throw new Error("Bảng _meta rỗng");
    meta.rows = pairs.map(([k, v]) => [k, v]);
  }

  async selectCell(address: string): Promise<void> {
    this.calls.push("selectCell");
    this.selected = address;
  }

  restoreFill: string | null | undefined = undefined;

  async markErrorCells(addresses: string[], restoreFill: string | null): Promise<void> {
    this.calls.push("markErrorCells");
    this.marked = [...addresses];
    this.restoreFill = restoreFill;
  }

  async onWorkbookChanged(handler: () => void): Promise<() => void> {
    this.calls.push("onWorkbookChanged");
    this.handlers.push(handler);
    return () => {
      this.handlers = this.handlers.filter((h) => h !== handler);
    };
  }

  async getSetting(key: string): Promise<string | null> {
    this.calls.push("getSetting");
    return this.settings.get(key) ?? null;
  }

  async setSetting(key: string, value: string): Promise<void> {
    this.calls.push("setSetting");
    this.settings.set(key, value);
  }

  /** The user types into a cell ("BaoCao!E25"); change handlers fire like Excel's onChanged. */
  type(address: string, value: CellValue): void {
    const [sheetName, ref] = address.split("!");
    const sheet = this.sheets.find((s) => s.name === sheetName);
    const at = parseA1(ref);
    if (!sheet || !at) throw new Error(`no cell ${address}`);
    while (sheet.rows.length <= at.row) sheet.rows.push([]);
    sheet.rows[at.row][at.col] = value;
    for (const h of this.handlers) h();
  }

  /** The value of a sheet-qualified cell. */
  valueAt(address: string): CellValue {
    const [sheetName, ref] = address.split("!");
    const sheet = this.sheets.find((s) => s.name === sheetName);
    const at = parseA1(ref);
    if (!sheet || !at) return null;
    return sheet.rows[at.row]?.[at.col] ?? null;
  }

  meta(key: string): CellValue {
    const meta = this.sheets.find((s) => s.name === "_meta");
    return meta?.rows.find((r) => r[0] === key)?.[1] ?? null;
  }
}
