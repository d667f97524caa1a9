// Range, RangeAreas and their format / validation proxies over the fake workbook.
import { FakeContextBase, FakeObject } from "./client-object";
import { displayText, storeInput, valueType } from "./cell-input";
import { FakeExcelError } from "./errors";
import {
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  cellAt,
  cellCount,
  defaultFormat,
  ensureCell,
  newCell,
  overlaps,
  quoteSheet,
  rectText,
  type CellFormat,
  type FakeCell,
  type FakeSheet,
  type Rect,
} from "./state";

export interface RangeTarget {
  sheet: FakeSheet;
  rects: Rect[];
}

export interface RangeHost {
  select(sheet: FakeSheet, rect: Rect): void;
  /** A request changed these cells (their values, formats or layout): for change events and recalculation. */
  touched(sheet: FakeSheet, rect: Rect, kind: "values" | "format"): void;
}

/** Resolves once (at the first action that needs it), then stays bound, like a real proxy. */
export function memo<T>(resolve: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = resolve();
      done = true;
    }
    return value;
  };
}

const MAX_CELLS_PER_WRITE = 2_000_000;

function mustExist(resolve: () => RangeTarget | null): RangeTarget {
  const t = resolve();
  if (!t) throw new FakeExcelError("InvalidOperation", "the range is a null object");
  return t;
}

/** The target of a change: refused on a protected sheet; reported to the host as touched. */
function writable(t: RangeTarget, host: RangeHost | null, kind: "values" | "format" = "format", big = false): RangeTarget {
  if (t.sheet.protected) throw new FakeExcelError("AccessDenied", `sheet '${t.sheet.name}' is protected`);
  for (const r of t.rects) {
    if (!big && cellCount(r) > MAX_CELLS_PER_WRITE) throw new FakeExcelError("InvalidArgument", `range ${rectText(r)} too large for the fake`);
    host?.touched(t.sheet, r, kind);
  }
  return t;
}

/** The cells that exist inside the target (so a whole-sheet range stays cheap). */
function existingCells(t: RangeTarget): FakeCell[] {
  const out: FakeCell[] = [];
  for (const [key, cell] of t.sheet.cells) {
    const [row, col] = key.split(",").map(Number);
    if (t.rects.some((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right)) out.push(cell);
  }
  return out;
}

function eachCell(t: RangeTarget, fn: (cell: FakeCell, row: number, col: number) => void): void {
  for (const r of t.rects) {
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) fn(ensureCell(t.sheet, row, col), row, col);
    }
  }
}

/** One value for a multi-cell property: the common value, or null when the cells differ. */
function uniform<T>(values: T[]): T | null {
  return values.every((v) => v === values[0]) ? values[0] : null;
}

function formatsOf(t: RangeTarget): CellFormat[] {
  const out: CellFormat[] = [];
  for (const r of t.rects) {
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) out.push(cellAt(t.sheet, row, col)?.format ?? defaultFormat());
    }
  }
  return out;
}

abstract class TargetObject extends FakeObject {
  constructor(
    ctx: FakeContextBase,
    protected readonly target: () => RangeTarget | null,
    protected readonly host: RangeHost | null = null,
  ) {
    super(ctx);
  }
  protected exists(): boolean {
    return this.target() !== null;
  }
  protected writeFormat(prop: string, value: unknown, apply: (f: CellFormat) => void): void {
    this.assign(prop, value, () => eachCell(writable(mustExist(this.target), this.host), (cell) => apply(cell.format)));
  }
  protected formatValue(pick: (f: CellFormat) => unknown): unknown {
    return uniform(formatsOf(mustExist(this.target)).map(pick));
  }
}

export class FakeRangeFill extends TargetObject {
  readonly excelClass = "RangeFill";
  protected readonly scalarProps = ["color"];
  protected readState(): unknown {
    // Office.js reports "no fill" as white.
    return this.formatValue((f) => f.fill ?? "#FFFFFF");
  }
  get color(): string {
    return this.read("color");
  }
  set color(value: string) {
    this.writeFormat("color", value, (f) => (f.fill = value.toUpperCase()));
  }
  clear(): void {
    this.invoke("clear", [], () => eachCell(writable(mustExist(this.target), this.host), (cell) => (cell.format.fill = null)));
  }
}

const FONT_FIELD = { bold: "bold", italic: "italic", underline: "underline", size: "size", name: "fontName", color: "fontColor" } as const;

export class FakeRangeFont extends TargetObject {
  readonly excelClass = "RangeFont";
  protected readonly scalarProps = Object.keys(FONT_FIELD);
  protected readState(prop: string): unknown {
    const field = FONT_FIELD[prop as keyof typeof FONT_FIELD];
    return this.formatValue((f) => f[field]);
  }
  private put(prop: keyof typeof FONT_FIELD, value: unknown) {
    this.writeFormat(prop, value, (f) => ((f as unknown as Record<string, unknown>)[FONT_FIELD[prop]] = value));
  }
  get bold(): boolean { return this.read("bold"); }
  set bold(v: boolean) { this.put("bold", v); }
  get italic(): boolean { return this.read("italic"); }
  set italic(v: boolean) { this.put("italic", v); }
  get underline(): string { return this.read("underline"); }
  set underline(v: string) { this.put("underline", v); }
  get size(): number { return this.read("size"); }
  set size(v: number) { this.put("size", v); }
  get name(): string { return this.read("name"); }
  set name(v: string) { this.put("name", v); }
  get color(): string { return this.read("color"); }
  set color(v: string) { this.put("color", v.toUpperCase()); }
}

type Side = "top" | "bottom" | "left" | "right";

export class FakeRangeBorder extends TargetObject {
  readonly excelClass = "RangeBorder";
  protected readonly scalarProps = ["style", "weight"];
  constructor(
    ctx: FakeContextBase,
    target: () => RangeTarget | null,
    private readonly edge: string,
    host: RangeHost | null,
  ) {
    super(ctx, target, host);
  }
  protected readState(): unknown {
    return null;
  }
  /** Which side of which cells an edge paints (inside edges paint both neighbours). */
  private paint(style: string): void {
    const t = writable(mustExist(this.target), this.host);
    for (const r of t.rects) {
      for (let row = r.top; row <= r.bottom; row++) {
        for (let col = r.left; col <= r.right; col++) {
          const sides: Side[] = [];
          if (this.edge === "EdgeTop" && row === r.top) sides.push("top");
          if (this.edge === "EdgeBottom" && row === r.bottom) sides.push("bottom");
          if (this.edge === "EdgeLeft" && col === r.left) sides.push("left");
          if (this.edge === "EdgeRight" && col === r.right) sides.push("right");
          if (this.edge === "InsideHorizontal") {
            if (row > r.top) sides.push("top");
            if (row < r.bottom) sides.push("bottom");
          }
          if (this.edge === "InsideVertical") {
            if (col > r.left) sides.push("left");
            if (col < r.right) sides.push("right");
          }
          if (sides.length) {
            const b = ensureCell(t.sheet, row, col).format.borders;
            for (const s of sides) b[s] = style;
          }
        }
      }
    }
  }
  get style(): string { return this.read("style"); }
  set style(v: string) { this.assign("style", v, () => this.paint(v)); }
  get weight(): string { return this.read("weight"); }
  set weight(v: string) { this.assign("weight", v, () => writable(mustExist(this.target), this.host)); }
}

export class FakeRangeBorders {
  constructor(
    private readonly ctx: FakeContextBase,
    private readonly target: () => RangeTarget | null,
    private readonly host: RangeHost | null,
  ) {}
  getItem(edge: string): FakeRangeBorder {
    this.ctx.requireApi("RangeBorderCollection", "getItem");
    return new FakeRangeBorder(this.ctx, this.target, edge, this.host);
  }
}

export class FakeFormatProtection extends TargetObject {
  readonly excelClass = "FormatProtection";
  protected readonly scalarProps = ["locked"];
  protected readState(): unknown {
    return this.formatValue((f) => f.locked);
  }
  get locked(): boolean { return this.read("locked"); }
  set locked(v: boolean) { this.writeFormat("locked", v, (f) => (f.locked = v)); }
}

export class FakeRangeFormat extends TargetObject {
  readonly excelClass = "RangeFormat";
  protected readonly scalarProps = ["columnWidth", "rowHeight", "wrapText", "horizontalAlignment", "verticalAlignment", "indentLevel"];
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;
  readonly borders: FakeRangeBorders;
  readonly protection: FakeFormatProtection;
  constructor(ctx: FakeContextBase, target: () => RangeTarget | null, host: RangeHost | null) {
    super(ctx, target, host);
    this.fill = new FakeRangeFill(ctx, target, host);
    this.font = new FakeRangeFont(ctx, target, host);
    this.borders = new FakeRangeBorders(ctx, target, host);
    this.protection = new FakeFormatProtection(ctx, target, host);
  }
  protected override navigate(prop: string): FakeObject | undefined {
    return ({ fill: this.fill, font: this.font, protection: this.protection } as Record<string, FakeObject>)[prop];
  }
  protected readState(prop: string): unknown {
    const t = mustExist(this.target);
    const r = t.rects[0];
    if (prop === "columnWidth") return t.sheet.columnWidths.get(r.left) ?? DEFAULT_COLUMN_WIDTH;
    if (prop === "rowHeight") return t.sheet.rowHeights.get(r.top) ?? DEFAULT_ROW_HEIGHT;
    const field = { wrapText: "wrap", horizontalAlignment: "hAlign", verticalAlignment: "vAlign", indentLevel: "indent" }[prop];
    return field ? this.formatValue((f) => (f as unknown as Record<string, unknown>)[field]) : null;
  }
  get columnWidth(): number { return this.read("columnWidth"); }
  set columnWidth(points: number) {
    this.assign("columnWidth", points, () => {
      // Widths are a column property: no cells are touched (so "A:C" is cheap).
      const t = writable(mustExist(this.target), this.host, "format", true);
      for (const r of t.rects) for (let c = r.left; c <= r.right; c++) t.sheet.columnWidths.set(c, points);
    });
  }
  get rowHeight(): number { return this.read("rowHeight"); }
  set rowHeight(points: number) {
    this.assign("rowHeight", points, () => {
      const t = writable(mustExist(this.target), this.host, "format", true);
      for (const r of t.rects) for (let row = r.top; row <= r.bottom; row++) t.sheet.rowHeights.set(row, points);
    });
  }
  get wrapText(): boolean { return this.read("wrapText"); }
  set wrapText(v: boolean) { this.writeFormat("wrapText", v, (f) => (f.wrap = v)); }
  get horizontalAlignment(): string { return this.read("horizontalAlignment"); }
  set horizontalAlignment(v: string) { this.writeFormat("horizontalAlignment", v, (f) => (f.hAlign = v)); }
  get verticalAlignment(): string { return this.read("verticalAlignment"); }
  set verticalAlignment(v: string) { this.writeFormat("verticalAlignment", v, (f) => (f.vAlign = v)); }
  get indentLevel(): number { return this.read("indentLevel"); }
  set indentLevel(v: number) { this.writeFormat("indentLevel", v, (f) => (f.indent = v)); }
}

export class FakeDataValidation extends TargetObject {
  readonly excelClass = "DataValidation";
  protected readonly scalarProps = ["rule", "errorAlert", "prompt"];
  protected readState(prop: string): unknown {
    const t = mustExist(this.target);
    const r = t.rects[0];
    return (cellAt(t.sheet, r.top, r.left)?.validation as Record<string, unknown> | undefined)?.[prop] ?? null;
  }
  private put(prop: "rule" | "errorAlert" | "prompt", value: unknown) {
    this.assign(prop, value, () =>
      eachCell(writable(mustExist(this.target), this.host), (cell) => {
        cell.validation = { ...cell.validation, [prop]: structuredClone(value) };
      }),
    );
  }
  get rule(): unknown { return this.read("rule"); }
  set rule(v: unknown) { this.put("rule", v); }
  get errorAlert(): unknown { return this.read("errorAlert"); }
  set errorAlert(v: unknown) { this.put("errorAlert", v); }
  get prompt(): unknown { return this.read("prompt"); }
  set prompt(v: unknown) { this.put("prompt", v); }
  clear(): void {
    this.invoke("clear", [], () => {
      for (const cell of existingCells(writable(mustExist(this.target), this.host, "format", true))) cell.validation = undefined;
    });
  }
}

type Grid = unknown[][];

export class FakeRange extends TargetObject {
  readonly excelClass = "Range";
  protected readonly scalarProps = ["values", "formulas", "numberFormat", "text", "valueTypes", "address", "rowIndex", "columnIndex", "rowCount", "columnCount"];
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;

  constructor(
    ctx: FakeContextBase,
    target: () => RangeTarget | null,
    protected override readonly host: RangeHost,
    nullable = false,
  ) {
    super(ctx, target, host);
    this.format = new FakeRangeFormat(ctx, target, host);
    this.dataValidation = new FakeDataValidation(ctx, target, host);
    if (nullable) this.trackNull();
  }

  protected override navigate(prop: string): FakeObject | undefined {
    return ({ format: this.format, dataValidation: this.dataValidation } as Record<string, FakeObject>)[prop];
  }

  private rect(): { sheet: FakeSheet; r: Rect } {
    const t = mustExist(this.target);
    return { sheet: t.sheet, r: t.rects[0] };
  }

  /** For other proxies of the fake, inside a sync: the sheet and cells this range stands for. */
  resolvedArea(): { sheet: FakeSheet; rect: Rect } {
    const { sheet, r } = this.rect();
    return { sheet, rect: r };
  }

  private grid(pick: (cell: FakeCell | undefined) => unknown): Grid {
    const { sheet, r } = this.rect();
    const rows: Grid = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const out: unknown[] = [];
      for (let col = r.left; col <= r.right; col++) out.push(pick(cellAt(sheet, row, col)));
      rows.push(out);
    }
    return rows;
  }

  protected readState(prop: string): unknown {
    const { sheet, r } = this.rect();
    switch (prop) {
      case "values":
        return this.grid((c) => c?.value ?? "");
      case "formulas":
        return this.grid((c) => c?.formula ?? c?.value ?? "");
      case "numberFormat":
        return this.grid((c) => c?.numberFormat ?? "General");
      case "text":
        return this.grid(displayText);
      case "valueTypes":
        return this.grid(valueType);
      case "address":
        return `${quoteSheet(sheet.name)}!${rectText(r)}`;
      case "rowIndex":
        return r.top;
      case "columnIndex":
        return r.left;
      case "rowCount":
        return r.bottom - r.top + 1;
      case "columnCount":
        return r.right - r.left + 1;
      default:
        throw new FakeExcelError("InvalidArgument", `unknown property ${prop}`);
    }
  }

  /** A 2-D write: a matching array (null = leave the cell alone) or one scalar for every cell. */
  private write2d(prop: string, input: unknown, apply: (cell: FakeCell, v: unknown) => void): void {
    this.assign(prop, input, () => {
      const t = writable(mustExist(this.target), this.host, prop === "numberFormat" ? "format" : "values");
      const r = t.rects[0];
      const rows = r.bottom - r.top + 1;
      const cols = r.right - r.left + 1;
      if (Array.isArray(input)) {
        if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
          throw new FakeExcelError("InvalidArgument", `${prop}: array is not ${rows} × ${cols}`);
        }
      }
      for (let i = 0; i < rows; i++) {
        for (let j = 0; j < cols; j++) {
          const v = Array.isArray(input) ? (input as Grid)[i][j] : input;
          if (v === null || v === undefined) continue;
          apply(ensureCell(t.sheet, r.top + i, r.left + j), v);
        }
      }
    });
  }

  get values(): Grid { return this.read("values"); }
  set values(v: Grid) { this.write2d("values", v, storeInput); }
  get formulas(): Grid { return this.read("formulas"); }
  set formulas(v: Grid) { this.write2d("formulas", v, storeInput); }
  get numberFormat(): Grid { return this.read("numberFormat"); }
  set numberFormat(v: Grid) { this.write2d("numberFormat", v, (cell, f) => (cell.numberFormat = String(f))); }
  get text(): Grid { return this.read("text"); }
  get valueTypes(): Grid { return this.read("valueTypes"); }
  get address(): string { return this.read("address"); }
  get rowIndex(): number { return this.read("rowIndex"); }
  get columnIndex(): number { return this.read("columnIndex"); }
  get rowCount(): number { return this.read("rowCount"); }
  get columnCount(): number { return this.read("columnCount"); }

  merge(across = false): void {
    this.invoke("merge", [across], () => {
      const t = writable(mustExist(this.target), this.host);
      const r = t.rects[0];
      if (t.sheet.merges.some((m) => overlaps(m, r))) throw new FakeExcelError("InvalidOperation", `merge ${rectText(r)} overlaps`);
      // Excel keeps the upper-left value only.
      for (let row = r.top; row <= r.bottom; row++) {
        for (let col = r.left; col <= r.right; col++) {
          if (row === r.top && col === r.left) continue;
          const cell = cellAt(t.sheet, row, col);
          if (cell) {
            cell.value = "";
            cell.formula = undefined;
          }
        }
      }
      t.sheet.merges.push({ ...r });
    });
  }

  /** Unmerges every merged area that overlaps the range (ExcelApi 1.2). */
  unmerge(): void {
    this.invoke("unmerge", [], () => {
      const t = writable(mustExist(this.target), this.host, "format", true);
      const r = t.rects[0];
      t.sheet.merges = t.sheet.merges.filter((m) => !overlaps(m, r));
    });
  }

  /**
   * clear("Contents" | "Formats" | "All"): walks the cells that exist, so a tall range is cheap.
   * Strict where Excel's documentation is silent: merged areas and data validation are not
   * cleared (the adapter unmerges and clears validation itself).
   */
  clear(applyTo = "All"): void {
    this.invoke("clear", [applyTo], () => {
      if (!["All", "Contents", "Formats"].includes(applyTo)) throw new FakeExcelError("InvalidArgument", applyTo);
      const t = writable(mustExist(this.target), this.host, applyTo === "Formats" ? "format" : "values", true);
      const r = t.rects[0];
      for (const [key, cell] of [...t.sheet.cells]) {
        const [row, col] = key.split(",").map(Number);
        if (row < r.top || row > r.bottom || col < r.left || col > r.right) continue;
        if (applyTo === "All") {
          if (cell.validation) t.sheet.cells.set(key, { ...newCell(), validation: cell.validation });
          else t.sheet.cells.delete(key);
          continue;
        }
        if (applyTo === "Contents") {
          cell.value = "";
          cell.formula = undefined;
          cell.isError = undefined;
        } else {
          cell.numberFormat = "General";
          cell.format = defaultFormat();
        }
      }
    });
  }

  select(): void {
    this.invoke("select", [], () => {
      const t = mustExist(this.target);
      this.host.select(t.sheet, t.rects[0]);
    });
  }
}

/** getRanges("A1:B2,D4"): format and validation over several areas. */
export class FakeRangeAreas {
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;
  constructor(ctx: FakeContextBase, target: () => RangeTarget | null, host: RangeHost) {
    this.format = new FakeRangeFormat(ctx, target, host);
    this.dataValidation = new FakeDataValidation(ctx, target, host);
  }
}
