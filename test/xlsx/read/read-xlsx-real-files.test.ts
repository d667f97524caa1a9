// Real files: one written by exceljs, and the same one re-saved by LibreOffice (a different layout:
// its own shared strings, t="n"/t="b" everywhere, formulas recalculated on load).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cellAt, type SheetGrid } from "../../../src/core/grid";
import { readXlsx } from "../../../src/xlsx/read";
import { convertWithLibreOffice } from "../../helpers/libreoffice";
import { buildExceljsWorkbook, EXPECTED_FROM_EXCELJS, NFD_TEXT, type ExpectedSheet } from "./exceljs-workbook";
import { rowsFromCells } from "./expected-grid";

function readOk(bytes: Uint8Array): SheetGrid[] {
  const result = readXlsx(bytes);
  if (!result.ok) throw new Error(`${result.reason}: ${result.message}`);
  expect(result.date1904).toBe(false);
  return result.workbook.sheets;
}

function expectSheets(actual: SheetGrid[], expected: ExpectedSheet[]): void {
  expect(actual.map((s) => [s.name, s.visibility])).toEqual(expected.map((s) => [s.name, s.visibility]));
  expected.forEach((sheet, i) => expect(actual[i].rows).toEqual(rowsFromCells(sheet.cells)));
}

describe("readXlsx on real files", () => {
  let exceljsBytes: Uint8Array;
  let libreOfficeBytes: Uint8Array;

  beforeAll(async () => {
    exceljsBytes = await buildExceljsWorkbook();
    const dir = mkdtempSync(join(tmpdir(), "bdg-read-xlsx-"));
    const source = join(dir, "exceljs-all-values.xlsx");
    writeFileSync(source, exceljsBytes);
    const out = convertWithLibreOffice([source], "xlsx", join(dir, "libreoffice"));
    libreOfficeBytes = new Uint8Array(readFileSync(join(out, "exceljs-all-values.xlsx")));
  }, 120_000);

  it("reads the exceljs workbook to the exact grid", () => {
    const sheets = readOk(exceljsBytes);
    expectSheets(sheets, EXPECTED_FROM_EXCELJS);
    // The formula without a cached result is empty, not 0.
    expect(cellAt(sheets[0], 2, 6)).toBeNull();
  });

  it("keeps decomposed (NFD) text as written: normalising is the core's job", () => {
    const a2 = cellAt(readOk(exceljsBytes)[0], 1, 0);
    expect(a2).toBe(NFD_TEXT);
    expect(a2).not.toBe(NFD_TEXT.normalize("NFC"));
  });

  it("reads the LibreOffice re-save to the same values", () => {
    const sheets = readOk(libreOfficeBytes);
    const expected = EXPECTED_FROM_EXCELJS.map((s) => ({ ...s, cells: { ...s.cells } }));
    // LibreOffice recalculates on load (our profile) and fills the missing result of =B2+1 …
    expected[0].cells.G3 = 13;
    // … and has no "very hidden": it saves such sheets as hidden.
    expected[2].visibility = "hidden";
    expectSheets(sheets, expected);
    expect(cellAt(sheets[0], 1, 0)).toBe(NFD_TEXT);
  });

  it("reports a file cut in half as corrupt", () => {
    const result = readXlsx(exceljsBytes.subarray(0, exceljsBytes.length >> 1));
    expect(result).toMatchObject({ ok: false, reason: "corrupt" });
  });

  it("reports an old .xls written by LibreOffice as legacy_xls", () => {
    const dir = mkdtempSync(join(tmpdir(), "bdg-read-xls-"));
    const source = join(dir, "old-format.xlsx");
    writeFileSync(source, exceljsBytes);
    const out = convertWithLibreOffice([source], "xls", join(dir, "xls"));
    const result = readXlsx(new Uint8Array(readFileSync(join(out, "old-format.xls"))));
    expect(result).toMatchObject({ ok: false, reason: "legacy_xls" });
    if (!result.ok) expect(result.message).toContain("Lưu thành .xlsx");
  }, 120_000);

  it("never throws on damaged copies (seeded byte flips and truncations)", () => {
    let seed = 12345;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const reasons = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const damaged = exceljsBytes.slice(0, i % 3 === 0 ? Math.floor(random() * exceljsBytes.length) : exceljsBytes.length);
      for (let k = 0; k < 4; k++) damaged[Math.floor(random() * damaged.length)] = Math.floor(random() * 256);
      const result = readXlsx(damaged);
      reasons.add(result.ok ? "ok" : result.reason);
      if (!result.ok) expect(result.message.length).toBeGreaterThan(20);
    }
    expect(reasons.has("corrupt")).toBe(true);
  });
});
