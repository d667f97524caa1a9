// The writer renders any WorkbookModel, not only forms: visibility, protection, literals.
import ExcelJS from "exceljs";

/** exceljs keeps a sheet's protection in an untyped field. */
const protectionOf = (ws: ExcelJS.Worksheet) => (ws as unknown as { sheetProtection?: Record<string, unknown> | null }).sheetProtection ?? null;
import type { WorkbookModel } from "../../../src/core/sheet";
import { strFromU8, unzipSync } from "fflate";
import { parseA1 } from "../../../src/core/grid/address";
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

describe("cells in any order, a position named twice", () => {
  type Case = [string, WorkbookModel["sheets"][number]["cells"], Record<string, string | number>];
  const CASES: Case[] = [
    ["in sheet order", [{ row: 0, col: 0, value: "a" }, { row: 0, col: 2, value: 2 }, { row: 3, col: 27, value: "AB4" }], { A1: "a", C1: 2, AB4: "AB4" }],
    ["rows and columns out of order", [{ row: 2, col: 1, value: "B3" }, { row: 0, col: 3, value: "D1" }, { row: 0, col: 0, value: "A1" }, { row: 2, col: 0, value: 5 }], { A1: "A1", D1: "D1", A3: 5, B3: "B3" }],
    ["a position twice: the later value wins", [{ row: 0, col: 0, value: "old" }, { row: 0, col: 1, value: 1 }, { row: 0, col: 0, value: "new" }], { A1: "new", B1: 1 }],
    ["a position twice, the later with a style only: the value stays", [{ row: 1, col: 1, value: 7 }, { row: 1, col: 1, style: "head" }], { B2: 7 }],
    ["the last column of a sheet", [{ row: 0, col: 16383, value: "XFD1" }, { row: 0, col: 701, value: "ZZ1" }], { ZZ1: "ZZ1", XFD1: "XFD1" }],
  ];

  it.each(CASES)("%s", async (_case, cells, expected) => {
    const bytes = await writeWorkbook({ sheets: [{ name: "S", visibility: "visible", columnWidths: [], cells, merges: [], styles: { head: { bold: true } }, protect: false }] });
    const sheet = strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"]);
    const refs = [...sheet.matchAll(/<c r="([A-Z]+\d+)"/g)].map((m) => m[1]);
    // One <c> per position, rows in order and columns in order within a row (ECMA-376 §18.3.1.4).
    const keys = refs.map((ref) => {
      const at = parseA1(ref)!;
      return at.row * 16384 + at.col;
    });
    expect(keys).toEqual([...new Set(keys)].sort((a, b) => a - b));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("S")!;
    for (const [address, value] of Object.entries(expected)) expect(ws.getCell(address).value).toBe(value);
    expect(refs.length).toBe(Object.keys(expected).length);
  });
});
