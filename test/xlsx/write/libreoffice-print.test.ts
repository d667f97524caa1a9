// The summary workbook and a form, printed by LibreOffice Calc (a second, real spreadsheet engine)
// to PDF on a Vietnamese system (locale vi-VN): A4, landscape where wide, the header rows again on
// page 2 and after, "Trang i/n" on every page, the matrix split in groups of units with its label
// columns on every page, Vietnamese text intact, numbers shown 1.234,5 and dates dd/mm/yyyy
// (docs/contract.md §4.4 "Printing", docs/domain.md §3, §6, §8).
// With BDG_UPDATE_SCREENSHOTS=1 it also renders pages to docs/screenshots/ (looked at by eye).
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { consolidate, summaryWorkbook, type Summary } from "../../../src/core/consolidate";
import { buildForm, withValues } from "../../../src/core/form";
import { defaultPlan } from "../../../src/core/plan";
import { type FileReport } from "../../../src/core/read";
import { inspectWorkbook } from "../../../src/core/rules";
import { formatNumberVi } from "../../../src/core/text/number-format";
import { writeWorkbook } from "../../../src/xlsx/write";
import { buildFormGrid, validValues } from "../../helpers/form-grid";
import { convertWithLibreOffice } from "../../helpers/libreoffice";
import { isA4, isLandscape, pdfPages, renderPng, type PdfPage } from "../../helpers/pdf";

jest.setTimeout(180_000);

const SCREENSHOTS = join(__dirname, "../../../docs/screenshots");
/** Each unit's CL01 (a row every unit has) is its own number, so a printed page tells which units' columns it shows. */
const CL01 = (i: number) => 7000 + 11 * i;
const UNIT_CL01 = defaultPlan.units.map((u, i) => ({ commune: u.kind === "XA", shown: formatNumberVi(CL01(i)) }));

function summaryOf27(): Summary {
  const reports: FileReport[] = defaultPlan.units.map((unit, i) => {
    const money: Record<string, number> = unit.code === "X_VINH_THAI" ? { KP01: 1234.5, "KP01.NS": 1000, "KP01.TINH": 200, "KP01.XHH": 34.5 } : {};
    const values = validValues(defaultPlan, unit.code, "2024-Y", { ...money, CL01: CL01(i), NX01: `Khó khăn của ${unit.name}: thiếu kinh phí.` });
    const grid = buildFormGrid(defaultPlan, unit.code, "2024-Y", values, { reportDate: `2024-12-0${1 + (i % 9)}` });
    return inspectWorkbook(defaultPlan, `hop-thu/${unit.code}_2024-Y.xlsx`, null, grid);
  });
  return consolidate(defaultPlan, "2024-Y", "2024-12-12", reports);
}

/** Pages whose text holds `marker`, by sheet (each sheet's first page holds its title). */
function pagesFrom(pages: PdfPage[], firstMarker: string, nextMarker: string | null): PdfPage[] {
  const start = pages.findIndex((p) => p.text.includes(firstMarker));
  const end = nextMarker === null ? pages.length : pages.findIndex((p, i) => i > start && p.text.includes(nextMarker));
  return pages.slice(start, end < 0 ? pages.length : end);
}

const normalisedSpaces = (text: string) => text.replace(/\s+/g, " ");

describe("the summary workbook, printed", () => {
  let summary: Summary;
  let pages: PdfPage[];
  let pdf: string;
  beforeAll(async () => {
    summary = summaryOf27();
    const dir = mkdtempSync(join(tmpdir(), "bdg-print-"));
    const xlsx = join(dir, "tong-hop.xlsx");
    writeFileSync(xlsx, await writeWorkbook(summaryWorkbook(defaultPlan, summary)));
    const out = convertWithLibreOffice([xlsx], "pdf", join(dir, "pdf"), { locale: "vi-VN" });
    pdf = join(out, "tong-hop.pdf");
    pages = pdfPages(pdf);
  });

  it("every page is A4 landscape, numbered Trang i/n", () => {
    expect(pages.length).toBeGreaterThan(8);
    for (const p of pages) {
      expect([p.number, isA4(p), isLandscape(p)]).toEqual([p.number, true, true]);
      expect(normalisedSpaces(p.text)).toContain(`Trang ${p.number}/${pages.length}`);
    }
  });

  it("TongHop opens with the heading and closes with the signature block", () => {
    const tongHop = pagesFrom(pages, "PHỤ LỤC", "TÌNH HÌNH NỘP BÁO CÁO");
    expect(tongHop.length).toBeGreaterThanOrEqual(2);
    const first = normalisedSpaces(tongHop[0].text);
    for (const text of ["UBND HUYỆN VĨNH LINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "PHỤ LỤC", "Kỳ báo cáo: Năm 2024", "Số liệu tính đến ngày: 12/12/2024"]) {
      expect(first).toContain(text);
    }
    const last = normalisedSpaces(tongHop[tongHop.length - 1].text);
    for (const text of ["Vĩnh Linh, ngày …… tháng …… năm ……", "Người lập biểu", "THỦ TRƯỞNG ĐƠN VỊ", "(Ký, đóng dấu, ghi rõ họ tên)"]) expect(last).toContain(text);
  });

  it("TongHop repeats its header row on page 2 and after, and the heading only once", () => {
    const tongHop = pagesFrom(pages, "PHỤ LỤC", "TÌNH HÌNH NỘP BÁO CÁO");
    for (const page of tongHop.slice(1)) {
      const top = normalisedSpaces(page.text.split("\n").slice(0, 6).join(" "));
      expect(top).toMatch(/STT\s+Mã\s+Chỉ tiêu\s+Đơn vị tính\s+Tổng hợp/);
      expect(page.text).not.toContain("PHỤ LỤC");
    }
  });

  it("shows numbers the Vietnamese way: 1.234,5", () => {
    const text = pages.map((p) => p.text).join("\n");
    const kp01 = summary.totals.KP01 as number;
    expect(kp01).toBeCloseTo(26 * 100 + 1234.5, 9);
    expect(text).toContain(formatNumberVi(kp01, 1)); // "3.834,5"
    expect(text).toContain(formatNumberVi(summary.totals.TT02 as number)); // a count with a thousands dot
    expect(text).toContain(formatNumberVi(summary.reportingRate as number, 1));
  });

  it("the status sheet shows submission dates dd/mm/yyyy", () => {
    const status = normalisedSpaces(pagesFrom(pages, "TÌNH HÌNH NỘP BÁO CÁO", "MA TRẬN SỐ LIỆU").map((p) => p.text).join(" "));
    for (const day of ["01", "05", "09"]) expect(status).toContain(`${day}/12/2024`);
  });

  it("the matrix: sensitivity note, label columns and header row on every page, units in groups", () => {
    const matrix = pages.filter((p) => p.text.includes("Số liệu nhạy cảm – không công bố"));
    for (const page of matrix) {
      const text = normalisedSpaces(page.text);
      // The header cells wrap onto several lines, so the words are checked one by one.
      for (const label of ["Mã", "Chỉ tiêu", "Đơn vị"]) expect(text).toContain(label);
      expect(text).toMatch(/\b(TT|BL|NL|TH|CL|KP)\d\d\b/); // the label columns: codes and indicators
    }
    // One page of each group has the CL01 row: 9 + 9 communes, then 5 + 4 offices and the total.
    const groupPages = matrix.filter((p) => /(^|\s)CL01\s/m.test(p.text));
    const unitsOn = groupPages.map((p) => UNIT_CL01.filter((u) => normalisedSpaces(p.text).includes(u.shown)));
    expect(unitsOn.map((units) => units.length)).toEqual([9, 9, 5, 4]);
    // A page shows communes or offices, never both (docs/contract.md §4.4: groups that stay readable).
    for (const units of unitsOn) expect(new Set(units.map((u) => u.commune)).size).toBe(1);
    expect(unitsOn.flat()).toHaveLength(defaultPlan.units.length);
    // Every group runs over the same number of pages down.
    expect(matrix.length % groupPages.length).toBe(0);
  });

  it("keeps Vietnamese text intact (NFC)", () => {
    const text = pages.map((p) => p.text).join("\n");
    expect(text).toBe(text.normalize("NFC"));
    expect(text).toContain("Số nạn nhân bạo lực gia đình, bạo lực trên cơ sở giới");
  });

  afterAll(() => {
    if (process.env.BDG_UPDATE_SCREENSHOTS !== "1" || !pages) return;
    const tongHop = pagesFrom(pages, "PHỤ LỤC", "TÌNH HÌNH NỘP BÁO CÁO");
    const matrix = pages.find((p) => p.text.includes("Số liệu nhạy cảm – không công bố"))!;
    const shots = [
      [tongHop[0].number, "in-phu-luc-trang-1"],
      [tongHop[tongHop.length - 1].number, "in-phu-luc-trang-cuoi"],
      [matrix.number, "in-ma-tran-trang-1"],
    ] as const;
    const dir = mkdtempSync(join(tmpdir(), "bdg-shots-"));
    for (const [page, name] of shots) {
      renderPng(pdf, join(dir, name), page, page);
      const png = readdirSync(dir).find((f) => f.startsWith(`${name}-`))!;
      copyFileSync(join(dir, png), join(SCREENSHOTS, `${name}.png`));
    }
  });
});

describe("a form, printed", () => {
  let pages: PdfPage[];
  let pdf: string;
  beforeAll(async () => {
    const built = buildForm(defaultPlan, "P_YTE", "2024-Y", "bdg-test");
    if (!built.ok) throw new Error(built.message);
    const values = validValues(defaultPlan, "P_YTE", "2024-Y", { NX01: "Thiếu cán bộ chuyên trách về bình đẳng giới." });
    const dir = mkdtempSync(join(tmpdir(), "bdg-print-form-"));
    const xlsx = join(dir, "P_YTE_2024-Y.xlsx");
    writeFileSync(xlsx, await writeWorkbook(withValues(built.form, values as Record<string, string | number>, "2024-12-09")));
    pdf = join(convertWithLibreOffice([xlsx], "pdf", join(dir, "pdf"), { locale: "vi-VN" }), "P_YTE_2024-Y.pdf");
    pages = pdfPages(pdf);
  });

  it("prints on A4 landscape, on more than one page, each numbered", () => {
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const p of pages) {
      expect([isA4(p), isLandscape(p)]).toEqual([true, true]);
      expect(normalisedSpaces(p.text)).toContain(`Trang ${p.number}/${pages.length}`);
    }
  });

  it("repeats the table's header row at the top of page 2 and after", () => {
    for (const page of pages.slice(1)) {
      const top = normalisedSpaces(page.text.split("\n").slice(0, 4).join(" "));
      expect(top).toMatch(/STT\s+Mã\s+Chỉ tiêu\s+Đơn vị tính\s+Số liệu kỳ báo cáo/);
    }
  });

  it("is numbered without gaps: sections I to VI on Phòng Y tế's form", () => {
    const text = pages.map((p) => p.text).join("\n");
    const sections = [...text.matchAll(/^\s*(I|II|III|IV|V|VI|VII)\s{2,}\S/gm)].map((m) => m[1]);
    expect(sections).toEqual(["I", "II", "III", "IV", "V", "VI"]);
    expect(text).toBe(text.normalize("NFC"));
    expect(text).toContain("BÁO CÁO KẾT QUẢ THỰC HIỆN CÔNG TÁC BÌNH ĐẲNG GIỚI");
  });

  afterAll(() => {
    if (process.env.BDG_UPDATE_SCREENSHOTS !== "1" || !pages) return;
    const dir = mkdtempSync(join(tmpdir(), "bdg-shots-"));
    renderPng(pdf, join(dir, "form"), 2, 2);
    const png = readdirSync(dir).find((f) => f.startsWith("form-"))!;
    copyFileSync(join(dir, png), join(SCREENSHOTS, "in-bieu-mau-trang-2.png"));
  });
});
