// The fake Excel host: an in-memory workbook, request contexts over it, and what tests inspect
// (syncs, bytes per request, calculation suspension, selection, settings, events).
//
// Where real Excel is stricter than a plain in-memory model, the fake is too (each with its source):
// - a host API level: members above `apiVersion` fail with ApiNotFound (client-object.ts, api-sets.ts);
// - a request and a response are each capped at 5 MB: "Excel on the web has a payload size limit
//   for requests and responses of 5MB" (learn.microsoft.com "Resource limits and performance
//   optimization for Office Add-ins", and "Payload size limit best practices" in "Performance
//   optimization using the Excel JavaScript API"): RequestPayloadSizeLimitExceeded /
//   ResponsePayloadSizeLimitExceeded, the request's own estimate being what was queued, not the adapter's;
// - protect()/unprotect() on a sheet already in that state: AccessDenied (worksheet.ts, office-js#6784);
// - a very hidden sheet cannot be deleted ("by design", office-js#365): make it visible first;
// - renaming a sheet rewrites the formulas that refer to it, deleting it turns them into #REF!
//   (support.microsoft.com "How to correct a #REF! error": a deleted sheet's references break);
// - after suspendApiCalculationUntilNextSync, recalculating is the add-in's job ("it's the
//   developer's responsibility to re-calc the workbook", Excel.Application reference): a suspended
//   write leaves `calculationPending` until application.calculate() runs in a later request;
// - charts (chart.ts): Excel's chart types only, a Range of the request as source, no chart added,
//   changed or deleted on a protected sheet, charts left in place by Range.clear();
// - the add-in's own writes fire onChanged like the user's (Excel.WorksheetChangedEventArgs; from
//   ExcelApi 1.14 with triggerSource "ThisLocalAddin"), delivered after the request, asynchronously.
import { parseA1 } from "../../../src/core/grid";
import { FakeContextBase, type Action, type RequestHost } from "./client-object";
import { minorOf } from "./api-sets";
import { FakeExcelError } from "./errors";
import { cellAt, ensureCell, newCell, newPrint, rectText, type FakeCell, type FakeChart, type FakeSheet, type Rect } from "./state";
import { FakeWorksheetCollection, worksheetIdOf, type ChangeHandler, type WorkbookHost } from "./worksheet";

export interface RequestRecord {
  bytes: number;
  actions: number;
  calculationSuspended: boolean;
  /** What the loads of this request sent back. */
  responseBytes: number;
}

/** 5 MB, the cap of Excel on the web on a request and on a response (see above). */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** A formula's references to sheet `name`: `name!`, `'name'!` (quotes doubled inside), any case. */
function sheetRefPattern(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const quoted = name.replace(/'/g, "''").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\w.'])(?:'${quoted}'|${escaped})!`, "gi");
}

function quoteName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export type SeedValue = string | number | boolean | null | { error: string } | { formula: string; value?: string | number };

class FakeApplication {
  constructor(private readonly ctx: FakeContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.requireApi("Application", "suspendApiCalculationUntilNextSync");
    this.ctx.enqueue({ call: "suspendApiCalculationUntilNextSync" }, () => this.ctx.fake.markSuspended());
  }
  /** Recalculates, except inside a suspended request (calculation is suspended until its sync). */
  calculate(calculationType: string): void {
    this.ctx.requireApi("Application", "calculate");
    this.ctx.enqueue({ call: "calculate", args: [calculationType] }, () => this.ctx.fake.recalculate());
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
  /** Worksheet ids are unique like Excel's GUIDs, across fake workbooks too (settings keep them). */
  private static nextId = 1;
  private activeId = 0;
  private handlers = new Map<number, { scope: FakeSheet | "workbook"; handler: ChangeHandler }>();
  private nextHandler = 1;
  private suspended = false;
  /** Every request sent with context.sync(), in order. */
  readonly requests: RequestRecord[] = [];
  selection: { sheet: string; address: string } | null = null;
  /** Requests left that fail as if the user were typing in a cell. */
  editModeFailures = 0;
  /** Highest ExcelApi version this host claims ("none": an Office without any ExcelApi). */
  apiVersion = "1.13";
  nullObjectChaining: "null" | "throw" = "null";
  /** The cap on a request and on a response (Excel on the web). */
  payloadLimitBytes = PAYLOAD_LIMIT_BYTES;
  /** A suspended write happened and no calculate() followed yet. */
  calculationPending = false;
  /** Delay before the change events of the add-in's own writes arrive. */
  eventDelayMs = 0;
  private touchedNow = new Map<FakeSheet, { rect: Rect; values: boolean }>();
  private deliveries: Promise<unknown>[] = [];

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
    if (set !== "ExcelApi" || this.apiVersion === "none") return false;
    const [a, b] = version.split(".").map(Number);
    const [x, y] = this.apiVersion.split(".").map(Number);
    return a < x || (a === x && b <= y);
  };

  get apiMinor(): number {
    return this.apiVersion === "none" ? 0 : minorOf(this.apiVersion);
  }

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

  /** Simulates the user typing in `sheetName` (at `address`): calls every registered change handler that covers it. */
  async fireChanged(sheetName: string, address = "A1"): Promise<number> {
    return this.deliver(this.findSheet(sheetName), address, "Unknown");
  }

  private async deliver(sheet: FakeSheet | undefined, address: string, triggerSource: string): Promise<number> {
    const hits = [...this.handlers.values()].filter((h) => h.scope === "workbook" || h.scope === sheet);
    const args: Record<string, unknown> = { worksheetId: sheet && worksheetIdOf(sheet), address, changeType: "RangeEdited", source: "Local", type: "WorksheetChanged" };
    if (this.apiMinor >= 14) args.triggerSource = triggerSource;
    await Promise.all(hits.map((h) => h.handler(args)));
    return hits.length;
  }

  /** Waits until the change events of the add-in's own writes so far have been delivered. */
  async eventsDelivered(): Promise<void> {
    while (this.deliveries.length) await Promise.all(this.deliveries.splice(0));
  }

  /** The formula cells, for tests ("Sheet!A1" → formula). */
  formulas(sheetName: string): Map<string, string> {
    const out = new Map<string, string>();
    for (const [key, cell] of this.sheet(sheetName).cells) {
      if (!cell.formula) continue;
      const [row, col] = key.split(",").map(Number);
      out.set(rectText({ top: row, left: col, bottom: row, right: col }), cell.formula);
    }
    return out;
  }

  /** The charts on a sheet, in the order they were added (tests read what they plot with plotted()). */
  charts(sheetName: string): FakeChart[] {
    return [...this.sheet(sheetName).charts];
  }

  get handlerCount(): number {
    return this.handlers.size;
  }

  markSuspended(): void {
    this.suspended = true;
  }

  recalculate(): void {
    if (!this.suspended) this.calculationPending = false;
  }

  // ---- RequestHost -------------------------------------------------------------------------

  async execute(context: FakeContextBase, actions: Action[]): Promise<void> {
    const record: RequestRecord = { bytes: actions.reduce((n, a) => n + a.bytes, 0), actions: actions.length, calculationSuspended: false, responseBytes: 0 };
    this.requests.push(record);
    await Promise.resolve();
    if (this.editModeFailures > 0) {
      this.editModeFailures--;
      throw new FakeExcelError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
    }
    if (record.bytes > this.payloadLimitBytes) {
      throw new FakeExcelError("RequestPayloadSizeLimitExceeded", `the request is ${record.bytes} bytes, over the ${this.payloadLimitBytes}-byte limit`);
    }
    this.suspended = false;
    context.responseBytes = 0;
    context.loadedNow.clear();
    this.touchedNow = new Map();
    try {
      // Like Excel: actions run in order; the first failure stops the rest, earlier ones stay.
      for (const action of actions) action.run();
    } finally {
      record.calculationSuspended = this.suspended;
      if (this.suspended && [...this.touchedNow.values()].some((t) => t.values)) this.calculationPending = true;
      this.suspended = false;
      this.scheduleOwnEvents();
    }
    record.responseBytes = context.responseBytes;
    if (context.responseBytes > this.payloadLimitBytes) {
      for (const o of context.loadedNow) o.forgetLoads();
      throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", `the response is ${context.responseBytes} bytes, over the ${this.payloadLimitBytes}-byte limit`);
    }
  }

  /** One event per sheet this request changed, with the bounding address, after the request. */
  private scheduleOwnEvents(): void {
    for (const [sheet, { rect }] of this.touchedNow) {
      if (!this.book.includes(sheet)) continue;
      const address = rectText(rect);
      this.deliveries.push(new Promise((resolve) => setTimeout(resolve, this.eventDelayMs)).then(() => this.deliver(sheet, address, "ThisLocalAddin")));
    }
    this.touchedNow = new Map();
  }

  touched(sheet: FakeSheet, rect: Rect, kind: "values" | "format"): void {
    const seen = this.touchedNow.get(sheet);
    const r = seen
      ? { top: Math.min(seen.rect.top, rect.top), left: Math.min(seen.rect.left, rect.left), bottom: Math.max(seen.rect.bottom, rect.bottom), right: Math.max(seen.rect.right, rect.right) }
      : { ...rect };
    this.touchedNow.set(sheet, { rect: r, values: (seen?.values ?? false) || kind === "values" });
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
      id: FakeExcel.nextId++,
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
      frozenColumns: 0,
      autoFilter: null,
      print: newPrint(),
      charts: [],
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
    if (sheet.visibility === "VeryHidden") {
      // office-js#365: refused "by design"; the sheet must be made visible or hidden first
      throw new FakeExcelError("GeneralException", `a very hidden sheet '${sheet.name}' cannot be deleted`);
    }
    if (sheet.visibility === "Visible" && this.visibleCount() === 1) {
      throw new FakeExcelError("InvalidOperation", "a workbook must contain at least one visible worksheet");
    }
    this.book.splice(this.book.indexOf(sheet), 1);
    for (const [id, h] of this.handlers) if (h.scope === sheet) this.handlers.delete(id);
    this.fixActive();
    this.rewriteReferences(sheet.name, null);
  }

  renameSheet(sheet: FakeSheet, name: string): void {
    this.checkName(name, sheet);
    const old = sheet.name;
    sheet.name = name;
    if (old !== name) this.rewriteReferences(old, name);
  }

  /** Formulas that refer to sheet `from`: to `to` (a rename), or to #REF! (a deletion). */
  private rewriteReferences(from: string, to: string | null): void {
    const pattern = sheetRefPattern(from);
    for (const s of this.book) {
      for (const cell of s.cells.values()) {
        if (!cell.formula || !pattern.test(cell.formula)) continue;
        pattern.lastIndex = 0;
        cell.formula = cell.formula.replace(pattern, to === null ? "#REF!" : `${quoteName(to)}!`);
        if (to === null) {
          cell.value = "#REF!";
          cell.isError = true;
        }
      }
      pattern.lastIndex = 0;
    }
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
