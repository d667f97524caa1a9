import { buildForm, withValues } from "../../src/core/form";
import { defaultPlan } from "../../src/core/plan";
import type { SheetModel, WorkbookModel } from "../../src/core/sheet";
import { FakeExcel } from "../fakes/fake-excel";
import { LATEST, LEVELS, levelHas, minorOf, portOn } from "./port-kit";
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

/** Mismatches a level explains: what that Excel cannot write (the feature table, src/excel/features.ts). */
function gapsAt(level: string): RegExp | null {
  const gaps: string[] = [];
  if (!levelHas(level, "freezeAndTabColor")) gaps.push("frozenRows", "frozenColumns", "tabColor");
  if (!levelHas(level, "dataValidation")) gaps.push("validation");
  if (minorOf(level) < 9) gaps.push("indent", "orientation", "print", "autoFilter");
  return gaps.length ? new RegExp(gaps.join("|")) : null;
}

describe.each(LEVELS.filter((l) => levelHas(l, "install")))("writeSheets on ExcelApi %s", (level) => {
  const gaps = gapsAt(level);
  const expected = (m: string[]) => m.filter((x) => !gaps?.test(x));
  /** List + write (+ a recalculation where calculation was suspended, 1.6). */
  const requests = 2 + (minorOf(level) >= 6 ? 1 : 0);

  it("renders a whole form, then recalculates", async () => {
    const f = form();
    const fake = new FakeExcel(["Sheet1"]);
    fake.apiVersion = level;
    const { port } = portOn(fake);
    await port.writeSheets(f.workbook);
    expect(fake.syncs).toBe(requests);
    expect(expected(renderMismatches(fake, f.workbook.sheets[0]))).toEqual([]);
    expect(expected(renderMismatches(fake, f.workbook.sheets[1]))).toEqual([]);
    expect(fake.calculationPending).toBe(false);
  });

  it("reinstall rewrites the sheets in place: the officer's references to BaoCao survive, nothing renamed or deleted", async () => {
    const f = form();
    const fake = new FakeExcel(["Sheet1"]);
    fake.apiVersion = level;
    const { port } = portOn(fake);
    await port.writeSheets(f.workbook);
    const code = Object.keys(f.inputCells)[0];
    const at = f.inputCells[code].address.split("!")[1];
    const ids = ["BaoCao", "_meta"].map((n) => fake.sheet(n).id);
    fake.seed("Sheet1", "A1", [[{ formula: `BaoCao!${at}*2`, value: 0 }], [{ formula: `'BaoCao'!${at}`, value: 0 }]]);
    fake.seed("BaoCao", "Z99", [["stray"]]);

    await port.writeSheets(withValues(f, { [code]: 42 }));

    expect(["BaoCao", "_meta"].map((n) => fake.sheet(n).id)).toEqual(ids);
    expect([...fake.formulas("Sheet1").values()]).toEqual([`=BaoCao!${at}*2`, `='BaoCao'!${at}`]);
    expect(fake.cell("Sheet1", "A1")?.isError).toBeFalsy();
    expect(fake.cell("BaoCao", at)?.value).toBe(42);
    expect(fake.cell("BaoCao", "Z99")?.value ?? "").toBe("");
    expect(fake.sheet("_meta").visibility).toBe("VeryHidden");
    expect(expected(renderMismatches(fake, f.workbook.sheets[1]))).toEqual([]);
  });
});

describe("writeSheets", () => {
  it("renders a whole form (values, formulas, formats, locks, validations, merges) in 3 requests: list, write, recalculation", async () => {
    const f = form();
    const fake = new FakeExcel(["Sheet1"]);
    const { port } = portOn(fake);

    const report = await port.writeSheets(f.workbook);

    expect(fake.syncs).toBe(3);
    expect(report).toEqual({ sheets: ["BaoCao", "_meta"], degraded: [] });
    expect(renderMismatches(fake, f.workbook.sheets[0])).toEqual([]);
    expect(renderMismatches(fake, f.workbook.sheets[1])).toEqual([]);
    expect(fake.sheetNames()).toEqual(["Sheet1", "BaoCao", "_meta"]);
    expect(fake.activeSheet).toBe("BaoCao");
    // The write request ran with calculation suspended; the next one recalculated.
    expect(fake.requests[1].calculationSuspended).toBe(true);
    expect(fake.requests[2].calculationSuspended).toBe(false);
    expect(fake.calculationPending).toBe(false);
    // Sanity of the check itself: the form has formulas, unlocked cells, validations and merges.
    const cells = f.workbook.sheets[0].cells;
    expect(cells.some((c) => c.formula)).toBe(true);
    expect(cells.some((c) => c.validation)).toBe(true);
    expect(f.workbook.sheets[0].merges.length).toBeGreaterThan(0);
  });

  it("replaces a protected form of the same name, keeping the workbook's other sheets, in 3 requests", async () => {
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

    expect(fake.syncs).toBe(3);
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
    expect(fake.syncs).toBe(3);
    expect(renderMismatches(fake, model.sheets[0])).toEqual([]);
  });

  it("splits a write into several requests under the byte budget, each with calculation suspended", async () => {
    const model = summary(60, 500);
    const fake = new FakeExcel(["Sheet1"]);
    const budget = 150_000;
    const { port } = portOn(fake, { maxRequestBytes: budget });

    await port.writeSheets(model);

    const writes = fake.requests.slice(1, -1); // between the list and the recalculation
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

  it("degrades without data validation (ExcelApi < 1.8) or freeze panes (< 1.7), in Vietnamese, without failing; protects from 1.2", async () => {
    const f = form();
    const fake = new FakeExcel(["Sheet1"]);
    fake.apiVersion = "1.6";
    const { port } = portOn(fake);

    const report = await port.writeSheets(f.workbook);
    const caps = await port.capabilities();

    expect(report.degraded.length).toBeGreaterThanOrEqual(2);
    expect(report.degraded.join(" ")).toMatch(/kiểm tra dữ liệu.*1\.8/);
    expect(report.degraded.join(" ")).toMatch(/cố định dòng tiêu đề.*1\.7/);
    expect(fake.sheet("BaoCao").protected).toBe(true);
    expect([...fake.sheet("BaoCao").cells.values()].some((c) => c.validation)).toBe(false);
    expect(fake.sheet("_meta").visibility).toBe("VeryHidden");
    expect(caps).toMatchObject({ inExcel: true, dataValidation: false, protection: true });
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
    // Only the print settings (A4, titles, page numbers: PageLayout is 1.9) are left to Excel's defaults.
    expect(report.degraded).toEqual([expect.stringMatching(/thiết lập in .*cần ExcelApi 1\.9/)]);
    expect(renderMismatches(fake, f.workbook.sheets[0]).filter((m) => !/indent|orientation|print|autoFilter|frozenColumns|fontName/.test(m))).toEqual([]);
  });
});

describe("writeSheets: what the fake refuses", () => {
  it("on ExcelApi 1.1 refuses in Vietnamese before any request (the pane downloads the form instead)", async () => {
    const fake = new FakeExcel(["Sheet1"]);
    fake.apiVersion = "1.1";
    await expect(portOn(fake).port.writeSheets(form().workbook)).rejects.toThrow(/không ghi được trang tính \(cần ExcelApi 1\.2\)/);
    expect(fake.syncs).toBe(0);
  });

  it("a budget above the host's 5 MB cap is refused by the fake's own count; the default 4 MB budget passes", async () => {
    const big = summary(8, 1200);
    const note = "Ghi chú dài của đơn vị về tình hình bình đẳng giới trong kỳ báo cáo. ".repeat(12);
    for (const c of big.sheets[0].cells) if (c.col > 0 && c.col < 7 && c.row > 0) c.value = `${note}${c.row}`;
    const over = new FakeExcel(["Sheet1"]);
    await expect(portOn(over, { maxRequestBytes: 20_000_000 }).port.writeSheets(big)).rejects.toThrow(/5 MB/);
    const fake = new FakeExcel(["Sheet1"]);
    fake.apiVersion = LATEST;
    await portOn(fake).port.writeSheets(big);
    expect(fake.requests.length).toBeGreaterThan(3);
    for (const r of fake.requests) expect(r.bytes).toBeLessThanOrEqual(fake.payloadLimitBytes);
    expect(renderMismatches(fake, big.sheets[0])).toEqual([]);
  });

  it("a very hidden sheet cannot be deleted, and deleting a sheet turns references to it into #REF! (the adapter does neither)", async () => {
    const fake = new FakeExcel(["Sheet1", "Other"]);
    fake.seed("Sheet1", "A1", [[{ formula: "Other!B2+1", value: 3 }]]);
    fake.sheet("Other").visibility = "VeryHidden";
    const del = () => fake.run(async (context) => {
      context.workbook.worksheets.getItem("Other").delete();
      await context.sync();
    });
    await expect(del()).rejects.toMatchObject({ code: "GeneralException" });
    fake.sheet("Other").visibility = "Visible";
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Other").name = "Renamed one";
      await context.sync();
    });
    expect(fake.cell("Sheet1", "A1")?.formula).toBe("='Renamed one'!B2+1");
    await del().catch(() => undefined);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Renamed one").delete();
      await context.sync();
    });
    expect(fake.cell("Sheet1", "A1")).toMatchObject({ formula: "=#REF!B2+1", value: "#REF!", isError: true });
  });
});
