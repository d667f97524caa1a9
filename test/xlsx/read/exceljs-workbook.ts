// A workbook written by exceljs with every kind of value the reader must handle, and the grid it must give.
import ExcelJS from "exceljs";
import type { CellValue, SheetVisibility } from "../../../src/core/grid";

/** 2024-12-09 as an Excel serial (days since 1899-12-30). */
export const DEC_9_2024_SERIAL = 45635;

export const NFD_TEXT = "Tiếng Việt có dấu".normalize("NFD");

export interface ExpectedSheet {
  name: string;
  visibility: SheetVisibility;
  cells: Record<string, CellValue>;
}

/** Values by A1 address; every other cell must read as empty. */
export const EXPECTED_FROM_EXCELJS: ExpectedSheet[] = [
  {
    name: "BaoCao",
    visibility: "visible",
    cells: {
      A1: "Mã",
      B1: "Số liệu kỳ báo cáo",
      A2: NFD_TEXT,
      B2: 12,
      C2: 3.5,
      D2: -0.25,
      E2: 1e-7,
      F2: 123456789012,
      A3: true,
      B3: false,
      C3: 24, // =B2*2
      D3: { error: "#DIV/0!" }, // =1/0
      E3: { error: "#N/A" },
      F3: "ab", // ="a"&"b"
      A4: DEC_9_2024_SERIAL,
      B4: "Đậm thường", // rich text
      C4: "<a & b> \"q\" 'x'",
      D4: "  cách  ",
      A6: "sau hàng trống",
      // G3 holds =B2+1 without a cached result → empty; C5 is styled but empty.
    },
  },
  { name: "Ẩn", visibility: "hidden", cells: { A1: "ẩn" } },
  { name: "_meta", visibility: "veryHidden", cells: { A1: "unit", B1: "X_VINH_THAI", A2: "version", B2: 3 } },
];

export async function buildExceljsWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet("BaoCao");
  s.getCell("A1").value = "Mã";
  s.getCell("B1").value = "Số liệu kỳ báo cáo";
  s.getCell("A2").value = NFD_TEXT;
  s.getCell("B2").value = 12;
  s.getCell("C2").value = 3.5;
  s.getCell("D2").value = -0.25;
  s.getCell("E2").value = 1e-7;
  s.getCell("F2").value = 123456789012;
  s.getCell("A3").value = true;
  s.getCell("B3").value = false;
  s.getCell("C3").value = { formula: "B2*2", result: 24 };
  s.getCell("D3").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  s.getCell("E3").value = { error: "#N/A" };
  s.getCell("F3").value = { formula: '"a"&"b"', result: "ab" };
  s.getCell("G3").value = { formula: "B2+1" } as ExcelJS.CellFormulaValue;
  s.getCell("A4").value = new Date(Date.UTC(2024, 11, 9));
  s.getCell("A4").numFmt = "dd/mm/yyyy";
  s.getCell("B4").value = { richText: [{ text: "Đậm", font: { bold: true } }, { text: " thường" }] };
  s.getCell("C4").value = "<a & b> \"q\" 'x'";
  s.getCell("D4").value = "  cách  ";
  s.getCell("C5").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  s.getCell("A6").value = "sau hàng trống";
  const hidden = wb.addWorksheet("Ẩn", { state: "hidden" });
  hidden.getCell("A1").value = "ẩn";
  const meta = wb.addWorksheet("_meta", { state: "veryHidden" });
  meta.getCell("A1").value = "unit";
  meta.getCell("B1").value = "X_VINH_THAI";
  meta.getCell("A2").value = "version";
  meta.getCell("B2").value = 3;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
