import { buildForm, headerLabels } from "../../../src/core/form";
import { applicableIndicators, defaultPlan, findPeriod, findUnit, PlanSchema, vinhLinh2024Input } from "../../../src/core/plan";
import { cellAt, codesInMaColumn, mustBuild, sheetOf, textCells } from "./form-test-kit";

describe("buildForm: which rows a unit sees", () => {
  it.each([
    // unit, period, must have, must not have
    ["X_VINH_THAI", "2024-H1", ["TT01", "TT03", "TT05", "TT06", "TL_TT05", "BL07", "BL08.NU", "CL04", "TL_CL04", "CL10", "TL_CL11", "KP01.XHH", "NX01", "NX02"], ["TH01", "TH03.NU", "CL03", "CL14", "CL05", "TL_CL01"]],
    ["X_VINH_THAI", "2024-Y", ["TH01", "TH02", "TH03", "TH03.NU", "TL_TT05"], ["CL14", "TL_CL01"]],
    ["P_TCKH", "2024-H1", ["CL01", "CL01.NU", "CL14", "CL15", "TL_CL14", "KP01", "NX01"], ["TT01", "TT02", "NL01", "BL01", "TH01", "TL_CL01"]],
    ["P_TCKH", "2024-Y", ["TH01", "TH03.NU", "CL14"], ["TT01", "NL02.NU"]],
    ["MTTQ", "2024-H1", ["TT01", "TT02.NAM", "TT03", "NL03", "CL01"], ["TT04", "TT05", "BL01", "TH01"]],
    ["CA_HUYEN", "2024-Y", ["BL01", "BL02.CT", "TL_BL03", "BL06", "BL09", "TL_BL10", "TH01"], ["TT03", "BL07", "CL04", "TL_TT05"]],
    ["CA_HUYEN", "2024-H1", ["BL06"], ["TH01", "TH02", "TH03", "TH03.NU"]],
  ])("%s %s", (unit, period, present, absent) => {
    const codes = codesInMaColumn(mustBuild(unit, period));
    for (const code of present) expect(codes).toContain(code);
    for (const code of absent) expect(codes).not.toContain(code);
  });

  it.each(defaultPlan.units.flatMap((u) => defaultPlan.periods.map((p) => [u.code, p.code] as const)))(
    "%s %s: exactly the applicable rows, in catalog order, each once",
    (unitCode, periodCode) => {
      const expected = applicableIndicators(defaultPlan, findUnit(defaultPlan, unitCode)!, findPeriod(defaultPlan, periodCode)!)
        .map((i) => i.code);
      const form = mustBuild(unitCode, periodCode);
      expect(codesInMaColumn(form)).toEqual(expected);
      expect(Object.keys(form.valueCells).sort()).toEqual([...expected].sort());
    },
  );

  // The sections are told apart by title: their STT is renumbered on each form (numbering.test.ts).
  it.each([
    ["P_TCKH", "2024-H1", ["I", "II", "III", "IV"]],
    ["X_VINH_THAI", "2024-H1", ["IV"]],
  ])("%s %s: sections without rows are left out (%j)", (unit, period, missing) => {
    const form = mustBuild(unit, period);
    const titles = sheetOf(form, "BaoCao").cells.filter((c) => c.col === 2 && c.style === "sectionTitle").map((c) => c.value);
    for (const code of missing) expect(titles).not.toContain(defaultPlan.sections.find((s) => s.code === code)!.title);
    expect(titles.length).toBeGreaterThan(0);
  });
});

describe("buildForm: layout the reader depends on", () => {
  const form = mustBuild("X_VINH_THAI", "2024-Y");
  const sheet = sheetOf(form, "BaoCao");

  it("has one header row with 'Mã' and 'Số liệu kỳ báo cáo', and every value cell sits under them", () => {
    const code = textCells(sheet).filter((c) => c.text === "Mã");
    const value = textCells(sheet).filter((c) => c.text === "Số liệu kỳ báo cáo");
    expect(code).toHaveLength(1);
    expect(value).toHaveLength(1);
    expect(value[0].row).toBe(code[0].row);
    expect(headerLabels(2025)).toEqual(["STT", "Mã", "Chỉ tiêu", "Đơn vị tính", "Số liệu kỳ báo cáo", "Mục tiêu 2025", "Ghi chú"]);
    for (const [c, ref] of Object.entries(form.valueCells)) {
      expect(ref.col).toBe(value[0].col);
      expect(ref.row).toBeGreaterThan(code[0].row);
      expect(cellAt(sheet, ref.row, code[0].col)?.value).toBe(c);
      expect(ref.address).toMatch(/^BaoCao![A-Z]+\d+$/);
    }
    expect(sheet.freezeRows).toBe(code[0].row + 1);
  });

  it.each([
    "UBND HUYỆN VĨNH LINH",
    "Xã Vĩnh Thái",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Biểu số 01/BĐG",
    "Kỳ báo cáo: Năm 2024 (từ 15/12/2023 đến 14/12/2024)",
    "Đơn vị báo cáo: Xã Vĩnh Thái",
    "Đơn vị nhận báo cáo: UBND huyện Vĩnh Linh (qua Phòng LĐ-TB&XH)",
    "Hạn nộp: 10/12/2024",
    "Người lập biểu",
    "(Ký, ghi rõ họ tên)",
    "THỦ TRƯỞNG ĐƠN VỊ",
    "(Ký, đóng dấu, ghi rõ họ tên)",
    "Vĩnh Linh, ngày …… tháng …… năm ……",
    "Ngày báo cáo (dd/mm/yyyy):",
  ])("shows %s", (text) => {
    expect(textCells(sheet).map((c) => c.text)).toContain(text);
  });

  it("shows the title and the 'ước thực hiện' note", () => {
    const texts = textCells(sheet).map((c) => c.text);
    expect(texts).toContain(defaultPlan.formTitle);
    expect(texts.some((t) => t.includes("ước thực hiện") && t.includes("14/12/2024"))).toBe(true);
    expect(texts.some((t) => t.startsWith("Điện thoại:"))).toBe(true);
  });

  it.each([
    ["TL_TT05", "≥ 60"],
    ["TL_BL03", "≥ 80"],
    ["TL_CL04", "≤ 111"],
    ["TL_CL11", "≥ 95"],
    ["TT01", ""],
  ])("target of %s reads %j", (code, target) => {
    expect(cellAt(sheet, form.valueCells[code].row, 5)?.value).toBe(target);
  });

  it("indents 'Trong đó' rows under their parent", () => {
    const label = (code: string) => cellAt(sheet, form.valueCells[code].row, 2);
    expect(label("TT02.NU")?.value).toBe("Trong đó: Nữ");
    expect(sheet.styles[label("TT02.NU")!.style!].indent).toBeGreaterThan(0);
    expect(sheet.styles[label("TT02")!.style!].indent ?? 0).toBe(0);
  });

  it("puts NX01 and NX02 below the table, code in Mã, a tall merged text input in Số liệu", () => {
    const lastTableRow = Math.max(...Object.entries(form.valueCells).filter(([c]) => !c.startsWith("NX")).map(([, r]) => r.row));
    for (const code of ["NX01", "NX02"]) {
      const ref = form.inputCells[code];
      expect(ref.row).toBeGreaterThan(lastTableRow);
      expect(sheet.merges).toContainEqual({ top: ref.row, left: 4, bottom: ref.row, right: 6 });
      expect(sheet.rowHeights?.[ref.row]).toBeGreaterThanOrEqual(60);
      expect(sheet.styles[cellAt(sheet, ref.row, 4)!.style!].wrap).toBe(true);
    }
    expect(form.reportDateCell.row).toBeGreaterThan(form.inputCells.NX02.row);
    expect(cellAt(sheet, form.reportDateCell.row, 2)?.value).toBe("Ngày báo cáo (dd/mm/yyyy):");
    expect(form.reportDateCell.col).toBe(4);
  });

  it("is protected, landscape, and has _meta very hidden and protected", () => {
    expect(sheet.protect).toBe(true);
    expect(sheet.landscape).toBe(true);
    expect(sheet.visibility).toBe("visible");
    const meta = sheetOf(form, "_meta");
    expect(meta.visibility).toBe("veryHidden");
    expect(meta.protect).toBe(true);
  });
});

describe("buildForm: locking and validation", () => {
  const cases = [
    ["X_VINH_THAI", "2024-Y"],
    ["P_TCKH", "2024-H1"],
    ["P_YTE", "2024-Y"],
    ["MTTQ", "2024-H1"],
  ] as const;

  it.each(cases)("%s %s: unlocked cells are exactly the input, note and report-date cells", (unit, period) => {
    const form = mustBuild(unit, period);
    const sheet = sheetOf(form, "BaoCao");
    const key = (r: number, c: number) => `${r}:${c}`;
    const inputs = [...Object.values(form.inputCells), ...Object.values(form.noteCells), form.reportDateCell];
    const expected = new Set(inputs.map((r) => key(r.row, r.col)));
    // Cells merged into an input cell (NX01/NX02 span E:G) are part of that input.
    for (const m of sheet.merges) {
      if (!expected.has(key(m.top, m.left))) continue;
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) expected.add(key(r, c));
    }
    const unlocked = new Set(
      sheet.cells.filter((c) => c.style !== undefined && sheet.styles[c.style].locked === false).map((c) => key(c.row, c.col)),
    );
    expect([...unlocked].sort()).toEqual([...expected].sort());
  });

  const form = mustBuild("X_VINH_THAI", "2024-Y");
  const sheet = sheetOf(form, "BaoCao");
  const inputOf = (code: string) => cellAt(sheet, form.inputCells[code].row, form.inputCells[code].col)!;

  it.each([
    ["TT01", "wholeNumber", 0, undefined, "#,##0"],
    ["BL02.NU", "wholeNumber", 0, undefined, "#,##0"],
    ["KP01", "decimal", 0, undefined, "#,##0.0##"],
    ["KP01.TINH", "decimal", 0, undefined, "#,##0.0##"],
    ["TH01", "list", undefined, undefined, "@"],
    ["NX01", "textLength", undefined, 2000, "@"],
  ])("%s: %s validation (min %s, max %s), format %s", (code, kind, min, max, numFmt) => {
    const cell = inputOf(code);
    expect(cell.validation?.kind).toBe(kind);
    expect(cell.validation?.min).toBe(min);
    expect(cell.validation?.max).toBe(max);
    expect(cell.validation?.errorMessage).toMatch(/[À-ỹ]/); // Vietnamese text, not English
    expect(sheet.styles[cell.style!].numFmt).toBe(numFmt);
    expect(cell.formula).toBeUndefined();
  });

  it("offers exactly Có / Không for yes-no rows", () => {
    expect(inputOf("TH01").validation?.list).toEqual(["Có", "Không"]);
  });

  it("gives every note cell a text-length validation and the report date a date format", () => {
    for (const ref of Object.values(form.noteCells)) {
      expect(cellAt(sheet, ref.row, ref.col)?.validation).toMatchObject({ kind: "textLength", max: 2000 });
    }
    const date = cellAt(sheet, form.reportDateCell.row, form.reportDateCell.col)!;
    expect(sheet.styles[date.style!]).toMatchObject({ numFmt: "dd/mm/yyyy", locked: false });
    expect(date.validation).toMatchObject({ kind: "decimal", min: 36526, max: 73050 });
  });
});

describe("buildForm: computed rows", () => {
  const form = mustBuild("X_VINH_THAI", "2024-Y");
  const sheet = sheetOf(form, "BaoCao");
  const e = (code: string) => `E${form.valueCells[code].row + 1}`;

  it.each([
    ["TL_TT05", "TT05", "TT06"],
    ["TL_BL03", "BL03", "BL02"],
    ["TL_BL05", "BL05", "BL04"],
    ["TL_BL10", "BL10", "BL09"],
    ["TL_CL11", "CL11", "CL10"],
  ])("%s = %s × 100 / %s, blank when a part is blank or the denominator is 0", (code, num, den) => {
    const cell = cellAt(sheet, form.valueCells[code].row, 4)!;
    expect(cell.formula).toBe(`IF(OR(${e(num)}="",${e(den)}="",N(${e(den)})=0),"",${e(num)}*100/${e(den)})`);
    expect(sheet.styles[cell.style!]).toMatchObject({ numFmt: "0.0" });
    expect(sheet.styles[cell.style!].locked).not.toBe(false);
    expect(cell.validation).toBeUndefined();
    expect(form.inputCells[code]).toBeUndefined();
  });

  it("TL_CL04 = (CL04 − CL04.NU) × 100 / CL04.NU", () => {
    const cell = cellAt(sheet, form.valueCells.TL_CL04.row, 4)!;
    const [b, g] = [e("CL04"), e("CL04.NU")];
    expect(cell.formula).toBe(`IF(OR(${b}="",${g}="",N(${g})=0),"",(${b}-${g})*100/${g})`);
  });

  it("no formula starts with '=' and no literal value is a formula", () => {
    for (const s of form.workbook.sheets) {
      for (const c of s.cells) {
        if (c.formula !== undefined) expect(c.formula.startsWith("=")).toBe(false);
      }
    }
  });
});

describe("buildForm: _meta", () => {
  it.each([
    ["X_VINH_THAI", "2024-Y"],
    ["MTTQ", "2024-H1"],
  ])("%s %s: key/value pairs from row 1 in contract order", (unit, period) => {
    const form = mustBuild(unit, period);
    const meta = sheetOf(form, "_meta");
    const pairs = Array.from({ length: 9 }, (_, row) => [cellAt(meta, row, 0)?.value, cellAt(meta, row, 1)?.value]);
    expect(pairs).toEqual([
      ["format", "bdg-report"],
      ["format_version", "1"],
      ["plan", "vinh-linh-2024"],
      ["unit", unit],
      ["period", period],
      ["report_date", ""],
      ["submitted_at", ""],
      ["generator", "bdg-test 0.0.0"],
      ["report_sheet", "BaoCao"],
    ]);
    expect(form.metaRows).toMatchObject({ format: 0, unit: 3, report_date: 5, submitted_at: 6, report_sheet: 8 });
  });
});

describe("buildForm: refusals", () => {
  it.each([
    ["X_KHONG_CO", "2024-Y", /Không có đơn vị mã "X_KHONG_CO"/],
    ["X_VINH_THAI", "2025-Y", /Không có kỳ báo cáo mã "2025-Y"/],
    ["", "2024-Y", /đơn vị/],
  ])("unit %j period %j → ok:false with a Vietnamese message", (unit, period, message) => {
    const result = buildForm(defaultPlan, unit, period, "t");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it("accepts codes typed in lower case", () => {
    const result = buildForm(defaultPlan, "x_vinh_thai", "2024-y", "t");
    expect(result.ok && result.form.unit.code).toBe("X_VINH_THAI");
    expect(result.ok && result.form.period.code).toBe("2024-Y");
  });
});

describe("a period's note is printed beside its deadline (docs/domain.md §7)", () => {
  it("says an unverified deadline is unverified", () => {
    const input = JSON.parse(JSON.stringify(vinhLinh2024Input));
    input.periods[1].note = "Hạn nộp giả định, chưa đối chiếu văn bản của tỉnh.";
    const plan = PlanSchema.parse(input);
    const built = buildForm(plan, "X_VINH_THAI", "2024-Y", "test");
    if (!built.ok) throw new Error(built.message);
    const texts = built.form.workbook.sheets[0].cells.map((c) => c.value);
    expect(texts).toContain("Hạn nộp: 10/12/2024 (Hạn nộp giả định, chưa đối chiếu văn bản của tỉnh)");
  });
});
