// The fake's charts must refuse what Excel refuses, or the adapter's chart tests prove nothing
// (test/fakes/fake-excel/chart.ts gives the source of each rule).
import { FakeExcel, plotted } from "../fakes/fake-excel";

type Batch = (context: Excel.RequestContext, ws: Excel.Worksheet) => void | Promise<void>;

/** Runs `batch` on sheet "A" of a fake at `level`, then syncs. */
async function run(fake: FakeExcel, batch: Batch): Promise<void> {
  await fake.run(async (context) => {
    await batch(context, context.workbook.worksheets.getItem("A"));
    await context.sync();
  });
}

function book(level = "1.13"): FakeExcel {
  const fake = new FakeExcel(["A", "B"]);
  fake.apiVersion = level;
  fake.seed("A", "A1", [
    ["Nhóm", "Đúng hạn", "Trễ hạn"],
    ["Cấp xã", 10, 2],
    ["Khác", 3, 0],
  ]);
  return fake;
}

const add = (ws: Excel.Worksheet, address = "A1:C3", type: string = "BarStacked", seriesBy: string = "Columns") =>
  ws.charts.add(type as Excel.ChartType, ws.getRange(address), seriesBy as Excel.ChartSeriesBy);

describe("fake Excel: charts.add", () => {
  it.each(["Invalid", "Bar", "barStacked", "ColumnClustered3D", ""])("refuses the chart type %j (InvalidArgument)", async (type) => {
    const fake = book();
    await expect(run(fake, (_c, ws) => void add(ws, "A1:C3", type))).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.charts("A")).toHaveLength(0);
  });

  it.each(["BarStacked", "BarClustered", "ColumnClustered", "ColumnStacked", "Pie"])("takes %s, with one series per column of a text header", async (type) => {
    const fake = book();
    await run(fake, (_c, ws) => void add(ws, "A1:C3", type));
    const [chart] = fake.charts("A");
    expect(chart.chartType).toBe(type);
    expect(plotted(chart)).toEqual({
      categories: ["Cấp xã", "Khác"],
      series: [
        { name: "Đúng hạn", values: [10, 3] },
        { name: "Trễ hạn", values: [2, 0] },
      ],
    });
  });

  it("refuses an address string for sourceData, a bad seriesBy, and a range of another request", async () => {
    const fake = book();
    await expect(run(fake, (_c, ws) => void ws.charts.add("BarStacked", "A1:C3" as unknown as Excel.Range, "Columns"))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(run(fake, (_c, ws) => void add(ws, "A1:C3", "BarStacked", "Sideways"))).rejects.toMatchObject({ code: "InvalidArgument" });
    let foreign: Excel.Range | null = null;
    await fake.run(async (context) => {
      foreign = context.workbook.worksheets.getItem("A").getRange("A1:C3");
    });
    await expect(run(fake, (_c, ws) => void ws.charts.add("BarStacked", foreign as unknown as Excel.Range, "Columns"))).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.charts("A")).toHaveLength(0);
  });

  it("'Auto' reads a tall range as one series per column, a wide one as one per row", async () => {
    const fake = book();
    fake.seed("B", "A1", [["", "x", "y", "z", "w"], ["s", 1, 2, 3, 4]]);
    await run(fake, (context, ws) => {
      add(ws, "A1:C3", "ColumnClustered", "Auto");
      const b = context.workbook.worksheets.getItem("B");
      b.charts.add("ColumnClustered", b.getRange("A1:E2"), "Auto");
    });
    expect(fake.charts("A")[0].seriesBy).toBe("Columns");
    expect(fake.charts("B")[0].seriesBy).toBe("Rows");
    expect(plotted(fake.charts("B")[0]).series).toEqual([{ name: "s", values: [1, 2, 3, 4] }]);
  });

  it("plots another sheet's cells when given them (the chart stays on the sheet it was added to)", async () => {
    const fake = book();
    await run(fake, (context) => {
      const b = context.workbook.worksheets.getItem("B");
      b.charts.add("BarClustered", context.workbook.worksheets.getItem("A").getRange("A1:C3"), "Columns");
    });
    expect(fake.charts("A")).toHaveLength(0);
    const [chart] = fake.charts("B");
    expect(chart.source.sheet.name).toBe("A");
    expect(plotted(chart).series).toHaveLength(2);
  });

  it("an empty source makes an empty chart, whose series do not exist", async () => {
    const fake = book();
    await run(fake, (_c, ws) => void add(ws, "F1:H4"));
    expect(fake.charts("A")[0].series).toEqual([]);
    await expect(
      run(fake, (_c, ws) => ws.charts.getItemAt(0).series.getItemAt(0).format.fill.setSolidColor("#112233")),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("plots the cells as they are now (a chart refers to its source, it does not copy it)", async () => {
    const fake = book();
    await run(fake, (_c, ws) => void add(ws));
    fake.seed("A", "B2", [[7]]);
    expect(plotted(fake.charts("A")[0]).series[0].values).toEqual([7, 3]);
  });
});

describe("fake Excel: a chart on a protected sheet", () => {
  it("cannot be added, changed, moved or deleted (AccessDenied); after unprotect it can", async () => {
    const fake = book();
    await run(fake, (_c, ws) => void add(ws));
    fake.sheet("A").protected = true;
    await expect(run(fake, (_c, ws) => void add(ws))).rejects.toMatchObject({ code: "AccessDenied" });
    await expect(run(fake, (_c, ws) => void (ws.charts.getItemAt(0).title.text = "x"))).rejects.toMatchObject({ code: "AccessDenied" });
    await expect(run(fake, (_c, ws) => ws.charts.getItemAt(0).setPosition("A10", "F20"))).rejects.toMatchObject({ code: "AccessDenied" });
    await expect(run(fake, (_c, ws) => ws.charts.getItemAt(0).delete())).rejects.toMatchObject({ code: "AccessDenied" });
    expect(fake.charts("A")).toHaveLength(1);
    await run(fake, (_c, ws) => {
      ws.protection.unprotect();
      add(ws);
    });
    expect(fake.charts("A")).toHaveLength(2);
  });
});

describe("fake Excel: charts and the load/sync contract", () => {
  it("nothing is readable before load + sync; a bare load of the collection is refused (office-js#217)", async () => {
    const fake = book();
    await run(fake, (_c, ws) => void (add(ws).name = "bdg_1"));
    await fake.run(async (context) => {
      const charts = context.workbook.worksheets.getItem("A").charts;
      expect(() => charts.items).toThrow(/PropertyNotLoaded/);
      const chart = charts.getItem("bdg_1");
      chart.load("name,top");
      expect(() => chart.name).toThrow(/PropertyNotLoaded/);
      expect(() => charts.load()).toThrow(/InvalidArgument/);
      charts.load("items/name");
      expect(() => charts.items).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(chart.name).toBe("bdg_1");
      expect(charts.items.map((c) => c.name)).toEqual(["bdg_1"]);
    });
  });

  it("an added chart's values are the fake's only after sync; a deleted chart's proxy fails", async () => {
    const fake = book();
    await fake.run(async (context) => {
      const chart = add(context.workbook.worksheets.getItem("A"));
      chart.title.text = "Biểu đồ 1";
      expect(fake.charts("A")).toHaveLength(0);
      await context.sync();
      expect(fake.charts("A")[0].title).toMatchObject({ text: "Biểu đồ 1", visible: true });
      chart.delete();
      await context.sync();
      expect(fake.charts("A")).toHaveLength(0);
      chart.title.text = "again";
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  it("clearing the cells leaves the charts (they are not cell content)", async () => {
    const fake = book();
    await run(fake, (_c, ws) => void add(ws));
    await run(fake, (_c, ws) => ws.getRange().clear("All"));
    expect(fake.charts("A")).toHaveLength(1);
    expect(plotted(fake.charts("A")[0]).series).toEqual([]);
  });
});

describe("fake Excel: setPosition", () => {
  it("covers the cells from start to end, sized by the sheet's columns and rows", async () => {
    const fake = book();
    await run(fake, (_c, ws) => {
      ws.getRange("A:A").format.columnWidth = 100;
      ws.getRange("5:5").format.rowHeight = 30;
      add(ws).setPosition("B5", "C6");
    });
    expect(fake.charts("A")[0]).toMatchObject({ left: 100, top: 60, width: 96, height: 45 });
  });

  it.each([["A1:B2!"], ["B!A1"], ["nowhere"]])("refuses %j as a cell of the sheet", async (address) => {
    const fake = book();
    await expect(run(fake, (_c, ws) => add(ws).setPosition(address))).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("refuses a cell of another sheet given as a Range", async () => {
    const fake = book();
    await expect(run(fake, (context, ws) => add(ws).setPosition(context.workbook.worksheets.getItem("B").getRange("A1")))).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("fake Excel: chart members above the host's ExcelApi", () => {
  it.each([
    ["ChartAxis.reversePlotOrder (1.7)", "1.6", (ws: Excel.Worksheet) => void (add(ws).axes.categoryAxis.reversePlotOrder = true)],
    ["ChartSeries.gapWidth (1.7)", "1.6", (ws: Excel.Worksheet) => void (add(ws).series.getItemAt(0).gapWidth = 60)],
    ["Chart.chartType (1.7)", "1.6", (ws: Excel.Worksheet) => void add(ws).load("chartType")],
    ["ChartAxisTitle.textOrientation (1.12)", "1.11", (ws: Excel.Worksheet) => void (add(ws).axes.valueAxis.title.textOrientation = 90)],
  ])("%s is ApiNotFound on ExcelApi %s", async (_what, level, batch) => {
    const fake = book(level);
    await expect(run(fake, (_c, ws) => batch(ws))).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("what ExcelApi 1.1 has: add, name, title, setPosition, axis titles, legend, data labels, series fill", async () => {
    const fake = book("1.1");
    await run(fake, (_c, ws) => {
      const chart = add(ws);
      chart.name = "bdg_1";
      chart.title.text = "Biểu đồ";
      chart.title.format.font.bold = true;
      chart.setPosition("A5", "F20");
      chart.axes.valueAxis.title.text = "Số đơn vị";
      chart.legend.position = "Bottom";
      chart.dataLabels.showValue = true;
      chart.series.getItemAt(1).format.fill.setSolidColor("#EF6C00");
    });
    const [chart] = fake.charts("A");
    expect(chart).toMatchObject({ name: "bdg_1", legend: { position: "Bottom" }, dataLabels: { showValue: true } });
    expect(chart.axes.value).toMatchObject({ title: "Số đơn vị", titleVisible: true });
    expect(chart.series.map((s) => s.fill)).toEqual([null, "#EF6C00"]);
  });

  it("refuses a legend position Excel does not have", async () => {
    const fake = book();
    await expect(run(fake, (_c, ws) => void (add(ws).legend.position = "Under" as Excel.ChartLegendPosition))).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("fake Excel: a chart member the fake does not model", () => {
  it("fails loudly instead of passing untested", async () => {
    const fake = book();
    await expect(run(fake, (_c, ws) => void ((add(ws) as unknown as Record<string, unknown>).plotVisibleOnly = true))).rejects.toThrow(TypeError);
  });
});
