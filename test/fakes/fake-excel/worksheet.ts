// Worksheet, its collection, protection, freeze panes and change events over the fake workbook.
import { FakeChartCollection } from "./chart";
import { FakeContextBase, FakeObject, loadPaths } from "./client-object";
import { FakeExcelError } from "./errors";
import { FakeRange, FakeRangeAreas, memo, type RangeHost, type RangeTarget } from "./range";
import { parseRect, type FakeSheet, type Rect } from "./state";

export type ChangeHandler = (args: unknown) => Promise<unknown>;

/** What the proxies ask of the fake host (the "Excel process"). */
export interface WorkbookHost extends RangeHost {
  sheets(): FakeSheet[];
  findSheet(name: string): FakeSheet | undefined;
  addSheet(name: string): FakeSheet;
  deleteSheet(sheet: FakeSheet): void;
  renameSheet(sheet: FakeSheet, name: string): void;
  setVisibility(sheet: FakeSheet, visibility: FakeSheet["visibility"]): void;
  activate(sheet: FakeSheet): void;
  usedRect(sheet: FakeSheet, valuesOnly: boolean): Rect | null;
  active(): FakeSheet | null;
  /**
   * What a method asked of a null-object sheet gives: a null object (what the adapter assumes
   * of Excel) or a failed request (a stricter host, to test the adapter's fallback).
   */
  readonly nullObjectChaining: "null" | "throw";
  /** The host's highest ExcelApi minor version. */
  readonly apiMinor: number;
  register(scope: FakeSheet | "workbook", handler: ChangeHandler): number;
  unregister(id: number): void;
}

/** The worksheet id Excel hands out (Worksheet.id, WorksheetChangedEventArgs.worksheetId). */
export function worksheetIdOf(sheet: FakeSheet): string {
  return `{sheet-${sheet.id}}`;
}

/** What getItem* finds: a sheet by name (any case) or by id, as in Excel. */
function sheetByNameOrId(host: WorkbookHost, key: string): FakeSheet | undefined {
  return host.findSheet(key) ?? host.sheets().find((s) => worksheetIdOf(s) === key);
}

export class FakeEventHandlerResult {
  private id: number | undefined;
  constructor(
    readonly context: FakeContextBase,
    private readonly host: WorkbookHost,
    scope: () => FakeSheet | "workbook",
    handler: ChangeHandler,
  ) {
    context.enqueue({ event: "add" }, () => (this.id = host.register(scope(), handler)));
  }
  remove(): void {
    this.context.enqueue({ event: "remove" }, () => {
      if (this.id !== undefined) this.host.unregister(this.id);
    });
  }
}

export class FakeEventHandlers {
  constructor(
    private readonly ctx: FakeContextBase,
    private readonly host: WorkbookHost,
    private readonly scope: () => FakeSheet | "workbook",
    /** The event member, e.g. ["Worksheet", "onChanged"] (ExcelApi 1.7) or ["WorksheetCollection", "onChanged"] (1.9). */
    private readonly owner: [string, string],
  ) {}
  add(handler: ChangeHandler): FakeEventHandlerResult {
    this.ctx.requireApi(...this.owner);
    return new FakeEventHandlerResult(this.ctx, this.host, this.scope, handler);
  }
}

abstract class SheetPart extends FakeObject {
  protected readonly scalarProps: readonly string[] = [];
  constructor(
    ctx: FakeContextBase,
    protected readonly sheet: () => FakeSheet | null,
  ) {
    super(ctx);
  }
  protected exists(): boolean {
    return this.sheet() !== null;
  }
  protected readState(_prop: string): unknown {
    return null;
  }
  protected must(): FakeSheet {
    const s = this.sheet();
    if (!s) throw new FakeExcelError("InvalidOperation", "null object");
    return s;
  }
}

export class FakeWorksheetProtection extends SheetPart {
  readonly excelClass = "WorksheetProtection";
  protected override readonly scalarProps = ["protected"];
  protected override readState(): unknown {
    return this.must().protected;
  }
  get protected(): boolean {
    return this.read("protected");
  }
  // Toggling to the state the sheet is already in is refused with AccessDenied: "Protects a
  // worksheet. Fails if the worksheet has already been protected." (Excel.WorksheetProtection
  // reference), and since a mid-2026 Microsoft 365 build unprotect() of an unprotected sheet
  // fails the same way (OfficeDev/office-js#6784). The add-in must toggle only from the state it
  // has just read.
  protect(options?: unknown, password?: string): void {
    if (password !== undefined) this.ctx.requireArg(this.excelClass, "protect", "password");
    this.invoke("protect", [options, password], () => {
      const s = this.must();
      if (s.protected) throw new FakeExcelError("AccessDenied", `the sheet '${s.name}' is already protected (office-js#6784)`);
      s.protected = true;
      s.protectionOptions = options;
    });
  }
  unprotect(password?: string): void {
    if (password !== undefined) this.ctx.requireArg(this.excelClass, "unprotect", "password");
    this.invoke("unprotect", [], () => {
      const s = this.must();
      if (!s.protected) throw new FakeExcelError("AccessDenied", `the sheet '${s.name}' is not protected (office-js#6784)`);
      s.protected = false;
    });
  }
}

/** A Range proxy or an address string, as Office.js methods take them; the fake takes addresses. */
function addressArg(range: unknown, what: string): string {
  if (typeof range !== "string" || parseRect(range) === null) throw new FakeExcelError("InvalidArgument", `${what}: bad range ${String(range)}`);
  return range;
}

export class FakeFreezePanes extends SheetPart {
  readonly excelClass = "WorksheetFreezePanes";
  freezeRows(count = 1): void {
    this.invoke("freezeRows", [count], () => {
      const s = this.must();
      s.frozenRows = count;
      s.frozenColumns = 0;
    });
  }
  freezeColumns(count = 1): void {
    this.invoke("freezeColumns", [count], () => {
      const s = this.must();
      s.frozenColumns = count;
      s.frozenRows = 0;
    });
  }
  /** "Sets the frozen cells in the active worksheet view": the range is the top-left pane (WorksheetFreezePanes.freezeAt). */
  freezeAt(range: unknown): void {
    this.invoke("freezeAt", [range], () => {
      const rect = parseRect(addressArg(range, "freezeAt")) as Rect;
      const s = this.must();
      s.frozenRows = rect.bottom + 1;
      s.frozenColumns = rect.right + 1;
    });
  }
  unfreeze(): void {
    this.invoke("unfreeze", [], () => {
      const s = this.must();
      s.frozenRows = 0;
      s.frozenColumns = 0;
    });
  }
}

/** Worksheet.autoFilter (ExcelApi 1.9). */
export class FakeAutoFilter extends SheetPart {
  readonly excelClass = "AutoFilter";
  /**
   * Applying a filter to a sheet that already has one is refused here (real Excel's answer is not
   * documented; docs/kiem-thu-excel-that.md asks a real Excel). The adapter removes the old one first.
   */
  apply(range: unknown): void {
    this.invoke("apply", [range], () => {
      const s = this.must();
      if (s.autoFilter !== null) throw new FakeExcelError("InvalidOperation", "the worksheet already has an autofilter");
      s.autoFilter = addressArg(range, "AutoFilter.apply");
    });
  }
  remove(): void {
    this.invoke("remove", [], () => (this.must().autoFilter = null));
  }
}

/** Worksheet.horizontalPageBreaks / verticalPageBreaks (ExcelApi 1.9): manual breaks only. */
export class FakePageBreakCollection extends SheetPart {
  readonly excelClass = "PageBreakCollection";
  constructor(ctx: FakeContextBase, sheet: () => FakeSheet | null, private readonly list: "rowBreaks" | "columnBreaks") {
    super(ctx, sheet);
  }
  add(pageBreakRange: unknown): void {
    this.invoke("add", [pageBreakRange], () => void this.must().print[this.list].push(addressArg(pageBreakRange, "PageBreakCollection.add")));
  }
  removePageBreaks(): void {
    this.invoke("removePageBreaks", [], () => (this.must().print[this.list] = []));
  }
}

const HEADER_FOOTER_PROPS = ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"] as const;

/** HeaderFooterGroup.defaultForAllPages (ExcelApi 1.9). */
export class FakeHeaderFooter extends SheetPart {
  readonly excelClass = "HeaderFooter";
  protected override readonly scalarProps = HEADER_FOOTER_PROPS;
  protected override readState(prop: string): unknown {
    return this.must().print.headersFooters[prop] ?? "";
  }
  constructor(ctx: FakeContextBase, sheet: () => FakeSheet | null) {
    super(ctx, sheet);
    for (const prop of HEADER_FOOTER_PROPS) {
      Object.defineProperty(this, prop, {
        get: () => this.read(prop),
        set: (v: string) => this.assign(prop, v, () => (this.must().print.headersFooters[prop] = v)),
      });
    }
  }
}

export class FakeHeaderFooterGroup extends SheetPart {
  readonly excelClass = "HeaderFooterGroup";
  readonly defaultForAllPages: FakeHeaderFooter;
  constructor(ctx: FakeContextBase, sheet: () => FakeSheet | null) {
    super(ctx, sheet);
    this.defaultForAllPages = new FakeHeaderFooter(ctx, sheet);
  }
}

const MARGINS = ["topMargin", "bottomMargin", "leftMargin", "rightMargin", "headerMargin", "footerMargin"] as const;

/** Worksheet.pageLayout (ExcelApi 1.9): what a printed page looks like. */
export class FakePageLayout extends SheetPart {
  readonly excelClass = "PageLayout";
  protected override readonly scalarProps = ["orientation", "paperSize", "zoom", "centerHorizontally", ...MARGINS];
  readonly headersFooters: FakeHeaderFooterGroup;
  constructor(ctx: FakeContextBase, sheet: () => FakeSheet | null) {
    super(ctx, sheet);
    this.headersFooters = new FakeHeaderFooterGroup(ctx, sheet);
    for (const prop of MARGINS) {
      Object.defineProperty(this, prop, {
        get: () => this.read(prop),
        set: (v: number) => {
          if (!Number.isFinite(v) || v < 0) throw new FakeExcelError("InvalidArgument", `${prop} ${v}`);
          this.assign(prop, v, () => (this.must().print.margins[prop] = v));
        },
      });
    }
  }
  protected override readState(prop: string): unknown {
    const s = this.must();
    if (prop === "orientation") return s.orientation;
    if (prop === "paperSize") return s.print.paperSize;
    if (prop === "zoom") return s.print.zoom;
    if (prop === "centerHorizontally") return s.print.centerHorizontally;
    return s.print.margins[prop] ?? null;
  }
  get orientation(): string { return this.read("orientation"); }
  set orientation(v: string) { this.assign("orientation", v, () => (this.must().orientation = v)); }
  get paperSize(): string { return this.read("paperSize"); }
  set paperSize(v: string) { this.assign("paperSize", v, () => (this.must().print.paperSize = v)); }
  get zoom(): Record<string, number> { return this.read("zoom"); }
  /** PageLayoutZoomOptions: a scale, or pages wide × tall, not both. */
  set zoom(v: Record<string, number>) {
    if (v.scale !== undefined && (v.horizontalFitToPages !== undefined || v.verticalFitToPages !== undefined)) {
      throw new FakeExcelError("InvalidArgument", "zoom: scale and fit to pages together");
    }
    this.assign("zoom", v, () => (this.must().print.zoom = { ...v }));
  }
  get centerHorizontally(): boolean { return this.read("centerHorizontally"); }
  set centerHorizontally(v: boolean) { this.assign("centerHorizontally", v, () => (this.must().print.centerHorizontally = v)); }
  setPrintTitleRows(rows: unknown): void {
    this.invoke("setPrintTitleRows", [rows], () => (this.must().print.titleRows = addressArg(rows, "setPrintTitleRows")));
  }
  setPrintTitleColumns(columns: unknown): void {
    this.invoke("setPrintTitleColumns", [columns], () => (this.must().print.titleColumns = addressArg(columns, "setPrintTitleColumns")));
  }
  protected override navigate(prop: string): FakeObject | undefined {
    return prop === "headersFooters" ? this.headersFooters : undefined;
  }
}

export class FakeWorksheet extends FakeObject {
  readonly excelClass = "Worksheet";
  protected readonly scalarProps = ["name", "visibility", "position", "tabColor", "id"];
  private readonly sheet: () => FakeSheet | null;
  readonly protection: FakeWorksheetProtection;
  readonly freezePanes: FakeFreezePanes;
  readonly pageLayout: FakePageLayout;
  readonly autoFilter: FakeAutoFilter;
  readonly horizontalPageBreaks: FakePageBreakCollection;
  readonly verticalPageBreaks: FakePageBreakCollection;
  readonly onChanged: FakeEventHandlers;

  constructor(
    ctx: FakeContextBase,
    private readonly host: WorkbookHost,
    resolve: () => FakeSheet | null,
    nullable = false,
  ) {
    super(ctx);
    this.sheet = memo(resolve);
    this.protection = new FakeWorksheetProtection(ctx, this.sheet);
    this.freezePanes = new FakeFreezePanes(ctx, this.sheet);
    this.pageLayout = new FakePageLayout(ctx, this.sheet);
    this.autoFilter = new FakeAutoFilter(ctx, this.sheet);
    this.horizontalPageBreaks = new FakePageBreakCollection(ctx, this.sheet, "rowBreaks");
    this.verticalPageBreaks = new FakePageBreakCollection(ctx, this.sheet, "columnBreaks");
    this.onChanged = new FakeEventHandlers(ctx, host, () => this.must(), ["Worksheet", "onChanged"]);
    if (nullable) this.trackNull();
  }

  protected exists(): boolean {
    return this.sheet() !== null;
  }
  protected override navigate(prop: string): FakeObject | undefined {
    return ({ protection: this.protection, pageLayout: this.pageLayout } as Record<string, FakeObject>)[prop];
  }
  private must(): FakeSheet {
    const s = this.sheet();
    if (!s) throw new FakeExcelError("InvalidOperation", "null object");
    return s;
  }
  protected readState(prop: string): unknown {
    const s = this.must();
    switch (prop) {
      case "name":
        return s.name;
      case "visibility":
        return s.visibility;
      case "position":
        return this.host.sheets().indexOf(s);
      case "tabColor":
        return s.visibility === "Visible" ? s.tabColor : null;
      case "id":
        return worksheetIdOf(s);
      default:
        throw new FakeExcelError("InvalidArgument", `unknown property ${prop}`);
    }
  }

  get id(): string { return this.read("id"); }
  get name(): string { return this.read("name"); }
  set name(v: string) { this.assign("name", v, () => this.host.renameSheet(this.must(), v)); }
  get visibility(): string { return this.read("visibility"); }
  set visibility(v: string) { this.assign("visibility", v, () => this.host.setVisibility(this.must(), v as FakeSheet["visibility"])); }
  get position(): number { return this.read("position"); }
  get tabColor(): string { return this.read("tabColor"); }
  set tabColor(v: string) { this.assign("tabColor", v, () => (this.must().tabColor = v.toUpperCase())); }

  private rangeTarget(address: string): () => RangeTarget {
    return memo(() => {
      const rect = parseRect(address);
      if (!rect) throw new FakeExcelError("InvalidArgument", `bad address '${address}'`);
      return { sheet: this.must(), rects: [rect] };
    });
  }

  /** No address: the whole sheet. */
  getRange(address = "A1:XFD1048576"): FakeRange {
    this.ctx.requireApi(this.excelClass, "getRange");
    return new FakeRange(this.ctx, this.rangeTarget(address), this.host);
  }

  getRanges(address: string): FakeRangeAreas {
    this.ctx.requireApi(this.excelClass, "getRanges");
    return new FakeRangeAreas(
      this.ctx,
      memo(() => {
        const rects = address.split(",").map((a) => parseRect(a.trim()));
        if (rects.some((r) => !r)) throw new FakeExcelError("InvalidArgument", `bad address '${address}'`);
        return { sheet: this.must(), rects: rects as Rect[] };
      }),
      this.host,
    );
  }

  /** An empty sheet's used range is A1, never an error (Excel.Worksheet.getUsedRange reference). */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    this.ctx.requireApi(this.excelClass, "getUsedRange");
    if (valuesOnly !== undefined) this.ctx.requireArg(this.excelClass, "getUsedRange", "valuesOnly");
    const target = memo(() => {
      const sheet = this.must();
      return { sheet, rects: [this.host.usedRect(sheet, valuesOnly === true) ?? { top: 0, left: 0, bottom: 0, right: 0 }] };
    });
    return new FakeRange(this.ctx, target, this.host);
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.ctx.requireApi(this.excelClass, "getUsedRangeOrNullObject");
    const target = memo(() => {
      const sheet = this.sheet();
      if (!sheet) {
        if (this.host.nullObjectChaining === "throw") throw new FakeExcelError("InvalidOperation", "null object");
        return null;
      }
      const rect = this.host.usedRect(sheet, valuesOnly);
      return rect ? { sheet, rects: [rect] } : null;
    });
    return new FakeRange(this.ctx, target, this.host, true);
  }

  private chartCollection: FakeChartCollection | undefined;
  /** Worksheet.charts (ExcelApi 1.1): one proxy per worksheet proxy, as Office.js keeps it. */
  get charts(): FakeChartCollection {
    this.ctx.requireApi(this.excelClass, "charts");
    return (this.chartCollection ??= new FakeChartCollection(this.ctx, () => this.must()));
  }

  delete(): void {
    this.invoke("delete", [], () => this.host.deleteSheet(this.must()));
  }

  activate(): void {
    this.invoke("activate", [], () => this.host.activate(this.must()));
  }
}

export class FakeWorksheetCollection {
  private loadedItems: FakeWorksheet[] | undefined;
  readonly onChanged: FakeEventHandlers;

  constructor(
    private readonly ctx: FakeContextBase,
    private readonly host: WorkbookHost,
  ) {
    this.onChanged = new FakeEventHandlers(ctx, host, () => "workbook", ["WorksheetCollection", "onChanged"]);
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw new FakeExcelError("PropertyNotLoaded", "The property 'items' is not available. Call load and sync first.");
    return this.loadedItems;
  }

  load(spec?: string | string[]): this {
    const text = Array.isArray(spec) ? spec.join(",") : (spec ?? "items/name");
    const paths = loadPaths(text)
      .filter((s) => s.startsWith("items/"))
      .map((s) => s.slice("items/".length));
    const probe = new FakeWorksheet(this.ctx, this.host, () => null);
    for (const p of paths) probe.checkPath(p);
    this.ctx.enqueue({ load: text }, () => {
      this.loadedItems = this.host.sheets().map((sheet) => {
        const ws = new FakeWorksheet(this.ctx, this.host, () => sheet);
        ws.loadNow(paths.length ? paths : ["name"]);
        return ws;
      });
    });
    return this;
  }

  add(name: string): FakeWorksheet {
    this.ctx.requireApi("WorksheetCollection", "add");
    let created: FakeSheet | null = null;
    this.ctx.enqueue({ call: "add", args: [name] }, () => (created = this.host.addSheet(name)));
    return new FakeWorksheet(this.ctx, this.host, () => {
      if (!created) throw new FakeExcelError("GeneralException", "sheet used before it was added");
      return created;
    });
  }

  getItem(name: string): FakeWorksheet {
    this.ctx.requireApi("WorksheetCollection", "getItem");
    return new FakeWorksheet(this.ctx, this.host, () => {
      const s = sheetByNameOrId(this.host, name);
      if (!s) throw new FakeExcelError("ItemNotFound", `The requested resource doesn't exist: '${name}'`);
      return s;
    });
  }

  getActiveWorksheet(): FakeWorksheet {
    this.ctx.requireApi("WorksheetCollection", "getActiveWorksheet");
    return new FakeWorksheet(this.ctx, this.host, () => {
      const sheet = this.host.active();
      if (!sheet) throw new FakeExcelError("ItemNotFound", "no active worksheet");
      return sheet;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    this.ctx.requireApi("WorksheetCollection", "getItemOrNullObject");
    return new FakeWorksheet(this.ctx, this.host, () => sheetByNameOrId(this.host, name) ?? null, true);
  }
}
