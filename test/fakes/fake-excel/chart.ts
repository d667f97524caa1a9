// Worksheet.charts and the chart proxies over the fake workbook, as strict as Excel where an
// adapter could get it wrong:
// - charts.add takes a chart type Excel knows (the ChartType enum of Microsoft's typings; anything
//   else, "Invalid" included, is InvalidArgument), a Range proxy of the same request (an address
//   string is not a Range), and seriesBy "Auto" | "Columns" | "Rows". "Auto" is resolved here by the
//   rule of Excel's user interface (more rows than columns: one series per column); office-js#1830
//   reports the API's "Auto" reading a range the other way round, so an adapter must say what it means;
// - the source may lie on another sheet (an Excel chart may plot any sheet's cells); an empty source
//   gives a chart with no series (Excel draws an empty chart), whose series then do not exist;
// - a chart is not cell content: Range.clear() leaves it in place; a rewrite must delete it;
// - on a protected sheet a chart cannot be added, changed, moved or deleted (AccessDenied; Excel's
//   ChartObjects.Add fails on a sheet whose contents are protected whatever DrawingObjects says);
// - every member is available only from its ExcelApi set (client-object.ts), every value only after
//   load + sync, and a bare load of the collection is refused (office-js#217: charts.load("items")
//   failed inside Excel on Chart.plotBy), so the adapter names what it loads.
import { enumValues } from "./api-sets";
import { FakeContextBase, FakeObject, loadPaths } from "./client-object";
import { FakeExcelError } from "./errors";
import { FakeRange } from "./range";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, cellAt, parseRect, type FakeChart, type FakeChartAxis as AxisState, type FakeSheet, type Rect } from "./state";

/** Excel's default chart: 5 × 3 inches, in points. */
const DEFAULT_SIZE = { width: 360, height: 216 };
/** Excel's default gap between bars or columns, in % of a bar's width. */
const DEFAULT_GAP_WIDTH = 150;

interface Located {
  sheet: FakeSheet;
  chart: FakeChart;
}

let nextChartId = 1;

function refuseProtected(sheet: FakeSheet, what: string): void {
  if (sheet.protected) throw new FakeExcelError("AccessDenied", `${what}: the sheet '${sheet.name}' is protected`);
}

function isText(v: unknown): boolean {
  return typeof v === "string" && v !== "";
}

/** Series of a source as Excel makes them: a text first row names them, a text first column gives the categories. */
export function chartLayout(source: { sheet: FakeSheet; rect: Rect }, seriesBy: "Columns" | "Rows") {
  const { sheet, rect } = source;
  const at = (row: number, col: number) => cellAt(sheet, row, col)?.value ?? "";
  const byColumns = seriesBy === "Columns";
  const [lines, across] = byColumns ? [rect.right - rect.left + 1, rect.bottom - rect.top + 1] : [rect.bottom - rect.top + 1, rect.right - rect.left + 1];
  const cell = (line: number, i: number) => (byColumns ? at(rect.top + i, rect.left + line) : at(rect.top + line, rect.left + i));
  const hasNames = Array.from({ length: lines }, (_, l) => l).some((l) => isText(cell(l, 0)));
  const hasCategories = Array.from({ length: across }, (_, i) => i).some((i) => isText(cell(0, i)));
  const first = hasCategories ? 1 : 0;
  const start = hasNames ? 1 : 0;
  const empty = [...Array(lines).keys()].every((l) => [...Array(across).keys()].every((i) => cell(l, i) === ""));
  if (empty) return { categories: [] as string[], series: [] as { name: string; values: (number | null)[] }[] };
  const categories = [...Array(across - start).keys()].map((i) => String(hasCategories ? cell(0, start + i) : i + 1));
  const series = [...Array(lines - first).keys()].map((l) => ({
    name: hasNames ? String(cell(first + l, 0)) : `Series${l + 1}`,
    values: [...Array(across - start).keys()].map((i) => {
      const v = cell(first + l, start + i);
      return typeof v === "number" ? v : null;
    }),
  }));
  return { categories, series };
}

/** What a chart plots now (its source's current cells): for tests. */
export function plotted(chart: FakeChart) {
  return chartLayout(chart.source, chart.seriesBy);
}

function sumSizes(sizes: Map<number, number>, from: number, to: number, fallback: number): number {
  let total = 0;
  for (let i = from; i <= to; i++) total += sizes.get(i) ?? fallback;
  return total;
}

type Getter = (c: FakeChart) => unknown;
type Setter = (c: FakeChart, v: unknown) => void;

/** A chart proxy part: properties read from / written to the located chart, refused on a protected sheet. */
abstract class ChartPart extends FakeObject {
  protected abstract readonly props: Record<string, [Getter, Setter?]>;
  constructor(
    ctx: FakeContextBase,
    protected readonly locate: () => Located,
  ) {
    super(ctx);
  }
  protected get scalarProps(): readonly string[] {
    return Object.keys(this.props);
  }
  protected exists(): boolean {
    return true;
  }
  protected readState(prop: string): unknown {
    const entry = this.props[prop];
    if (!entry) throw new FakeExcelError("InvalidArgument", `${this.excelClass} has no property ${prop}`);
    return entry[0](this.locate().chart);
  }
  /**
   * Accessors for each property (called from the subclass constructor, once `props` exists); then
   * the proxy takes no other property, so a member the fake does not model fails loudly (TypeError)
   * instead of passing untested.
   */
  protected defineProps(): void {
    for (const [prop, [, set]] of Object.entries(this.props)) {
      Object.defineProperty(this, prop, {
        get: () => this.read(prop),
        set: (v: unknown) => {
          if (!set) throw new TypeError(`${this.excelClass}.${prop} is read-only`);
          this.assign(prop, v, () => this.edit(`${this.excelClass}.${prop}`, (c) => set(c, v)));
        },
        configurable: true,
      });
    }
    Object.preventExtensions(this);
  }
  protected edit(what: string, apply: (c: FakeChart, sheet: FakeSheet) => void): void {
    const { sheet, chart } = this.locate();
    refuseProtected(sheet, what);
    apply(chart, sheet);
  }
  protected call(method: string, args: unknown[], apply: (c: FakeChart, sheet: FakeSheet) => void): void {
    this.invoke(method, args, () => this.edit(`${this.excelClass}.${method}`, apply));
  }
  /** A navigation property: its own ExcelApi set is checked where it is used. */
  protected part<T>(prop: string, make: () => T): T {
    this.ctx.requireApi(this.excelClass, prop);
    return make();
  }
}

function oneOf(name: string, v: unknown, allowed: readonly string[]): string {
  if (typeof v !== "string" || !allowed.includes(v)) throw new FakeExcelError("InvalidArgument", `${name}: '${String(v)}' is not one of Excel's values`);
  return v;
}

function bool(name: string, v: unknown): boolean {
  if (typeof v !== "boolean") throw new FakeExcelError("InvalidArgument", `${name}: not a boolean`);
  return v;
}

function text(name: string, v: unknown): string {
  if (typeof v !== "string") throw new FakeExcelError("InvalidArgument", `${name}: not a string`);
  return v;
}

class FakeChartFont extends ChartPart {
  readonly excelClass = "ChartFont";
  protected readonly props: Record<string, [Getter, Setter?]>;
  constructor(ctx: FakeContextBase, locate: () => Located, font: (c: FakeChart) => Record<string, unknown>) {
    super(ctx, locate);
    this.props = Object.fromEntries(["bold", "color", "italic", "name", "size", "underline"].map((p) => [p, [(c: FakeChart) => font(c)[p] ?? null, (c: FakeChart, v: unknown) => (font(c)[p] = v)]]));
    this.defineProps();
  }
}

/** A format that holds a font: Chart.format (ChartAreaFormat, every text of the chart without its own) and ChartTitle.format. */
class FakeChartTextFormat extends ChartPart {
  protected readonly props = {};
  constructor(
    ctx: FakeContextBase,
    locate: () => Located,
    readonly excelClass: "ChartAreaFormat" | "ChartTitleFormat",
    private readonly fontOf: (c: FakeChart) => Record<string, unknown>,
  ) {
    super(ctx, locate);
    this.defineProps();
  }
  get font(): FakeChartFont {
    return this.part("font", () => new FakeChartFont(this.ctx, this.locate, this.fontOf));
  }
}

class FakeChartTitle extends ChartPart {
  readonly excelClass = "ChartTitle";
  protected readonly props: Record<string, [Getter, Setter?]> = {
    text: [(c) => c.title.text, (c, v) => ((c.title.text = text("ChartTitle.text", v)), (c.title.visible = true))],
    visible: [(c) => c.title.visible, (c, v) => (c.title.visible = bool("ChartTitle.visible", v))],
  };
  constructor(ctx: FakeContextBase, locate: () => Located) {
    super(ctx, locate);
    this.defineProps();
  }
  get format(): FakeChartTextFormat {
    return this.part("format", () => new FakeChartTextFormat(this.ctx, this.locate, "ChartTitleFormat", (c) => c.title.font));
  }
}

class FakeChartAxisTitle extends ChartPart {
  readonly excelClass = "ChartAxisTitle";
  protected readonly props: Record<string, [Getter, Setter?]>;
  constructor(ctx: FakeContextBase, locate: () => Located, axis: (c: FakeChart) => AxisState) {
    super(ctx, locate);
    this.props = {
      text: [(c) => axis(c).title, (c, v) => ((axis(c).title = text("ChartAxisTitle.text", v)), (axis(c).titleVisible = true))],
      visible: [(c) => axis(c).titleVisible, (c, v) => (axis(c).titleVisible = bool("ChartAxisTitle.visible", v))],
      textOrientation: [(c) => axis(c).textOrientation, (c, v) => (axis(c).textOrientation = Number(v))],
    };
    this.defineProps();
  }
}

class FakeChartAxis extends ChartPart {
  readonly excelClass = "ChartAxis";
  protected readonly props: Record<string, [Getter, Setter?]>;
  constructor(ctx: FakeContextBase, locate: () => Located, private readonly axis: (c: FakeChart) => AxisState) {
    super(ctx, locate);
    this.props = {
      reversePlotOrder: [(c) => axis(c).reversePlotOrder, (c, v) => (axis(c).reversePlotOrder = bool("ChartAxis.reversePlotOrder", v))],
      position: [(c) => axis(c).position, (c, v) => (axis(c).position = oneOf("ChartAxis.position", v, enumValues("ChartAxisPosition")))],
    };
    this.defineProps();
  }
  get title(): FakeChartAxisTitle {
    return this.part("title", () => new FakeChartAxisTitle(this.ctx, this.locate, this.axis));
  }
}

class FakeChartAxes extends ChartPart {
  readonly excelClass = "ChartAxes";
  protected readonly props = {};
  constructor(ctx: FakeContextBase, locate: () => Located) {
    super(ctx, locate);
    this.defineProps();
  }
  get categoryAxis(): FakeChartAxis {
    return this.part("categoryAxis", () => new FakeChartAxis(this.ctx, this.locate, (c) => c.axes.category));
  }
  get valueAxis(): FakeChartAxis {
    return this.part("valueAxis", () => new FakeChartAxis(this.ctx, this.locate, (c) => c.axes.value));
  }
}

class FakeChartLegend extends ChartPart {
  readonly excelClass = "ChartLegend";
  protected readonly props: Record<string, [Getter, Setter?]> = {
    visible: [(c) => c.legend.visible, (c, v) => (c.legend.visible = bool("ChartLegend.visible", v))],
    position: [(c) => c.legend.position, (c, v) => (c.legend.position = oneOf("ChartLegend.position", v, enumValues("ChartLegendPosition")))],
  };
  constructor(ctx: FakeContextBase, locate: () => Located) {
    super(ctx, locate);
    this.defineProps();
  }
}

class FakeChartDataLabels extends ChartPart {
  readonly excelClass = "ChartDataLabels";
  protected readonly props: Record<string, [Getter, Setter?]> = {
    showValue: [(c) => c.dataLabels.showValue, (c, v) => (c.dataLabels.showValue = bool("ChartDataLabels.showValue", v))],
  };
  constructor(ctx: FakeContextBase, locate: () => Located) {
    super(ctx, locate);
    this.defineProps();
  }
}

/** The series of a chart, by index: a series the source did not make does not exist. */
function seriesAt(c: FakeChart, index: number) {
  const s = c.series[index];
  if (!s) throw new FakeExcelError("ItemNotFound", `the chart '${c.name}' has no series ${index} (it has ${c.series.length})`);
  return s;
}

const COLOR = /^(#[0-9a-f]{6}|[a-z]+)$/i;

class FakeChartFill extends ChartPart {
  readonly excelClass = "ChartFill";
  protected readonly props = {};
  constructor(ctx: FakeContextBase, locate: () => Located, private readonly index: number) {
    super(ctx, locate);
    this.defineProps();
  }
  setSolidColor(color: string): void {
    this.call("setSolidColor", [color], (c) => {
      if (typeof color !== "string" || !COLOR.test(color)) throw new FakeExcelError("InvalidArgument", `setSolidColor: '${String(color)}'`);
      seriesAt(c, this.index).fill = color.toUpperCase();
    });
  }
  clear(): void {
    this.call("clear", [], (c) => (seriesAt(c, this.index).fill = null));
  }
}

class FakeChartSeriesFormat extends ChartPart {
  readonly excelClass = "ChartSeriesFormat";
  protected readonly props = {};
  constructor(ctx: FakeContextBase, locate: () => Located, private readonly index: number) {
    super(ctx, locate);
    this.defineProps();
  }
  get fill(): FakeChartFill {
    return this.part("fill", () => new FakeChartFill(this.ctx, this.locate, this.index));
  }
}

class FakeChartSeries extends ChartPart {
  readonly excelClass = "ChartSeries";
  protected readonly props: Record<string, [Getter, Setter?]>;
  constructor(ctx: FakeContextBase, locate: () => Located, private readonly index: number) {
    super(ctx, locate);
    this.props = {
      name: [(c) => (seriesAt(c, index), plotted(c).series[index]?.name ?? "")],
      gapWidth: [
        (c) => seriesAt(c, index).gapWidth,
        (c, v) => {
          if (typeof v !== "number" || v < 0 || v > 500) throw new FakeExcelError("InvalidArgument", `ChartSeries.gapWidth: ${String(v)}`);
          // One gap for the whole group of bars, as in Excel's "Format Data Series".
          seriesAt(c, index);
          for (const s of c.series) s.gapWidth = v;
        },
      ],
    };
    this.defineProps();
  }
  get format(): FakeChartSeriesFormat {
    return this.part("format", () => new FakeChartSeriesFormat(this.ctx, this.locate, this.index));
  }
}

class FakeChartSeriesCollection extends ChartPart {
  readonly excelClass = "ChartSeriesCollection";
  protected readonly props: Record<string, [Getter, Setter?]> = { count: [(c) => c.series.length] };
  constructor(ctx: FakeContextBase, locate: () => Located) {
    super(ctx, locate);
    this.defineProps();
  }
  getItemAt(index: number): FakeChartSeries {
    this.ctx.requireApi(this.excelClass, "getItemAt");
    return new FakeChartSeries(this.ctx, this.locate, index);
  }
}

/** Where a cell argument of setPosition lies: an address on the chart's sheet, or a Range of it. */
function cellRect(arg: unknown, sheet: FakeSheet, ctx: FakeContextBase, what: string): Rect {
  if (arg instanceof FakeRange) {
    if (!arg.belongsTo(ctx)) throw new FakeExcelError("InvalidArgument", `${what}: a range of another request`);
    const area = arg.resolvedArea();
    if (area.sheet !== sheet) throw new FakeExcelError("InvalidArgument", `${what}: a cell of another sheet ('${area.sheet.name}')`);
    return area.rect;
  }
  const rect = typeof arg === "string" && !arg.includes("!") ? parseRect(arg) : null;
  if (!rect) throw new FakeExcelError("InvalidArgument", `${what}: '${String(arg)}' is not a cell of the sheet`);
  return rect;
}

export class FakeChartProxy extends ChartPart {
  readonly excelClass = "Chart";
  protected readonly props: Record<string, [Getter, Setter?]>;
  constructor(ctx: FakeContextBase, locate: () => Located) {
    super(ctx, locate);
    const size = (prop: "top" | "left" | "width" | "height"): [Getter, Setter] => [
      (c) => c[prop],
      (c, v) => {
        if (typeof v !== "number" || !Number.isFinite(v) || v < 0) throw new FakeExcelError("InvalidArgument", `Chart.${prop}: ${String(v)}`);
        c[prop] = v;
      },
    ];
    this.props = {
      name: [(c) => c.name, (c, v) => (c.name = text("Chart.name", v))],
      chartType: [(c) => c.chartType, (c, v) => (c.chartType = chartType(v))],
      id: [(c) => `{chart-${c.id}}`],
      top: size("top"),
      left: size("left"),
      width: size("width"),
      height: size("height"),
    };
    this.defineProps();
  }
  protected override navigate(prop: string): FakeObject | undefined {
    if (prop === "title") return new FakeChartTitle(this.ctx, this.locate);
    if (prop === "legend") return new FakeChartLegend(this.ctx, this.locate);
    if (prop === "dataLabels") return new FakeChartDataLabels(this.ctx, this.locate);
    return undefined;
  }
  get title(): FakeChartTitle {
    return this.part("title", () => new FakeChartTitle(this.ctx, this.locate));
  }
  get format(): FakeChartTextFormat {
    return this.part("format", () => new FakeChartTextFormat(this.ctx, this.locate, "ChartAreaFormat", (c) => c.font));
  }
  get axes(): FakeChartAxes {
    return this.part("axes", () => new FakeChartAxes(this.ctx, this.locate));
  }
  get legend(): FakeChartLegend {
    return this.part("legend", () => new FakeChartLegend(this.ctx, this.locate));
  }
  get dataLabels(): FakeChartDataLabels {
    return this.part("dataLabels", () => new FakeChartDataLabels(this.ctx, this.locate));
  }
  get series(): FakeChartSeriesCollection {
    return this.part("series", () => new FakeChartSeriesCollection(this.ctx, this.locate));
  }
  /** Moves the chart over the cells from startCell to endCell (its size kept when there is no endCell). */
  setPosition(startCell: unknown, endCell?: unknown): void {
    this.call("setPosition", [String(startCell), endCell === undefined ? null : String(endCell)], (c, sheet) => {
      const start = cellRect(startCell, sheet, this.ctx, "setPosition(startCell)");
      c.left = sumSizes(sheet.columnWidths, 0, start.left - 1, DEFAULT_COLUMN_WIDTH);
      c.top = sumSizes(sheet.rowHeights, 0, start.top - 1, DEFAULT_ROW_HEIGHT);
      if (endCell === undefined) return;
      const end = cellRect(endCell, sheet, this.ctx, "setPosition(endCell)");
      c.width = sumSizes(sheet.columnWidths, start.left, end.right, DEFAULT_COLUMN_WIDTH);
      c.height = sumSizes(sheet.rowHeights, start.top, end.bottom, DEFAULT_ROW_HEIGHT);
    });
  }
  delete(): void {
    this.call("delete", [], (c, sheet) => sheet.charts.splice(sheet.charts.indexOf(c), 1));
  }
}

const newAxis = (): AxisState => ({ title: "", titleVisible: false, reversePlotOrder: false, textOrientation: 0, position: "Automatic" });

function chartType(v: unknown): string {
  const known = enumValues("ChartType").filter((t) => t !== "Invalid");
  if (typeof v !== "string" || !known.includes(v)) throw new FakeExcelError("InvalidArgument", `'${String(v)}' is not a chart type`);
  return v;
}

function seriesByOf(v: unknown, rect: Rect): "Columns" | "Rows" {
  const by = oneOf("seriesBy", v ?? "Auto", enumValues("ChartSeriesBy"));
  if (by !== "Auto") return by as "Columns" | "Rows";
  return rect.bottom - rect.top >= rect.right - rect.left ? "Columns" : "Rows";
}

export class FakeChartCollection extends FakeObject {
  readonly excelClass = "ChartCollection";
  protected readonly scalarProps = ["count"];
  private loadedItems: FakeChartProxy[] | undefined;
  constructor(
    ctx: FakeContextBase,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx);
  }
  protected exists(): boolean {
    return true;
  }
  protected readState(prop: string): unknown {
    if (prop === "count") return this.sheet().charts.length;
    throw new FakeExcelError("InvalidArgument", `ChartCollection has no property ${prop}`);
  }
  get count(): number {
    return this.read("count");
  }
  get items(): FakeChartProxy[] {
    if (!this.loadedItems) throw new FakeExcelError("PropertyNotLoaded", "The property 'items' is not available. Call load and sync first.");
    return this.loadedItems;
  }

  override load(spec?: string | string[]): this {
    const paths = loadPaths(spec);
    const itemPaths = paths.filter((p) => p.startsWith("items/")).map((p) => p.slice("items/".length));
    if (itemPaths.length === 0) throw new FakeExcelError("InvalidArgument", "load the charts' properties by name, e.g. 'items/name' (office-js#217)");
    this.ctx.requireApi(this.excelClass, "items");
    const probe = new FakeChartProxy(this.ctx, () => {
      throw new FakeExcelError("GeneralException", "probe");
    });
    for (const p of itemPaths) probe.checkPath(p);
    this.ctx.enqueue({ load: paths }, () => {
      const sheet = this.sheet();
      this.loadedItems = sheet.charts.map((chart) => {
        const proxy = new FakeChartProxy(this.ctx, located(sheet, chart));
        proxy.loadNow(itemPaths);
        return proxy;
      });
    });
    return this;
  }

  add(type: unknown, sourceData: unknown, seriesBy?: unknown): FakeChartProxy {
    this.ctx.requireApi(this.excelClass, "add");
    let made: Located | null = null;
    this.ctx.enqueue({ call: "add", args: [type, String(sourceData), seriesBy] }, () => {
      const sheet = this.sheet();
      const kind = chartType(type);
      if (!(sourceData instanceof FakeRange) || !sourceData.belongsTo(this.ctx)) {
        throw new FakeExcelError("InvalidArgument", "ChartCollection.add: sourceData must be a Range of this request");
      }
      const source = sourceData.resolvedArea();
      const by = seriesByOf(seriesBy, source.rect);
      refuseProtected(sheet, "ChartCollection.add");
      const chart: FakeChart = {
        id: nextChartId++,
        name: `Chart ${sheet.charts.length + 1}`,
        chartType: kind,
        source,
        seriesBy: by,
        series: chartLayout(source, by).series.map(() => ({ fill: null, gapWidth: DEFAULT_GAP_WIDTH })),
        title: { text: "", visible: false, font: {} },
        font: {},
        axes: { category: newAxis(), value: newAxis() },
        legend: { visible: true, position: "Right" },
        dataLabels: { showValue: false },
        top: 0,
        left: 0,
        ...DEFAULT_SIZE,
      };
      sheet.charts.push(chart);
      made = { sheet, chart };
    });
    return new FakeChartProxy(this.ctx, () => {
      if (!made) throw new FakeExcelError("GeneralException", "chart used before it was added");
      return live(made);
    });
  }

  getItem(name: string): FakeChartProxy {
    this.ctx.requireApi(this.excelClass, "getItem");
    return new FakeChartProxy(this.ctx, () => {
      const sheet = this.sheet();
      const chart = sheet.charts.find((c) => c.name === name);
      if (!chart) throw new FakeExcelError("ItemNotFound", `no chart '${name}' on '${sheet.name}'`);
      return { sheet, chart };
    });
  }

  getItemAt(index: number): FakeChartProxy {
    this.ctx.requireApi(this.excelClass, "getItemAt");
    return new FakeChartProxy(this.ctx, () => {
      const sheet = this.sheet();
      const chart = sheet.charts[index];
      if (!chart) throw new FakeExcelError("ItemNotFound", `no chart at ${index} on '${sheet.name}'`);
      return { sheet, chart };
    });
  }
}

/** A deleted chart is gone: later calls on its proxy fail. */
function live(at: Located): Located {
  if (!at.sheet.charts.includes(at.chart)) throw new FakeExcelError("ItemNotFound", `the chart '${at.chart.name}' was deleted`);
  return at;
}

function located(sheet: FakeSheet, chart: FakeChart): () => Located {
  return () => live({ sheet, chart });
}
