// Writes a filled form to a real .xlsx, reads it back with exceljs and recalculates it with
// LibreOffice (a second, real spreadsheet engine).
import ExcelJS from "exceljs";

/** exceljs keeps a sheet's protection in an untyped field. */
const protectionOf = (ws: ExcelJS.Worksheet) => (ws as unknown as { sheetProtection?: Record<string, unknown> | null }).sheetProtection ?? null;
import { unzipSync, strFromU8 } from "fflate";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { withValues, type FormModel } from "../../../src/core/form";
import { buildForm } from "../../../src/core/form";
import { defaultPlan } from "../../../src/core/plan";
import { writeWorkbook } from "../../../src/xlsx/write";
import { workbookToCsvSheets } from "../../helpers/libreoffice";

const NARRATIVE = "Khó khăn: thiếu cán bộ chuyên trách; kinh phí hạn hẹp. Đề nghị tập huấn thêm cho cộng tác viên.";
const HOSTILE = '=HYPERLINK("http://x")';
// Day 25 cannot be a month: the date reads back unambiguously in any locale's order.
const REPORT_DATE = "2024-12-25";

function build(): FormModel {
  const r = buildForm(defaultPlan, "X_VINH_THAI", "2024-Y", "bdg-test 0.0.0");
  if (!r.ok) throw new Error(r.message);
  return r.form;
}

const form = build();
const values = {
  TT01: "+1", // text typed in a count cell: must stay text
  TT02: "-2",
  TT03: "@x",
  TT05: 12,
  TT06: 48, // TL_TT05 = 25
  BL02: 8,
  BL03: 6, // TL_BL03 = 75
  BL04: 4, // BL05 blank → TL_BL05 blank
  BL09: 0,
  BL10: 0, // denominator 0 → TL_BL10 blank
  CL04: 105,
  "CL04.NU": 50, // TL_CL04 = (105 − 50) × 100 / 50 = 110
  KP01: 1234.5,
  TH01: "Có",
  NX01: NARRATIVE.normalize("NFD"), // typed on an NFD keyboard
  NX02: HOSTILE,
};

let dir: string;
let file: string;
let bytes: Uint8Array;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "bdg-write-"));
  file = join(dir, "X_VINH_THAI_2024-Y.xlsx");
  bytes = await writeWorkbook(withValues(form, values, REPORT_DATE));
  writeFileSync(file, bytes);
});

const row = (code: string) => form.valueCells[code].row + 1; // 1-based for exceljs
const address = (code: string) => `E${row(code)}`;

describe("writeWorkbook → exceljs read-back", () => {
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    ws = wb.getWorksheet("BaoCao")!;
  });

  it("is a zip starting with PK", () => {
    expect(bytes[0]).toBe(0x50);
    expect(bytes[1]).toBe(0x4b);
  });

  it.each(["TL_TT05", "TL_BL03", "TL_BL05", "TL_BL10", "TL_CL04", "TL_CL11"])("%s is a formula", (code) => {
    const cell = ws.getCell(address(code));
    expect(cell.type).toBe(ExcelJS.ValueType.Formula);
    expect(cell.formula).toBe(form.workbook.sheets[0].cells.find((c) => c.row === row(code) - 1 && c.col === 4)?.formula);
  });

  it.each([
    ["NX02", HOSTILE],
    ["TT01", "+1"],
    ["TT02", "-2"],
    ["TT03", "@x"],
    ["TH01", "Có"],
  ])("%s holds the string %j, not a formula", (code, text) => {
    const cell = ws.getCell(address(code));
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(text);
  });

  it("writes only the computed rows as <f> elements in the sheet XML", () => {
    const files = unzipSync(bytes);
    const xml = strFromU8(files["xl/worksheets/sheet1.xml"]);
    const formulas = [...xml.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]);
    const calcCount = Object.keys(form.valueCells).filter((c) => !(c in form.inputCells)).length;
    expect(formulas).toHaveLength(calcCount);
    expect(formulas.join(" ")).not.toMatch(/HYPERLINK/i);
  });

  it("protects both sheets without a password, with only input cells unlocked", () => {
    for (const sheet of [ws, wb.getWorksheet("_meta")!]) {
      expect(protectionOf(sheet)).toMatchObject({ sheet: true });
      expect(protectionOf(sheet)).not.toHaveProperty("hashValue");
    }
    expect(ws.getCell(address("TT05")).protection?.locked).toBe(false);
    expect(ws.getCell(`G${row("TT05")}`).protection?.locked).toBe(false);
    expect(ws.getCell(address("TL_TT05")).protection?.locked).not.toBe(false);
    expect(ws.getCell(`C${row("TT05")}`).protection?.locked).not.toBe(false);
    // NX01 spans E:G: the whole merged input is unlocked, its label is not.
    expect(ws.getCell(`F${row("NX01")}`).protection?.locked).toBe(false);
    expect(ws.getCell(`C${row("NX01")}`).protection?.locked).not.toBe(false);
    // A merged header line next to unlocked cells keeps its own (locked) style: no shared style objects.
    expect(ws.getCell("A1").protection?.locked).not.toBe(false);
  });

  it.each([
    ["TT05", { type: "whole", operator: "greaterThanOrEqual", formulae: [0] }],
    ["KP01", { type: "decimal", operator: "greaterThanOrEqual", formulae: [0] }],
    ["TH01", { type: "list", formulae: ['"Có,Không"'] }],
    ["NX01", { type: "textLength", operator: "lessThanOrEqual", formulae: [2000] }],
  ])("%s carries its data validation", (code, expected) => {
    const v = ws.getCell(address(code)).dataValidation;
    expect(v).toMatchObject({ ...expected, showErrorMessage: true });
    expect(v.error).toBeTruthy();
  });

  it("keeps number formats, merges, widths, freeze panes, tab colour and landscape A4", () => {
    expect(ws.getCell(address("TT05")).numFmt).toBe("#,##0");
    expect(ws.getCell(address("KP01")).numFmt).toBe("#,##0.0##");
    expect(ws.getCell(address("TL_TT05")).numFmt).toBe("0.0");
    expect(ws.getCell(`E${form.reportDateCell.row + 1}`).numFmt).toBe("dd/mm/yyyy");
    expect(ws.getCell(`F${row("NX01")}`).isMerged).toBe(true);
    expect(ws.getColumn(3).width).toBeGreaterThan(40);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: form.workbook.sheets[0].freezeRows });
    expect(ws.properties.tabColor).toEqual({ argb: "FF1F4E79" });
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9 });
    expect(ws.getRow(row("NX01")).height).toBe(90);
  });

  it("has _meta very hidden with the report date", () => {
    const meta = wb.getWorksheet("_meta")!;
    expect(meta.state).toBe("veryHidden");
    expect(meta.getCell("A1").value).toBe("format");
    expect(meta.getCell("B1").value).toBe("bdg-report");
    expect(meta.getCell("B6").value).toBe(REPORT_DATE);
    // exceljs turns a serial under a date format back into a Date.
    expect(ws.getCell(`E${form.reportDateCell.row + 1}`).value).toEqual(new Date(Date.UTC(2024, 11, 25)));
  });
});

describe("writeWorkbook → LibreOffice recalculation", () => {
  let report: string[][];
  let meta: string[][];
  beforeAll(() => {
    const sheets = workbookToCsvSheets(file);
    report = sheets["BaoCao"];
    meta = sheets["_meta"];
  });
  const shown = (code: string) => report[form.valueCells[code].row]?.[4];

  it.each([
    ["TL_TT05", 25],
    ["TL_BL03", 75],
    ["TL_CL04", 110],
  ])("%s recomputes to %d", (code, expected) => {
    expect(Number(shown(code))).toBeCloseTo(expected, 5);
  });

  it.each([
    ["TL_BL05", "a blank numerator part"],
    ["TL_BL10", "a zero denominator"],
    ["TL_CL11", "all parts blank"],
  ])("%s is empty for %s", (code) => {
    expect(shown(code)).toBe("");
  });

  it("keeps Vietnamese text intact (NFC) and hostile text inert", () => {
    // Typed text round-trips byte for byte (the reader folds NFD → NFC); our own labels are NFC.
    expect(shown("NX01")).toBe(NARRATIVE.normalize("NFD"));
    for (const text of report.flat().filter((t) => t !== shown("NX01"))) expect(text).toBe(text.normalize("NFC"));
    expect(shown("NX02")).toBe(HOSTILE);
    expect(shown("TT01")).toBe("+1");
    expect(report.flat()).toContain("Số liệu kỳ báo cáo");
    expect(report.flat()).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(report.flat()).toContain("Đơn vị báo cáo: Xã Vĩnh Thái");
  });

  it("shows the report date as a date and keeps _meta", () => {
    // LibreOffice's CSV export writes dates in its own locale's order (en-US here), not the cell format.
    const shownDate = report[form.reportDateCell.row][4];
    expect(shownDate).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(shownDate.split("/").sort()).toEqual(["12", "2024", "25"]);
    expect(meta.slice(0, 5).map((r) => r.slice(0, 2))).toEqual([
      ["format", "bdg-report"],
      ["format_version", "1"],
      ["plan", "vinh-linh-2024"],
      ["unit", "X_VINH_THAI"],
      ["period", "2024-Y"],
    ]);
  });
});
