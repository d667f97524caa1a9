// Worksheet, its collection, protection, freeze panes and change events over the fake workbook.
import { FakeContextBase, FakeObject } from "./client-object";
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
  ) {}
  add(handler: ChangeHandler): FakeEventHandlerResult {
    return new FakeEventHandlerResult(this.ctx, this.host, this.scope, handler);
  }
}

class SheetPart extends FakeObject {
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
  protected override readonly scalarProps = ["protected"];
  protected override readState(): unknown {
    return this.must().protected;
  }
  get protected(): boolean {
    return this.read("protected");
  }
  protect(options?: unknown, password?: string): void {
    this.invoke("protect", [options, password], () => {
      const s = this.must();
      if (s.protected) throw new FakeExcelError("InvalidOperation", "the sheet is already protected");
      s.protected = true;
      s.protectionOptions = options;
    });
  }
  unprotect(_password?: string): void {
    this.invoke("unprotect", [], () => (this.must().protected = false));
  }
}

export class FakeFreezePanes extends SheetPart {
  freezeRows(count = 1): void {
    this.invoke("freezeRows", [count], () => (this.must().frozenRows = count));
  }
  unfreeze(): void {
    this.invoke("unfreeze", [], () => (this.must().frozenRows = 0));
  }
}

export class FakePageLayout extends SheetPart {
  protected override readonly scalarProps = ["orientation"];
  protected override readState(): unknown {
    return this.must().orientation;
  }
  get orientation(): string {
    return this.read("orientation");
  }
  set orientation(v: string) {
    this.assign("orientation", v, () => (this.must().orientation = v));
  }
}

export class FakeWorksheet extends FakeObject {
  protected readonly scalarProps = ["name", "visibility", "position", "tabColor", "id"];
  private readonly sheet: () => FakeSheet | null;
  readonly protection: FakeWorksheetProtection;
  readonly freezePanes: FakeFreezePanes;
  readonly pageLayout: FakePageLayout;
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
    this.onChanged = new FakeEventHandlers(ctx, host, () => this.must());
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

  getRange(address: string): FakeRange {
    return new FakeRange(this.ctx, this.rangeTarget(address), this.host);
  }

  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(
      this.ctx,
      memo(() => {
        const rects = address.split(",").map((a) => parseRect(a.trim()));
        if (rects.some((r) => !r)) throw new FakeExcelError("InvalidArgument", `bad address '${address}'`);
        return { sheet: this.must(), rects: rects as Rect[] };
      }),
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
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
    this.onChanged = new FakeEventHandlers(ctx, host, () => "workbook");
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw new FakeExcelError("PropertyNotLoaded", "The property 'items' is not available. Call load and sync first.");
    return this.loadedItems;
  }

  load(spec?: string | string[]): this {
    const text = Array.isArray(spec) ? spec.join(",") : (spec ?? "items/name");
    const paths = text
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s.startsWith("items/"))
      .map((s) => s.slice("items/".length));
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
    let created: FakeSheet | null = null;
    this.ctx.enqueue({ call: "add", args: [name] }, () => (created = this.host.addSheet(name)));
    return new FakeWorksheet(this.ctx, this.host, () => {
      if (!created) throw new FakeExcelError("GeneralException", "sheet used before it was added");
      return created;
    });
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.host, () => {
      const s = sheetByNameOrId(this.host, name);
      if (!s) throw new FakeExcelError("ItemNotFound", `The requested resource doesn't exist: '${name}'`);
      return s;
    });
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.host, () => {
      const sheet = this.host.active();
      if (!sheet) throw new FakeExcelError("ItemNotFound", "no active worksheet");
      return sheet;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.host, () => sheetByNameOrId(this.host, name) ?? null, true);
  }
}
