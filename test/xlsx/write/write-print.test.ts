// The writer renders the model's print settings and the rest of what the forms and the summary
// need, checked in the package's XML (ECMA-376), read back by exceljs (a third engine) and by our
// reader. LibreOffice prints them in libreoffice-print.test.ts.
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import type { SheetModel, WorkbookModel } from "../../../src/core/sheet";
import { fitToWidth } from "../../../src/core/sheet";
import { readXlsx } from "../../../src/xlsx/read";
import { writeWorkbook } from "../../../src/xlsx/write";

const wide: SheetModel = {
  name: "Ma trận",
  visibility: "visible",
  columnWidths: [9, 30, 9, 11, 11, 11, 11],
  cells: [
    ...["Mã", "Chỉ tiêu", "ĐVT", "Xã A", "Xã B", "Phòng C", "Tổng"].map((value, col) => ({ row: 2, col, value, style: "head" })),
    { row: 3, col: 0, value: "TT01" },
    { row: 3, col: 3, value: 1234.5, style: "num" },
    { row: 3, col: 4, value: 45635, style: "date" },
  ],
  merges: [{ top: 0, left: 0, bottom: 0, right: 6 }],
  styles: { head: { bold: true, fontName: "Times New Roman", size: 12, wrap: true }, num: { numFmt: "#,##0.0" }, date: { numFmt: "dd/mm/yyyy" } },
  protect: false,
  freezeRows: 3,
  freezeColumns: 3,
  tabColor: "7F6000",
  landscape: true,
  autoFilter: { top: 2, left: 0, bottom: 3, right: 6 },
  print: {
    paper: "A4",
    fit: { kind: "scale", percent: 90 },
    margins: { top: 15, bottom: 15, left: 20, right: 10, header: 8, footer: 8 },
    repeatRows: { first: 2, last: 2 },
    repeatColumns: { first: 0, last: 2 },
    header: { left: "Số liệu nhạy cảm – không công bố", right: "A & B" },
    footer: { center: "Trang {page}/{pages}" },
    columnBreaks: [5],
    rowBreaks: [40],
  },
};
const fitted: SheetModel = {
  name: "TongHop",
  visibility: "visible",
  columnWidths: [6, 50],
  cells: [{ row: 5, col: 0, value: "STT" }],
  merges: [],
  styles: {},
  protect: true,
  freezeRows: 6,
  landscape: false,
  print: fitToWidth({ first: 5, last: 5 }),
};
const model: WorkbookModel = {
  sheets: [
    { ...fitted, name: "_an", visibility: "hidden", print: undefined },
    wide,
    fitted,
    { name: "_meta", visibility: "veryHidden", columnWidths: [], cells: [{ row: 0, col: 0, value: "format" }], merges: [], styles: {}, protect: true },
  ],
};

let parts: Record<string, string>;
let wb: ExcelJS.Workbook;
let bytes: Uint8Array;
beforeAll(async () => {
  bytes = await writeWorkbook(model);
  parts = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
});
const sheetXml = (n: number) => parts[`xl/worksheets/sheet${n}.xml`];

describe("print settings in the sheet XML", () => {
  it("A4, orientation, a fixed scale or a fit to the page's width", () => {
    expect(sheetXml(2)).toContain('<pageSetup paperSize="9" orientation="landscape" scale="90"/>');
    expect(sheetXml(3)).toContain('<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/>');
    expect(sheetXml(3)).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(sheetXml(2)).not.toContain("fitToPage");
  });

  it("margins in inches", () => {
    expect(sheetXml(2)).toContain('<pageMargins left="0.7874" right="0.3937" top="0.5906" bottom="0.5906" header="0.315" footer="0.315"/>');
  });

  it("header and footer codes: page number, page count, a literal ampersand", () => {
    expect(sheetXml(2)).toContain("<oddHeader>&amp;LSố liệu nhạy cảm – không công bố&amp;RA &amp;&amp; B</oddHeader>");
    expect(sheetXml(2)).toContain("<oddFooter>&amp;CTrang &amp;P/&amp;N</oddFooter>");
  });

  it("manual page breaks before a column and before a row", () => {
    expect(sheetXml(2)).toContain('<colBreaks count="1" manualBreakCount="1"><brk id="5" max="1048575" man="1"/></colBreaks>');
    expect(sheetXml(2)).toContain('<rowBreaks count="1" manualBreakCount="1"><brk id="40" max="16383" man="1"/></rowBreaks>');
  });

  it("frozen on both axes", () => {
    expect(sheetXml(2)).toContain('<pane xSplit="3" ySplit="3" topLeftCell="D4" activePane="bottomRight" state="frozen"/>');
    expect(sheetXml(3)).toContain('<pane ySplit="6" topLeftCell="A7" activePane="bottomLeft" state="frozen"/>');
  });

  it("an autofilter over the table", () => {
    expect(sheetXml(2)).toContain('<autoFilter ref="A3:G4"/>');
  });

  it("elements in the schema's order", () => {
    const order = ["<sheetPr", "<dimension", "<sheetViews", "<sheetFormatPr", "<cols", "<sheetData", "<autoFilter", "<mergeCells", "<pageMargins", "<pageSetup", "<headerFooter", "<rowBreaks", "<colBreaks"];
    const at = order.map((tag) => sheetXml(2).indexOf(tag));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
});

describe("print titles and the filter range in the workbook", () => {
  it("repeats rows and columns, quoting the sheet name", () => {
    const xml = parts["xl/workbook.xml"];
    expect(xml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="1">'Ma trận'!$A:$C,'Ma trận'!$3:$3</definedName>`);
    expect(xml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="2">'TongHop'!$6:$6</definedName>`);
    expect(xml).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">'Ma trận'!$A$3:$G$4</definedName>`);
  });

  it("opens on the first visible sheet and asks for a full calculation", () => {
    expect(parts["xl/workbook.xml"]).toContain('<workbookView activeTab="1" firstSheet="1"/>');
    expect(parts["xl/workbook.xml"]).toContain('fullCalcOnLoad="1"');
    expect(sheetXml(2)).toContain('tabSelected="1"');
    expect(sheetXml(1)).not.toContain("tabSelected");
  });
});

describe("exceljs reads the same settings back", () => {
  it.each([
    ["Ma trận", { orientation: "landscape", paperSize: 9, scale: 90, printTitlesRow: "3:3", printTitlesColumn: "A:C" }],
    ["TongHop", { orientation: "portrait", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "6:6" }],
  ])("%s", (name, setup) => {
    expect(wb.getWorksheet(name)!.pageSetup).toMatchObject(setup);
  });

  it("header, footer, views, filter, visibility", () => {
    const ws = wb.getWorksheet("Ma trận")!;
    expect(ws.headerFooter.oddFooter).toBe("&CTrang &P/&N");
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 3, ySplit: 3 });
    expect(ws.autoFilter).toBe("A3:G4");
    expect(wb.getWorksheet("_an")!.state).toBe("hidden");
    expect(wb.getWorksheet("_meta")!.state).toBe("veryHidden");
  });

  it("fonts and number formats, dates included", () => {
    const ws = wb.getWorksheet("Ma trận")!;
    expect(ws.getCell("A3").font).toMatchObject({ name: "Times New Roman", size: 12, bold: true });
    expect(ws.getCell("D4").numFmt).toBe("#,##0.0");
    expect(ws.getCell("E4").numFmt).toBe("dd/mm/yyyy");
    expect(ws.getCell("E4").value).toEqual(new Date(Date.UTC(2024, 11, 9)));
  });
});

describe("text that XML cannot carry as it is", () => {
  const TEXTS = [
    "\r=1+1", // a reader would turn CR into LF
    "a\u0001b\u001fc", // control characters XML 1.0 refuses
    "_x0041_ stays _x0041_", // looks like an OOXML escape itself
    "  leading and trailing  ",
    "line one\nline two\ttab",
    '<b>&amp;"quoted"</b>',
    "Xã Vĩnh Thủy".normalize("NFD"),
  ];
  const textModel: WorkbookModel = {
    sheets: [{ name: "T", visibility: "visible", columnWidths: [], cells: TEXTS.map((value, row) => ({ row, col: 0, value })), merges: [], styles: {}, protect: false }],
  };

  it.each(TEXTS.map((t) => [JSON.stringify(t), t]))("%s reads back exactly with our reader and with exceljs", async (_label, text) => {
    const written = await writeWorkbook(textModel);
    const read = readXlsx(written);
    if (!read.ok) throw new Error(read.message);
    const row = TEXTS.indexOf(text);
    expect(read.workbook.sheets[0].rows[row]?.[0]).toBe(text);
    const other = new ExcelJS.Workbook();
    await other.xlsx.load(written as unknown as ArrayBuffer);
    const value = other.getWorksheet("T")!.getCell(row + 1, 1).value;
    // exceljs keeps OOXML escapes literally; every other text comes back as it went in.
    if (!text.includes("_x") && !["\u0001", "\u001f", "\r"].some((c) => text.includes(c))) expect(value).toBe(text);
  });
});

describe("a bad model is a bug, said at once", () => {
  it.each([["a/b"], [""], ["x".repeat(32)], ["'quoted'"]])("sheet name %j", async (name) => {
    await expect(writeWorkbook({ sheets: [{ ...fitted, name }] })).rejects.toThrow(/sheet name/);
  });

  it("two sheets whose names differ only by case", async () => {
    await expect(writeWorkbook({ sheets: [fitted, { ...fitted, name: "tonghop" }] })).rejects.toThrow(/duplicate/);
  });
});
