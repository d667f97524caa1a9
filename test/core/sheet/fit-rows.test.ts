import { fitWrappedRows, lettersPerUnit, wrappedLineCount, type SheetModel } from "../../../src/core/sheet";

describe("wrappedLineCount", () => {
  it.each<[string, number, number]>([
    ["", 10, 1],
    ["short", 10, 1],
    ["a".repeat(9), 10, 1], // 9 chars fit in 0.95 × 10
    ["a".repeat(10), 10, 2],
    ["a".repeat(100), 20, 6], // usable 19 → ⌈100/19⌉
    ["line one\nline two", 60, 2],
    ["x\r\ny\r\nz", 60, 3],
  ])("%j in width %d → %d lines", (text, width, lines) => {
    expect(wrappedLineCount(text, width)).toBe(lines);
  });
});

describe("lettersPerUnit", () => {
  it.each<[string, Parameters<typeof lettersPerUnit>[0], number]>([
    ["no style (Calibri 11)", undefined, 0.95],
    ["Times New Roman 11", { fontName: "Times New Roman" }, 1.1],
    ["Times New Roman 22: half as many", { fontName: "Times New Roman", size: 22 }, 0.55],
    ["an unknown font: as Calibri", { fontName: "Arial" }, 0.95],
  ])("%s → %d", (_name, style, expected) => {
    expect(lettersPerUnit(style)).toBeCloseTo(expected, 10);
  });

  it("Times New Roman fits a 100-letter label in width 50 on 2 lines, Calibri on 3", () => {
    const label = "a".repeat(100);
    expect(wrappedLineCount(label, 50, lettersPerUnit({ fontName: "Times New Roman" }))).toBe(2);
    expect(wrappedLineCount(label, 50)).toBe(3);
  });
});

describe("fitWrappedRows", () => {
  const sheet = (): SheetModel => ({
    name: "S",
    visibility: "visible",
    columnWidths: [10, 10],
    cells: [
      { row: 0, col: 0, value: "a".repeat(30), style: "wrap" }, // 4 lines → 60 pt
      { row: 1, col: 0, value: "a".repeat(30), style: "plain" }, // not wrapped: untouched
      { row: 2, col: 0, value: "a".repeat(30), style: "wrap" }, // merged across: untouched
      { row: 3, col: 0, value: "short", style: "wrap" }, // one line: untouched
      { row: 4, col: 1, value: "a".repeat(12), style: "wrap" }, // 2 lines but a taller height is kept
    ],
    merges: [{ top: 2, left: 0, bottom: 2, right: 1 }],
    styles: { wrap: { wrap: true }, plain: {} },
    protect: false,
    rowHeights: { 4: 50 },
  });

  it("a larger font gets taller lines", () => {
    const s: SheetModel = { ...sheet(), cells: [{ row: 0, col: 0, value: "a".repeat(10), style: "big" }], merges: [], rowHeights: {}, styles: { big: { wrap: true, size: 22 } } };
    fitWrappedRows(s);
    expect(s.rowHeights).toEqual({ 0: 90 }); // ⌊10 × 0.475⌋ = 4 letters a line → 3 lines of 30 pt
  });

  it("raises wrapped rows only, never lowers a set height", () => {
    const s = sheet();
    fitWrappedRows(s);
    expect(s.rowHeights).toEqual({ 0: 60, 4: 50 });
  });
});
