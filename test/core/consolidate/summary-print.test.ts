// The summary workbook as the clerk prints and sends it (docs/contract.md §4.4 "Printing",
// docs/domain.md §6, §8): print settings are data in the model, so every writer renders them.
import { consolidate, summaryWorkbook } from "../../../src/core/consolidate";
import { columnBreaks, unitColumnGroups } from "../../../src/core/consolidate/matrix-pages";
import { defaultPlan, type Unit } from "../../../src/core/plan";
import type { SheetModel, WorkbookModel } from "../../../src/core/sheet";
import { form, single, smallPlan } from "./factory";

const small = summaryWorkbook(
  smallPlan,
  consolidate(smallPlan, "2024-Y", "2024-12-20", [single(form("X_A", { TT01: 10, BL02: 10, BL03: 9 }, { reportDate: "2024-12-10" }))]),
);
const year = summaryWorkbook(defaultPlan, consolidate(defaultPlan, "2024-Y", "2024-12-12", []));
const half = summaryWorkbook(defaultPlan, consolidate(defaultPlan, "2024-H1", "2024-06-10", []));

const sheetOf = (wb: WorkbookModel, name: string): SheetModel => wb.sheets.find((s) => s.name === name)!;
const texts = (s: SheetModel) => s.cells.map((c) => c.value).filter((v): v is string => typeof v === "string");
const rowOf = (s: SheetModel, text: string) => s.cells.find((c) => c.value === text)?.row ?? -1;

describe("every visible summary sheet prints on A4, header row repeated, pages numbered", () => {
  it.each(year.sheets.filter((s) => s.visibility === "visible").map((s) => [s.name, s] as const))("%s", (_name, s) => {
    expect(s.print?.paper).toBe("A4");
    expect(s.print?.footer).toEqual({ center: "Trang {page}/{pages}" });
    // The repeated row is the table's header row: the one frozen on screen.
    expect(s.print?.repeatRows).toEqual({ first: s.freezeRows! - 1, last: s.freezeRows! - 1 });
    const repeated = s.cells.filter((c) => c.row === s.print?.repeatRows?.first);
    expect(repeated.length).toBeGreaterThan(1);
    for (const c of repeated) expect(c.style).toBe("header");
    expect(s.landscape).toBe(true); // every sheet is wider than a portrait page
  });

  it("the hidden _meta sheet has no print settings", () => {
    expect(sheetOf(year, "_meta").print).toBeUndefined();
  });
});

describe("TongHop: the annex's heading and closing", () => {
  const s = sheetOf(year, "TongHop");
  const header = s.freezeRows! - 1;

  it.each([
    ["the issuing body", "UBND HUYỆN VĨNH LINH"],
    ["Quốc hiệu", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["tiêu ngữ", "Độc lập - Tự do - Hạnh phúc"],
    ["the title", "PHỤ LỤC"],
    ["the period", "Kỳ báo cáo: Năm 2024 (từ 15/12/2023 đến 14/12/2024); hạn nộp: 10/12/2024"],
    ["the as-of date", "Số liệu tính đến ngày: 12/12/2024"],
  ])("opens with %s above the table", (_what, text) => {
    const row = rowOf(s, text);
    expect(row).toBeGreaterThanOrEqual(0);
    expect(row).toBeLessThan(header);
  });

  it("names the annex and leaves the report's number and date to fill in", () => {
    expect(texts(s).some((t) => /^TỔNG HỢP BÁO CÁO KẾT QUẢ/.test(t))).toBe(true);
    expect(rowOf(s, "(Kèm theo Báo cáo số: …/BC-… ngày … tháng … năm …)")).toBeLessThan(header);
  });

  it.each([["Vĩnh Linh, ngày …… tháng …… năm ……"], ["Người lập biểu"], ["THỦ TRƯỞNG ĐƠN VỊ"], ["(Ký, ghi rõ họ tên)"], ["(Ký, đóng dấu, ghi rõ họ tên)"]])(
    "closes with %s below the last indicator",
    (text) => {
      const lastIndicator = rowOf(s, "KP01.XHH");
      expect(rowOf(s, text)).toBeGreaterThan(lastIndicator);
    },
  );

  it("leaves room to sign", () => {
    const roles = rowOf(s, "THỦ TRƯỞNG ĐƠN VỊ");
    expect(s.rowHeights?.[roles + 2]).toBeGreaterThanOrEqual(60);
  });

  it("is set in Times New Roman, the font of official documents", () => {
    const used = new Set(s.cells.map((c) => c.style).filter((k): k is string => k !== undefined));
    for (const key of used) expect([key, s.styles[key].fontName]).toEqual([key, "Times New Roman"]);
  });

  it.each([
    ["2024-Y", year, ["I", "II", "III", "IV", "V", "VI", "VII"]],
    ["2024-H1 (no Tháng hành động)", half, ["I", "II", "III", "IV", "V", "VI"]],
  ])("%s: sections are numbered without gaps", (_p, wb, expected) => {
    const t = sheetOf(wb, "TongHop");
    const sections = t.cells.filter((c) => c.col === 0 && c.style === "section").map((c) => c.value);
    expect(sections).toEqual(expected);
  });

  it("the smaller plan's annex is numbered 1, 2, 3 in its section", () => {
    const t = sheetOf(small, "TongHop");
    const head = t.freezeRows!;
    const stt = t.cells.filter((c) => c.col === 0 && c.row >= head && c.style === "center" && c.value !== "").map((c) => c.value);
    expect(stt.slice(0, 3)).toEqual(["1", "2", "3"]);
  });
});

describe("MaTran: frozen on both axes, labels repeated, split in groups of units", () => {
  const s = sheetOf(year, "MaTran");

  it("is frozen on the header row and the three label columns", () => {
    expect([s.freezeRows, s.freezeColumns]).toEqual([4, 3]);
  });

  it("repeats the label columns and the header row on every printed page", () => {
    expect(s.print?.repeatColumns).toEqual({ first: 0, last: 2 });
    expect(s.print?.repeatRows).toEqual({ first: 3, last: 3 });
  });

  it("prints at a fixed scale (a fit would ignore the page breaks), landscape", () => {
    expect(s.print?.fit).toEqual({ kind: "scale", percent: 90 });
    expect(s.landscape).toBe(true);
  });

  it("breaks the 18 communes, then the 9 offices and the total, into pages of 9, 9, 5, 5", () => {
    const header = s.cells.filter((c) => c.row === 3).sort((a, b) => a.col - b.col).map((c) => c.value);
    expect(s.print?.columnBreaks).toEqual([12, 21, 26]);
    expect(header[21]).toBe("Phòng Lao động - Thương binh và Xã hội"); // the first office opens a page
    expect(header[20]).toBe("Xã Vĩnh Tú"); // the last commune closes one
  });

  it("says on screen and on every page that its figures are sensitive (docs/domain.md §8)", () => {
    expect(texts(s).some((t) => t.startsWith("Số liệu nhạy cảm – không công bố"))).toBe(true);
    expect(s.print?.header?.left).toBe("Số liệu nhạy cảm – không công bố");
  });
});

describe("TinhHinhNop: an autofilter over the roster", () => {
  it("covers the header row and one row per unit, every column", () => {
    const s = sheetOf(year, "TinhHinhNop");
    const header = s.freezeRows! - 1;
    const width = Math.max(...s.cells.filter((c) => c.row === header).map((c) => c.col)) + 1;
    expect(s.autoFilter).toEqual({ top: header, left: 0, bottom: header + defaultPlan.units.length, right: width - 1 });
  });
});

describe("unitColumnGroups", () => {
  const units = (kinds: string[]): Unit[] => kinds.map((kind, i) => ({ code: `U${i}`, name: `U${i}`, kind, required: true, aliases: [], formerly: [] }));
  const xa = (n: number) => Array.from({ length: n }, () => "XA");

  it.each<[string, string[], number, number[]]>([
    ["communes then offices (+ total)", [...xa(18), "A", "B", "C", "D", "E", "F", "G", "H", "I"], 8, [6, 6, 6, 5, 5]],
    ["a small roster on one page, kinds mixed", [...xa(3), "A"], 8, [5]],
    ["kinds apart when they fill more than a page", [...xa(5), "A", "B", "C"], 8, [5, 4]],
    ["communes only, the total closes them", xa(16), 8, [6, 6, 5]],
    ["78 communes of a province", xa(78), 8, [8, 8, 8, 8, 8, 8, 8, 8, 8, 7]],
    ["one column a page at worst", [...xa(2)], 1, [1, 1, 1]],
  ])("%s", (_name, kinds, perPage, expected) => {
    const groups = unitColumnGroups(units(kinds), perPage);
    expect(groups).toEqual(expected);
    expect(groups.reduce((a, b) => a + b, 0)).toBe(kinds.length + 1);
  });

  it("turns groups into the first column of each later page", () => {
    expect(columnBreaks([6, 6, 5], 3)).toEqual([9, 15]);
    expect(columnBreaks([4], 3)).toEqual([]);
  });
});
