import type { CellValue, SheetGrid, WorkbookGrid } from "../../../src/core/grid";
import type { Issue } from "../../../src/core/issues";
import { readWorkbook } from "../../../src/core/read";
import type { Submission } from "../../../src/core/read";
import { isoDateToExcelSerial } from "../../../src/core/time";
import { buildFormGrid, buildFormSheet, buildMetaSheet, defaultMeta, GRID_COL, valueCellOf } from "../../helpers/form-grid";
import { smallPlan } from "./small-plan";
import { paramOf } from "../../helpers/issue-params";

const plan = smallPlan;
const values: Record<string, CellValue> = { TT02: 100, "TT02.NU": 40, "TT02.NAM": 60, TT05: 50, TT06: 80, TH01: "Có", TH02: 3, KP01: 10, "KP01.NS": 6, "KP01.XHH": 4, NX01: "ổn" };

function readOne(grid: WorkbookGrid, file = "inbox/x.xlsx"): Submission {
  const result = readWorkbook(plan, grid, file, "2024-12-11T08:00:00+07:00");
  if (result.kind !== "forms") throw new Error(`not a report: ${JSON.stringify(result.issue)}`);
  expect(result.submissions).toHaveLength(1);
  return result.submissions[0];
}
const rules = (issues: Issue[]) => issues.map((i) => i.rule);

describe("readWorkbook: a form with _meta", () => {
  it("identifies unit and period from _meta and reads every value by code with its cell", () => {
    const grid = buildFormGrid(plan, "X_VINH_THAI", "2024-Y", values);
    const sub = readOne(grid);
    expect(sub).toMatchObject({ file: "inbox/x.xlsx", sheet: "BaoCao", unit: "X_VINH_THAI", period: "2024-Y", identifiedBy: "meta", fileTime: "2024-12-11T08:00:00+07:00" });
    expect(sub.readIssues).toEqual([]);
    for (const [code, raw] of Object.entries(values)) {
      expect(sub.values[code]).toEqual({ code, raw, cell: valueCellOf(grid.sheets[0], code) });
    }
    expect(sub.values.TT02.cell).toMatch(/^BaoCao!E\d+$/);
  });

  it.each<[string, Record<string, CellValue | undefined>, { unit: string | null; period: string | null; rules: string[]; param?: [string, string] }]>([
    ["unknown unit code", { unit: "X_NOWHERE" }, { unit: null, period: "2024-Y", rules: ["unknown_unit"], param: ["unit", "X_NOWHERE"] }],
    ["unknown period code", { period: "2023-Y" }, { unit: "X_VINH_THAI", period: null, rules: ["unknown_period"], param: ["period", "2023-Y"] }],
    ["format version 2 is read with an error", { format_version: "2" }, { unit: "X_VINH_THAI", period: "2024-Y", rules: ["bad_meta"] }],
  ])("_meta with %s", (_what, meta, expected) => {
    const sub = readOne(buildFormGrid(plan, "X_VINH_THAI", "2024-Y", values, { meta }));
    expect(sub.unit).toBe(expected.unit);
    expect(sub.period).toBe(expected.period);
    expect(sub.identifiedBy).toBe("meta");
    expect(rules(sub.readIssues)).toEqual(expected.rules);
    expect(sub.readIssues[0].severity).toBe("error");
    if (expected.param) expect(paramOf(sub.readIssues[0], expected.param[0])).toBe(expected.param[1]);
  });

  it("an unknown unit in _meta wins over a header naming a known unit", () => {
    const sub = readOne(buildFormGrid(plan, "X_VINH_THAI", "2024-Y", values, { meta: { unit: "X_GONE" } }));
    expect(sub.unit).toBeNull();
    expect(rules(sub.readIssues)).toContain("unknown_unit");
  });

  it.each<[string, { unitText?: string; periodText?: string }, string]>([
    ["another unit", { unitText: "Xã Vĩnh Hà" }, "unit"],
    ["an unknown unit", { unitText: "Xã Đâu Đó" }, "unit"],
    ["another period", { periodText: "6 tháng đầu năm 2024 (từ 15/12/2023 đến 14/06/2024)" }, "period"],
  ])("a header naming %s is a header_mismatch warning", (_what, opts, field) => {
    const sub = readOne(buildFormGrid(plan, "X_VINH_THAI", "2024-Y", values, opts));
    expect(sub.unit).toBe("X_VINH_THAI");
    expect(sub.readIssues).toEqual([
      expect.objectContaining({ severity: "warning", rule: "header_mismatch", params: expect.objectContaining({ field }) }),
    ]);
    expect(sub.readIssues[0].cell).toMatch(/^BaoCao!A\d+$/);
  });

  it("an alias or NFD header agrees with _meta", () => {
    const sub = readOne(buildFormGrid(plan, "X_VINH_THAI", "2024-Y", values, { unitText: "UBND xã Vĩnh Thái", nfdHeader: true }));
    expect(sub.readIssues).toEqual([]);
  });

  it("a _meta that is not ours is bad_meta and the header decides", () => {
    const sub = readOne(buildFormGrid(plan, "X_VINH_THAI", "2024-Y", values, { meta: { format: "something-else", unit: "X_VINH_HA" } }));
    expect(sub.identifiedBy).toBe("header");
    expect(sub.unit).toBe("X_VINH_THAI");
    expect(rules(sub.readIssues)).toEqual(["bad_meta"]);
  });

  it("a _meta without unit is bad_meta and the header decides", () => {
    const sub = readOne(buildFormGrid(plan, "X_VINH_THAI", "2024-Y", values, { meta: { unit: "" } }));
    expect(sub.identifiedBy).toBe("header");
    expect(sub.unit).toBe("X_VINH_THAI");
    expect(rules(sub.readIssues)).toEqual(["bad_meta"]);
  });

  it("report_sheet naming no sheet is bad_meta", () => {
    const sub = readOne(buildFormGrid(plan, "X_VINH_THAI", "2024-Y", values, { meta: { report_sheet: "Khac" } }));
    expect(sub.identifiedBy).toBe("header");
    expect(rules(sub.readIssues)).toEqual(["bad_meta"]);
  });

  it("_meta with hostile keys stays data", () => {
    const grid = buildFormGrid(plan, "X_VINH_THAI", "2024-Y", values, { meta: { __proto__: "x", constructor: 5 } as Record<string, CellValue> });
    expect(readOne(grid).unit).toBe("X_VINH_THAI");
  });
});

describe("readWorkbook: a form without _meta", () => {
  it.each<[string, Parameters<typeof buildFormGrid>[4]]>([
    ["NFC header", {}],
    ["NFD header", { nfdHeader: true }],
    ["values in the cell right of the label", { splitHeaderCells: true }],
    ["NFD header, split cells", { nfdHeader: true, splitHeaderCells: true }],
    ["unit code as the unit text", { unitText: "X_VINH_HOA", periodText: "2024-Y" }],
    ["upper case, no diacritics", { unitText: "XA VINH HOA", periodText: "NAM 2024" }],
    ["layout shifted down", { shiftRows: 7 }],
  ])("identifies the unit and period from the %s (missing_meta warning)", (_what, opts) => {
    const sub = readOne(buildFormGrid(plan, "X_VINH_HOA", "2024-Y", values, { noMeta: true, ...opts }));
    expect(sub).toMatchObject({ unit: "X_VINH_HOA", period: "2024-Y", identifiedBy: "header", finalizedAt: null });
    expect(sub.readIssues).toEqual([expect.objectContaining({ severity: "warning", rule: "missing_meta" })]);
    expect(sub.values.TT02.raw).toBe(100);
  });

  it.each<[string, Parameters<typeof buildFormGrid>[4], RegExp]>([
    ["an unknown unit", { unitText: "Xã Đâu Đó" }, /Xã Đâu Đó/],
    ["an unknown period", { periodText: "Năm 2023" }, /Năm 2023/],
    ["no unit line", { unitText: "" }, /Đơn vị báo cáo/],
  ])("is not a report when the header names %s", (_what, opts, reason) => {
    const result = readWorkbook(plan, buildFormGrid(plan, "X_VINH_HOA", "2024-Y", values, { noMeta: true, ...opts }), "f.xlsx", null);
    expect(result.kind).toBe("not_a_report");
    if (result.kind !== "not_a_report") return;
    expect(result.issue).toMatchObject({ severity: "error", rule: "not_a_report", indicator: null, cell: null });
    expect(String(result.issue.params.reason)).toMatch(reason);
  });
});

describe("readWorkbook: the table", () => {
  it.each<[string, (code: string) => string]>([
    ["lower case", (c) => c.toLowerCase()],
    ["trailing spaces", (c) => `${c}  `],
    ["leading nbsp", (c) => `\u00a0${c}`],
    ["NFD", (c) => c.normalize("NFD")],
  ])("reads codes typed in %s", (_what, codeText) => {
    const sub = readOne(buildFormGrid(plan, "X_VINH_THAI", "2024-Y", values, { codeText }));
    expect(sub.readIssues).toEqual([]);
    expect(Object.keys(sub.values).sort()).toEqual(Object.keys(values).concat("TL_TT05").sort());
  });

  it("reads rows by code when they were moved", () => {
    const grid = buildFormGrid(plan, "X_VINH_THAI", "2024-Y", values, { reverseRows: true, moveToEnd: ["TT02"] });
    const sub = readOne(grid);
    expect(sub.readIssues).toEqual([]);
    for (const code of Object.keys(values)) {
      expect(sub.values[code].raw).toBe(values[code]);
      expect(sub.values[code].cell).toBe(valueCellOf(grid.sheets[0], code));
    }
  });

  it("reads the officer's notes (Ghi chú) by code, skipping blank ones", () => {
    const grid = buildFormGrid(plan, "X_VINH_THAI", "2024-Y", values, { reverseRows: true });
    const sheet = grid.sheets[0];
    const rowOf = (code: string) => sheet.rows.findIndex((r) => r?.[GRID_COL.code] === code);
    sheet.rows[rowOf("TT02")][GRID_COL.note] = "ước thực hiện đến 14/12";
    sheet.rows[rowOf("TT05")][GRID_COL.note] = "   ";
    sheet.rows[rowOf("KP01")][GRID_COL.note] = 12.5;
    expect(readOne(grid).notes).toEqual({ TT02: "ước thực hiện đến 14/12", KP01: "12.5" });
  });

  it("reports every deleted code as missing_code, without a cell", () => {
    const sub = readOne(buildFormGrid(plan, "X_VINH_THAI", "2024-Y", values, { deleteCodes: ["TT05", "KP01.NS", "NX01"] }));
    expect(sub.readIssues).toEqual(
      ["TT05", "KP01.NS", "NX01"].map((code) =>
        expect.objectContaining({ severity: "error", rule: "missing_code", indicator: code, cell: null, params: expect.objectContaining({ code }) }),
      ),
    );
    expect(sub.values.TT05).toBeUndefined();
  });

  it("does not ask for rows that do not apply (annual section on a half-year form, commune rows on another kind)", () => {
    const half = readOne(buildFormGrid(plan, "X_VINH_THAI", "2024-H1", values));
    expect(half.readIssues).toEqual([]);
    expect(half.values.TH01).toBeUndefined();
    const health = readOne(buildFormGrid(plan, "P_YTE", "2024-Y", values));
    expect(health.readIssues).toEqual([]);
    expect(health.values.TT05).toBeUndefined();
  });

  it("reports a duplicated code and keeps the first row", () => {
    const grid = buildFormGrid(plan, "X_VINH_THAI", "2024-Y", values, { extraRows: [["tt02", 999]] });
    const sub = readOne(grid);
    expect(sub.values.TT02.raw).toBe(100);
    expect(sub.readIssues).toEqual([expect.objectContaining({ severity: "error", rule: "duplicate_code", indicator: "TT02" })]);
    expect(paramOf(sub.readIssues[0], "firstCell")).toBe(valueCellOf(grid.sheets[0], "TT02")?.replace("BaoCao!", ""));
  });

  it("ignores codes that are not in the plan", () => {
    const sub = readOne(buildFormGrid(plan, "X_VINH_THAI", "2024-Y", values, { extraRows: [["ZZ99", 5], ["ghi chú", "x"]] }));
    expect(sub.readIssues).toEqual([]);
    expect(sub.values.ZZ99).toBeUndefined();
  });
});

describe("readWorkbook: several forms in one book", () => {
  it("reads the _meta sheet and the other form sheets by header, naming files book.xlsx#Sheet", () => {
    const first = buildFormGrid(plan, "X_VINH_THAI", "2024-Y", values);
    const second = buildFormSheet(plan, "X_VINH_HOA", "2024-Y", { ...values, TT02: 7 }, { sheetName: "Vĩnh Hòa" });
    const notes: SheetGrid = { name: "Ghi chú", visibility: "visible", rows: [["chỉ là ghi chú"]] };
    const result = readWorkbook(plan, { sheets: [first.sheets[0], notes, second, first.sheets[1]] }, "inbox/book.xlsx", null);
    expect(result.kind).toBe("forms");
    if (result.kind !== "forms") return;
    expect(result.submissions.map((s) => [s.file, s.unit, s.identifiedBy, s.values.TT02.raw, s.values.TT02.cell.split("!")[0]])).toEqual([
      ["inbox/book.xlsx#BaoCao", "X_VINH_THAI", "meta", 100, "BaoCao"],
      ["inbox/book.xlsx#Vĩnh Hòa", "X_VINH_HOA", "header", 7, "Vĩnh Hòa"],
    ]);
    expect(rules(result.submissions[1].readIssues)).toEqual(["missing_meta"]);
  });

  it("a book of forms without _meta, one sheet unidentifiable, keeps the others", () => {
    const a = buildFormSheet(plan, "X_VINH_THAI", "2024-Y", values, { sheetName: "A" });
    const b = buildFormSheet(plan, "X_VINH_HA", "2024-Y", values, { sheetName: "B", unitText: "Xã Lạ" });
    const c = buildFormSheet(plan, "P_YTE", "2024-Y", values, { sheetName: "C" });
    const result = readWorkbook(plan, { sheets: [a, b, c] }, "book.xlsx", null);
    if (result.kind !== "forms") throw new Error("expected forms");
    expect(result.submissions.map((s) => [s.file, s.unit])).toEqual([
      ["book.xlsx#A", "X_VINH_THAI"],
      ["book.xlsx#C", "P_YTE"],
    ]);
  });

  it("a single identified form keeps the plain file name", () => {
    const a = buildFormSheet(plan, "X_VINH_THAI", "2024-Y", values, { sheetName: "A" });
    const b = buildFormSheet(plan, "X_VINH_HA", "2024-Y", values, { sheetName: "B", unitText: "?" });
    expect(readOne({ sheets: [a, b] }, "book.xlsx").file).toBe("book.xlsx");
  });
});

describe("readWorkbook: dates", () => {
  const serial = isoDateToExcelSerial("2024-12-09");
  it.each<[string, Parameters<typeof buildFormGrid>[4], string | null, string | null, string[]]>([
    ["report date cell as a serial", { reportDate: serial }, "2024-12-09", null, []],
    ["report date cell as ISO text", { reportDate: "2024-12-09" }, "2024-12-09", null, []],
    ["report date cell as dd/mm/yyyy", { reportDate: "09/12/2024" }, "2024-12-09", null, []],
    ["report date from _meta when the cell is blank", { reportDate: null, meta: { report_date: "2024-12-08" } }, "2024-12-08", null, []],
    ["_meta report date as a serial", { reportDate: null, meta: { report_date: serial - 1 } }, "2024-12-08", null, []],
    ["the cell wins over _meta", { reportDate: "09/12/2024", meta: { report_date: "2024-12-01" } }, "2024-12-09", null, []],
    ["a bad cell is a warning and _meta is used", { reportDate: "hôm nay", meta: { report_date: "2024-12-01" } }, "2024-12-01", null, ["bad_date"]],
    ["a bad _meta report date is a warning", { reportDate: null, meta: { report_date: "xx" } }, null, null, ["bad_date"]],
    ["submitted_at ISO", { reportDate: null, meta: { submitted_at: "2024-12-09T15:30:00+07:00" } }, null, "2024-12-09T15:30:00+07:00", []],
    ["submitted_at as a serial", { reportDate: null, meta: { submitted_at: serial + 0.25 } }, null, "2024-12-09T06:00:00+07:00", []],
    ["submitted_at unreadable", { reportDate: null, meta: { submitted_at: "không rõ" } }, null, null, ["bad_date"]],
  ])("%s", (_what, opts, reportDate, finalizedAt, expectedRules) => {
    const sub = readOne(buildFormGrid(plan, "X_VINH_THAI", "2024-Y", values, opts));
    expect(sub.reportDate).toBe(reportDate);
    expect(sub.finalizedAt).toBe(finalizedAt);
    expect(rules(sub.readIssues)).toEqual(expectedRules);
    for (const i of sub.readIssues) expect(i.severity).toBe("warning");
  });

  it("the bad_date warning points at the cell that holds it", () => {
    const grid = buildFormGrid(plan, "X_VINH_THAI", "2024-Y", values, { reportDate: "31/02/2024" });
    const sub = readOne(grid);
    const row = grid.sheets[0].rows.findIndex((r) => r[4] === "31/02/2024");
    expect(sub.readIssues[0]).toMatchObject({ rule: "bad_date", cell: `BaoCao!E${row + 1}`, params: { field: "report_date", text: "31/02/2024" } });
  });
});

describe("readWorkbook never throws", () => {
  const meta = buildMetaSheet(defaultMeta(plan, "X_VINH_THAI", "2024-Y"));
  const hostileRows: CellValue[][] = [
    [{ error: "#REF!" }, true, false, 1e308, -0, "x".repeat(1_000_000)],
    [],
    ["Mã", "Số liệu kỳ báo cáo"],
    ["TT02", { error: "#N/A" }],
    [true, "TT02.NU"],
    [null, null, null, null, null, null, null, null, null, null, 5],
  ];
  // eslint-disable-next-line no-sparse-arrays
  const sparse = [["Mã", "Số liệu"], , ["TT02", 1]] as unknown as CellValue[][];
  it.each<[string, WorkbookGrid]>([
    ["no sheets", { sheets: [] }],
    ["an empty sheet", { sheets: [{ name: "BaoCao", visibility: "visible", rows: [] }] }],
    ["only _meta", { sheets: [meta] }],
    ["hostile cells with _meta", { sheets: [{ name: "BaoCao", visibility: "visible", rows: hostileRows }, meta] }],
    ["hostile cells without _meta", { sheets: [{ name: "X", visibility: "visible", rows: hostileRows }] }],
    ["sparse rows with _meta", { sheets: [{ name: "BaoCao", visibility: "visible", rows: sparse }, meta] }],
    ["a _meta full of junk", { sheets: [buildFormSheet(plan, "X_VINH_THAI", "2024-Y", values), { name: "_meta", visibility: "veryHidden", rows: hostileRows }] }],
    ["null sheets in the list", { sheets: [null as unknown as SheetGrid] }],
    ["a sheet without rows", { sheets: [{ name: "A", visibility: "visible" } as unknown as SheetGrid] }],
  ])("%s", (_what, grid) => {
    expect(() => readWorkbook(plan, grid, "h.xlsx", null)).not.toThrow();
  });

  it("a hostile form with _meta still reads, its gaps reported", () => {
    const result = readWorkbook(plan, { sheets: [{ name: "BaoCao", visibility: "visible", rows: hostileRows }, meta] }, "h.xlsx", null);
    if (result.kind !== "forms") throw new Error("expected forms");
    expect(result.submissions[0].values.TT02.raw).toEqual({ error: "#N/A" });
    expect(rules(result.submissions[0].readIssues)).toContain("missing_code");
  });

  it("a book with no form sheet is not a report", () => {
    const result = readWorkbook(plan, { sheets: [{ name: "Sheet1", visibility: "visible", rows: [["Tên", "Tuổi"]] }] }, "x.xlsx", null);
    expect(result).toEqual({ kind: "not_a_report", issue: expect.objectContaining({ rule: "not_a_report", severity: "error" }) });
  });
});
