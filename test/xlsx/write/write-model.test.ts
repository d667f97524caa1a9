// The writer renders any WorkbookModel, not only forms: visibility, protection, literals.
import ExcelJS from "exceljs";

/** exceljs keeps a sheet's protection in an untyped field. */
const protectionOf = (ws: ExcelJS.Worksheet) => (ws as unknown as { sheetProtection?: Record<string, unknown> | null }).sheetProtection ?? null;
import type { WorkbookModel } from "../../../src/core/sheet";
import { writeWorkbook } from "../../../src/xlsx/write";

const model: WorkbookModel = {
  sheets: [
    {
      name: "Tổng hợp",
      visibility: "visible",
      columnWidths: [20, 10],
      cells: [
        { row: 0, col: 0, value: "Đơn vị", style: "head" },
        { row: 0, col: 1, value: true },
        { row: 1, col: 0, value: "-1+2" },
        { row: 1, col: 1, value: 3.25, style: "num" },
        { row: 2, col: 1, formula: "=B2*2", style: "num" },
        { row: 3, col: 0, value: null, style: "head" },
      ],
      merges: [],
      styles: { head: { bold: true, fill: "ffeeaa", border: true }, num: { numFmt: "#,##0.00", locked: false } },
      protect: false,
    },
    { name: "An", visibility: "hidden", columnWidths: [], cells: [{ row: 0, col: 0, value: "x" }], merges: [], styles: {}, protect: true },
  ],
};

describe("writeWorkbook on a plain model", () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeWorkbook(model)) as unknown as ArrayBuffer);
  });

  it.each([
    ["A1", "Đơn vị"],
    ["B1", true],
    ["A2", "-1+2"],
    ["B2", 3.25],
  ])("%s = %j", (address, value) => {
    expect(wb.getWorksheet("Tổng hợp")!.getCell(address).value).toBe(value);
  });

  it("writes a leading '=' of a model formula as a formula without it", () => {
    expect(wb.getWorksheet("Tổng hợp")!.getCell("B3").formula).toBe("B2*2");
  });

  it("renders styles per cell", () => {
    const ws = wb.getWorksheet("Tổng hợp")!;
    expect(ws.getCell("A1").font).toMatchObject({ bold: true });
    expect(ws.getCell("A1").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFEEAA" } });
    expect(ws.getCell("A1").border?.top).toMatchObject({ style: "thin" });
    expect(ws.getCell("A4").font).toMatchObject({ bold: true });
    expect(ws.getCell("B2").numFmt).toBe("#,##0.00");
    expect(ws.getCell("B2").protection).toMatchObject({ locked: false });
    expect(ws.getCell("A1").protection?.locked).not.toBe(false);
  });

  it("leaves unprotected sheets unprotected and hides hidden ones", () => {
    expect(protectionOf(wb.getWorksheet("Tổng hợp")!)).toBeNull();
    expect(wb.getWorksheet("An")!.state).toBe("hidden");
    expect(protectionOf(wb.getWorksheet("An")!)).toMatchObject({ sheet: true });
  });
});
