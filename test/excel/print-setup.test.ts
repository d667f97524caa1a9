// The print-ready summary written into the open workbook (docs/contract.md §4.4 "Printing") at each
// ExcelApi level: from 1.9, A4, fit or scale, margins, repeated titles, page numbers, page breaks,
// the autofilter and panes frozen on both axes reach Excel; below, the sheets are still written and
// the pane says what is left to Excel's defaults. Writing again leaves one filter and no doubled breaks.
import { consolidate, summaryWorkbook } from "../../src/core/consolidate";
import { META_SHEET } from "../../src/core/form";
import { defaultPlan } from "../../src/core/plan";
import { FakeExcel } from "../fakes/fake-excel";
import { LEVELS, levelHas, minorOf, portOn } from "./port-kit";
import { renderMismatches } from "./render-check";

const model = summaryWorkbook(defaultPlan, consolidate(defaultPlan, "2024-Y", "2024-12-15", []));
const sheets = { sheets: model.sheets.filter((s) => s.name !== META_SHEET) };
const sheetModel = (name: string) => sheets.sheets.find((s) => s.name === name)!;

describe.each(LEVELS.filter((l) => levelHas(l, "writeSummary")))("the summary's print settings on ExcelApi %s", (level) => {
  const full = minorOf(level) >= 9;

  it(full ? "reach Excel, sheet by sheet" : "are left to Excel's defaults, and the pane says so", async () => {
    const fake = new FakeExcel(["Sheet1"]);
    fake.apiVersion = level;
    const report = await portOn(fake).port.writeSheets(sheets);
    const printNote = report.degraded.filter((d) => /thiết lập in/.test(d));
    expect(printNote).toHaveLength(full ? 0 : 1);
    if (!full) return;
    for (const name of ["TongHop", "TinhHinhNop", "MaTran"]) {
      expect(renderMismatches(fake, sheetModel(name)).filter((m) => /print|autoFilter|frozen|orientation|fontName/.test(m))).toEqual([]);
    }
    const matrix = fake.sheet("MaTran");
    expect([matrix.frozenRows, matrix.frozenColumns]).toEqual([sheetModel("MaTran").freezeRows, sheetModel("MaTran").freezeColumns]);
    expect(matrix.print.titleColumns).toBe("A:C");
    expect(matrix.print.columnBreaks.length).toBeGreaterThan(0);
    expect(fake.sheet("TinhHinhNop").autoFilter).toMatch(/^A\d+:[A-Z]+\d+$/);
    expect(fake.sheet("TongHop").print.headersFooters.centerFooter).toBe("Trang &P/&N");
  });

  if (full) {
    it("written again, in place: one filter, no doubled page breaks", async () => {
      const fake = new FakeExcel(["Sheet1"]);
      fake.apiVersion = level;
      const kit = portOn(fake);
      await kit.port.writeSheets(sheets);
      const breaks = fake.sheet("MaTran").print.columnBreaks.length;
      await kit.port.writeSheets(sheets);
      expect(fake.sheet("MaTran").print.columnBreaks).toHaveLength(breaks);
      expect(fake.sheet("TinhHinhNop").autoFilter).not.toBeNull();
    });
  }
});

describe("the fake refuses what real Excel refuses", () => {
  it("a second autofilter without removing the first, and a zoom with both a scale and pages", async () => {
    const fake = new FakeExcel(["S"]);
    fake.apiVersion = "1.13";
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      ws.autoFilter.apply("A1:C5");
      await context.sync();
      ws.autoFilter.apply("A1:C9");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
      expect(() => (ws.pageLayout.zoom = { scale: 90, horizontalFitToPages: 1 })).toThrow(/scale and fit/);
    });
  });

  it("PageLayout below ExcelApi 1.9", async () => {
    const fake = new FakeExcel(["S"]);
    fake.apiVersion = "1.8";
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("S").pageLayout.paperSize = "A4";
      await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    });
  });
});
