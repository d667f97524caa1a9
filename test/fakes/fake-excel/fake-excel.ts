// The fake Excel host: an in-memory workbook, request contexts over it, and what tests inspect
// (syncs, bytes per request, calculation suspension, selection, settings, events).
import { parseA1 } from "../../../src/core/grid";
import { FakeContextBase, type Action, type RequestHost } from "./client-object";
import { FakeExcelError } from "./errors";
import { cellAt, ensureCell, newCell, rectText, type FakeCell, type FakeSheet, type Rect } from "./state";
import { FakeWorksheetCollection, worksheetIdOf, type ChangeHandler, type WorkbookHost } from "./worksheet";

export interface RequestRecord {
  bytes: number;
  actions: number;
  calculationSuspended: boolean;
}

export type SeedValue = string | number | boolean | null | { error: string } | { formula: string; value?: string | number };

class FakeApplication {
  constructor(private readonly ctx: FakeContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.enqueue({ call: "suspendApiCalculationUntilNextSync" }, () => this.ctx.fake.markSuspended());
  }
}

export class FakeContext extends FakeContextBase {
  readonly workbook: { worksheets: FakeWorksheetCollection; application: FakeApplication };
  readonly application: FakeApplication;
  constructor(readonly fake: FakeExcel) {
    super(fake);
    this.application = new FakeApplication(this);
    this.workbook = { worksheets: new FakeWorksheetCollection(this, fake), application: this.application };
  }
}

const INVALID_NAME = /[[\]:*?/\\]/;

export class FakeExcel implements RequestHost, WorkbookHost {
  private readonly book: FakeSheet[] = [];
  private nextId = 1;
  private activeId = 0;
  private handlers = new Map<number, { scope: FakeSheet | "workbook"; handler: ChangeHandler }>();
  private nextHandler = 1;
  private suspended = false;
  /** Every request sent with context.sync(), in order. */
  readonly requests: RequestRecord[] = [];
  selection: { sheet: string; address: string } | null = null;
  /** Requests left that fail as if the user were typing in a cell. */
  editModeFailures = 0;
  /** Highest ExcelApi version this host claims. */
  apiVersion = "1.13";
  nullObjectChaining: "null" | "throw" = "null";

  constructor(sheetNames: string[] = ["Sheet1"]) {
    for (const name of sheetNames) this.addSheet(name);
  }

  // ---- for tests -------------------------------------------------------------------------

  get syncs(): number {
    return this.requests.length;
  }

  resetCounters(): void {
    this.requests.length = 0;
  }

  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    batch(new FakeContext(this) as unknown as Excel.RequestContext);

  runInContext = async <T>(
    context: OfficeExtension.ClientRequestContext,
    batch: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> => batch(context as Excel.RequestContext);

  isSetSupported = (set: string, version: string): boolean => {
    if (set !== "ExcelApi") return false;
    const [a, b] = version.split(".").map(Number);
    const [x, y] = this.apiVersion.split(".").map(Number);
    return a < x || (a === x && b <= y);
  };

  sheet(name: string): FakeSheet {
    const s = this.findSheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  sheetNames(): string[] {
    return this.book.map((s) => s.name);
  }

  get activeSheet(): string | undefined {
    return this.book.find((s) => s.id === this.activeId)?.name;
  }

  cell(sheetName: string, address: string): FakeCell | undefined {
    const p = parseA1(address);
    if (!p) throw new Error(`bad address ${address}`);
    return cellAt(this.sheet(sheetName), p.row, p.col);
  }

  /** Writes straight into the workbook (not through proxies): the state before a test. */
  seed(sheetName: string, topLeft: string, rows: SeedValue[][]): void {
    const sheet = this.findSheet(sheetName) ?? this.addSheet(sheetName);
    const p = parseA1(topLeft);
    if (!p) throw new Error(`bad address ${topLeft}`);
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null) return;
        const cell = ensureCell(sheet, p.row + i, p.col + j);
        if (typeof v === "object" && "error" in v) {
          cell.value = v.error;
          cell.isError = true;
        } else if (typeof v === "object") {
          cell.formula = `=${v.formula}`;
          cell.value = v.value ?? "";
        } else cell.value = v;
      }),
    );
  }

  /** Simulates the user typing in `sheetName`: calls every registered change handler that covers it. */
  async fireChanged(sheetName: string): Promise<number> {
    const sheet = this.findSheet(sheetName);
    const hits = [...this.handlers.values()].filter((h) => h.scope === "workbook" || h.scope === sheet);
    await Promise.all(hits.map((h) => h.handler({ worksheetId: sheet && worksheetIdOf(sheet), changeType: "RangeEdited" })));
    return hits.length;
  }

  get handlerCount(): number {
    return this.handlers.size;
  }

  markSuspended(): void {
    this.suspended = true;
  }

  // ---- RequestHost -------------------------------------------------------------------------

  async execute(_context: FakeContextBase, actions: Action[]): Promise<void> {
    const record: RequestRecord = { bytes: actions.reduce((n, a) => n + a.bytes, 0), actions: actions.length, calculationSuspended: false };
    this.requests.push(record);
    await Promise.resolve();
    if (this.editModeFailures > 0) {
      this.editModeFailures--;
      throw new FakeExcelError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
    }
    this.suspended = false;
    try {
      // Like Excel: actions run in order; the first failure stops the rest, earlier ones stay.
      for (const action of actions) action.run();
    } finally {
      record.calculationSuspended = this.suspended;
      this.suspended = false;
    }
  }

  // ---- WorkbookHost ------------------------------------------------------------------------

  sheets(): FakeSheet[] {
    return [...this.book];
  }

  findSheet(name: string): FakeSheet | undefined {
    const folded = name.toLowerCase();
    return this.book.find((s) => s.name.toLowerCase() === folded);
  }

  private checkName(name: string, except?: FakeSheet): void {
    if (!name || name.length > 31 || INVALID_NAME.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw new FakeExcelError("InvalidArgument", `invalid sheet name '${name}'`);
    }
    const other = this.findSheet(name);
    if (other && other !== except) throw new FakeExcelError("ItemAlreadyExists", `a sheet named '${name}' exists`);
  }

  addSheet(name: string): FakeSheet {
    this.checkName(name);
    const sheet: FakeSheet = {
      id: this.nextId++,
      name,
      visibility: "Visible",
      cells: new Map(),
      merges: [],
      columnWidths: new Map(),
      rowHeights: new Map(),
      frozenRows: 0,
      tabColor: "",
      protected: false,
      orientation: "Portrait",
    };
    this.book.push(sheet);
    if (!this.activeId) this.activeId = sheet.id;
    return sheet;
  }

  private visibleCount(): number {
    return this.book.filter((s) => s.visibility === "Visible").length;
  }

  private fixActive(): void {
    const active = this.book.find((s) => s.id === this.activeId);
    if (!active || active.visibility !== "Visible") this.activeId = this.book.find((s) => s.visibility === "Visible")?.id ?? 0;
  }

  deleteSheet(sheet: FakeSheet): void {
    if (!this.book.includes(sheet)) throw new FakeExcelError("ItemNotFound", "sheet already deleted");
    if (sheet.visibility === "Visible" && this.visibleCount() === 1) {
      throw new FakeExcelError("InvalidOperation", "a workbook must contain at least one visible worksheet");
    }
    this.book.splice(this.book.indexOf(sheet), 1);
    for (const [id, h] of this.handlers) if (h.scope === sheet) this.handlers.delete(id);
    this.fixActive();
  }

  renameSheet(sheet: FakeSheet, name: string): void {
    this.checkName(name, sheet);
    sheet.name = name;
  }

  setVisibility(sheet: FakeSheet, visibility: FakeSheet["visibility"]): void {
    if (!["Visible", "Hidden", "VeryHidden"].includes(visibility)) throw new FakeExcelError("InvalidArgument", visibility);
    if (visibility !== "Visible" && sheet.visibility === "Visible" && this.visibleCount() === 1) {
      throw new FakeExcelError("InvalidOperation", "a workbook must contain at least one visible worksheet");
    }
    sheet.visibility = visibility;
    this.fixActive();
  }

  activate(sheet: FakeSheet): void {
    if (sheet.visibility !== "Visible") throw new FakeExcelError("InvalidOperation", `cannot activate hidden sheet '${sheet.name}'`);
    this.activeId = sheet.id;
  }

  active(): FakeSheet | null {
    return this.book.find((s) => s.id === this.activeId) ?? null;
  }

  select(sheet: FakeSheet, rect: Rect): void {
    if (sheet.id !== this.activeId) throw new FakeExcelError("InvalidOperation", `select on an inactive sheet '${sheet.name}'`);
    this.selection = { sheet: sheet.name, address: rectText(rect) };
  }

  usedRect(sheet: FakeSheet, valuesOnly: boolean): Rect | null {
    let rect: Rect | null = null;
    for (const [key, cell] of sheet.cells) {
      const hasValue = cell.value !== "" || cell.formula !== undefined;
      if (valuesOnly ? !hasValue : !hasValue && isBlankFormat(cell)) continue;
      const [row, col] = key.split(",").map(Number);
      rect = rect
        ? { top: Math.min(rect.top, row), left: Math.min(rect.left, col), bottom: Math.max(rect.bottom, row), right: Math.max(rect.right, col) }
        : { top: row, left: col, bottom: row, right: col };
    }
    return rect;
  }

  register(scope: FakeSheet | "workbook", handler: ChangeHandler): number {
    const id = this.nextHandler++;
    this.handlers.set(id, { scope, handler });
    return id;
  }

  unregister(id: number): void {
    this.handlers.delete(id);
  }
}

function isBlankFormat(cell: FakeCell): boolean {
  return JSON.stringify(cell.format) === JSON.stringify(newCell().format) && cell.numberFormat === "General";
}
