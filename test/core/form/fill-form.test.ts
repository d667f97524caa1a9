import { fillForm, withValues } from "../../../src/core/form";
import { isoDateToExcelSerial } from "../../../src/core/time";
import { cellAt, mustBuild, sheetOf } from "./form-test-kit";

describe("withValues / fillForm", () => {
  const form = mustBuild("X_VINH_THAI", "2024-Y");

  it.each([
    ["TT01", 12],
    ["TT02.NU", 0],
    ["KP01", 12.5],
    ["TH01", "Có"],
    ["NX01", "Thiếu kinh phí; đề nghị hỗ trợ."],
    ["NX02", '=HYPERLINK("http://x")'],
    ["BL01", "mười hai"], // wrong type on purpose (demo data): placed as typed, judged by the rules
    ["tt03", 7], // codes are matched after folding
  ])("places %s = %j as a literal in its Số liệu cell", (code, value) => {
    const wb = withValues(form, { [code]: value });
    const ref = form.inputCells[code.toUpperCase()];
    const cell = cellAt(sheetOf(wb, "BaoCao"), ref.row, ref.col)!;
    expect(cell.value).toBe(value);
    expect(cell.formula).toBeUndefined();
    expect(cell.validation).toBeDefined(); // style and validation kept
  });

  it.each([
    ["TT01", "ước thực hiện"],
    ["bl02.nu", '=HYPERLINK("http://x")'],
  ])("places the note of %s in its Ghi chú cell as text", (code, note) => {
    const wb = withValues(form, {}, undefined, { [code]: note });
    const ref = form.noteCells[code.toUpperCase()];
    const cell = cellAt(sheetOf(wb, "BaoCao"), ref.row, ref.col)!;
    expect(ref.col).toBe(6); // column G
    expect(cell.value).toBe(note);
    expect(cell.formula).toBeUndefined();
  });

  it("clears a cell given null", () => {
    const filled = withValues(form, { TT01: 5 });
    const cleared = withValues({ ...form, workbook: filled }, { TT01: null });
    expect(cellAt(sheetOf(cleared, "BaoCao"), form.inputCells.TT01.row, 4)?.value).toBeNull();
  });

  it("reports the codes it dropped: computed, not on this form, unknown", () => {
    const { dropped } = fillForm(form, { TT01: 1, TL_TT05: 50, CL14: 3, ZZ99: 1 });
    expect(dropped).toEqual(["TL_TT05", "CL14", "ZZ99"]);
  });

  it("keeps the computed formulas and does not touch the original model", () => {
    const before = JSON.stringify(form.workbook);
    const wb = withValues(form, { TT05: 12, TT06: 48 }, "2024-12-09");
    expect(JSON.stringify(form.workbook)).toBe(before);
    expect(cellAt(sheetOf(wb, "BaoCao"), form.valueCells.TL_TT05.row, 4)?.formula).toMatch(/^IF\(/);
  });

  it.each([
    ["2024-12-09", isoDateToExcelSerial("2024-12-09"), "2024-12-09"],
    ["2024-02-29", 45351, "2024-02-29"],
    ["31/12/2024", "31/12/2024", ""], // not ISO: placed as typed text, _meta stays empty
  ])("report date %s → cell %j, _meta report_date %j", (input, cellValue, metaValue) => {
    const wb = withValues(form, {}, input);
    const date = cellAt(sheetOf(wb, "BaoCao"), form.reportDateCell.row, form.reportDateCell.col)!;
    expect(date.value).toBe(cellValue);
    expect(cellAt(sheetOf(wb, "_meta"), form.metaRows.report_date, 1)?.value).toBe(metaValue);
  });

  it("2024-12-09 is Excel serial 45635", () => {
    expect(isoDateToExcelSerial("2024-12-09")).toBe(45635);
  });
});
