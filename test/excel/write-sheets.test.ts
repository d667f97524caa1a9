import { buildForm, withValues } from "../../src/core/form";
import { defaultPlan } from "../../src/core/plan";
import type { SheetModel, WorkbookModel } from "../../src/core/sheet";
import { FakeExcel } from "../fakes/fake-excel";
import { portOn } from "./port-kit";
import { renderMismatches } from "./render-check";

function form() {
  const built = buildForm(defaultPlan, "X_VINH_THAI", "2024-Y", "bdg-test 0.0.0");
  if (!built.ok) throw new Error(built.message);
  return built.form;
}

function summary(cols: number, rows: number): WorkbookModel {
  const cells: SheetModel["cells"] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (r === 0) cells.push({ row: r, col: c, value: `Cột ${c + 1}`, style: "head" });
      else if (c === 0) cells.push({ row: r, col: c, value: `Đơn vị số ${r}`, style: "text" });
      else if (c === cols - 1) cells.push({ row: r, col: c, formula: `SUM(B${r + 1}:${"BG"}${r + 1})`, style: "num" });
      else cells.push({ row: r, col: c, value: r * c + 0.5, style: "num" });
    }
  }
  return {
    sheets: [
      {
        name: "TongHop",
        visibility: "visible",
        columnWidths: Array.from({ length: cols }, (_, c) => (c === 0 ? 30 : 12)),
        cells,
        merges: [],
        styles: {
          head: { bold: true, fill: "DDEBF7", border: true, wrap: true },
          text: { border: true },
          num: { numFmt: "#,##0.0", border: true },
        },
        protect: false,
        freezeRows: 1,
      },
    ],
  };
}

describe("writeSheets", () => {
  it("renders a whole form (values, formulas, formats, locks, validations, merges) in 2 requests", async () => {
    const f = form();
    const fake = new FakeExcel(["Sheet1"]);
    const { port } = portOn(fake);

    const report = await port.writeSheets(f.workbook);

    expect(fake.syncs).toBe(2);
    expect(report).toEqual({ sheets: ["BaoCao", "_meta"], degraded: [] });
    expect(renderMismatches(fake, f.workbook.sheets[0])).toEqual([]);
    expect(renderMismatches(fake, f.workbook.sheets[1])).toEqual([]);
    expect(fake.sheetNames()).toEqual(["Sheet1", "BaoCao", "_meta"]);
    expect(fake.activeSheet).toBe("BaoCao");
    // The write request ran with calculation suspended.
    expect(fake.requests[1].calculationSuspended).toBe(true);
    // Sanity of the check itself: the form has formulas, unlocked cells, validations and merges.
    const cells = f.workbook.sheets[0].cells;
    expect(cells.some((c) => c.formula)).toBe(true);
    expect(cells.some((c) => c.validation)).toBe(true);
    expect(f.workbook.sheets[0].merges.length).toBeGreaterThan(0);
  });

  it("replaces a protected form of the same name, keeping the workbook's other sheets, in 2 requests", async () => {
    const f = form();
    const fake = new FakeExcel(["Sheet1"]);
    const { port } = portOn(fake);
    await port.writeSheets(f.workbook);
    // The user hid Sheet1: BaoCao is then the only visible sheet, yet it must be replaced.
    fake.sheet("Sheet1").visibility = "Hidden";
    fake.seed("BaoCao", "Z99", [["stray"]]);
    fake.resetCounters();

    const filled = withValues(f, { [Object.keys(f.inputCells)[0]]: 42 });
    await port.writeSheets(filled);

    expect(fake.syncs).toBe(2);
    expect(fake.sheetNames()).toEqual(["Sheet1", "BaoCao", "_meta"]);
    expect(fake.cell("BaoCao", "Z99")).toBeUndefined();
    expect(renderMismatches(fake, filled.sheets[0])).toEqual([]);
    expect(renderMismatches(fake, filled.sheets[1])).toEqual([]);
  });

  it("writes a 60 × 500 summary within 3 requests + 1 per 4 MB", async () => {
    const model = summary(60, 500);
    const fake = new FakeExcel(["Sheet1"]);
    const { port } = portOn(fake);

    await port.writeSheets(model);

    const bytes = fake.requests.reduce((n, r) => n + r.bytes, 0);
    expect(fake.syncs).toBeLessThanOrEqual(3 + Math.floor(bytes / 4_000_000));
    expect(fake.syncs).toBe(2);
    expect(renderMismatches(fake, model.sheets[0])).toEqual([]);
  });

  it("splits a write into several requests under the byte budget, each with calculation suspended", async () => {
    const model = summary(60, 500);
    const fake = new FakeExcel(["Sheet1"]);
    const budget = 150_000;
    const { port } = portOn(fake, { maxRequestBytes: budget });

    await port.writeSheets(model);

    const writes = fake.requests.slice(1);
    const total = writes.reduce((n, r) => n + r.bytes, 0);
    expect(writes.length).toBeGreaterThan(1);
    expect(writes.length).toBeLessThanOrEqual(Math.ceil(total / budget) + 1);
    // The budget is an estimate kept 20 % under the host's hard cap (4 MB of Excel on the web's 5 MB).
    const hardCap = budget * 1.25;
    for (const r of writes) {
      expect(r.bytes).toBeLessThanOrEqual(hardCap);
      expect(r.calculationSuspended).toBe(true);
    }
    expect(renderMismatches(fake, model.sheets[0])).toEqual([]);
  });

  const HOSTILE = ['=HYPERLINK("http://x","a")', "+1", "-2+3", "@SUM(A1)", "=cmd|' /C calc'!A0", "1/2", "007", "TRUE"];

  it("never turns a literal into a formula (formula injection), and keeps its exact text", async () => {
    const f = form();
    const codes = Object.keys(f.inputCells).slice(0, HOSTILE.length);
    const model = withValues(f, Object.fromEntries(codes.map((code, i) => [code, HOSTILE[i]])));
    // Also a label cell of a plain sheet, and a note.
    const noteCode = Object.keys(f.noteCells)[0];
    const note = f.noteCells[noteCode];
    model.sheets[0].cells.push({ row: note.row, col: note.col + 5, value: "=1+1" });
    const fake = new FakeExcel(["Sheet1"]);
    const { port } = portOn(fake);

    await port.writeSheets(model);

    const modelFormulas = model.sheets.flatMap((s) => s.cells.filter((c) => c.formula).length);
    const fakeFormulas = ["BaoCao", "_meta"].map((name) => [...fake.sheet(name).cells.values()].filter((c) => c.formula).length);
    expect(fakeFormulas).toEqual(modelFormulas);
    codes.forEach((code, i) => {
      const cell = f.inputCells[code];
      const got = fake.cell("BaoCao", cell.address.split("!")[1]);
      expect({ code, formula: got?.formula, value: got?.value }).toEqual({ code, formula: undefined, value: HOSTILE[i] });
    });
  });

  it("degrades without data validation (ExcelApi < 1.8) or protection (< 1.7), in Vietnamese, without failing", async () => {
    const f = form();
    const fake = new FakeExcel(["Sheet1"]);
    fake.apiVersion = "1.6";
    const { port } = portOn(fake);

    const report = await port.writeSheets(f.workbook);
    const caps = await port.capabilities();

    expect(report.degraded.length).toBeGreaterThanOrEqual(2);
    expect(report.degraded.join(" ")).toMatch(/kiểm tra dữ liệu.*1\.8/);
    expect(report.degraded.join(" ")).toMatch(/khóa trang tính.*1\.7/);
    expect(fake.sheet("BaoCao").protected).toBe(false);
    expect([...fake.sheet("BaoCao").cells.values()].some((c) => c.validation)).toBe(false);
    expect(fake.sheet("_meta").visibility).toBe("VeryHidden");
    expect(caps).toMatchObject({ inExcel: true, dataValidation: false, protection: false });
    expect(caps.limitations.length).toBeGreaterThan(0);
    // Values and formulas are still all there.
    const mismatches = renderMismatches(fake, f.workbook.sheets[0]).filter((m) => /value|formula/.test(m));
    expect(mismatches).toEqual([]);
  });

  it("with ExcelApi 1.8 but not 1.9: validation yes, style ranges one by one", async () => {
    const f = form();
    const fake = new FakeExcel(["Sheet1"]);
    fake.apiVersion = "1.8";
    const { port } = portOn(fake);
    const report = await port.writeSheets(f.workbook);
    expect(report.degraded).toEqual([]);
    expect(renderMismatches(fake, f.workbook.sheets[0]).filter((m) => !/indent|orientation/.test(m))).toEqual([]);
  });
});
