import { fitWrappedRows, wrappedLineCount, type SheetModel } from "../../../src/core/sheet";

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

  it("raises wrapped rows only, never lowers a set height", () => {
    const s = sheet();
    fitWrappedRows(s);
    expect(s.rowHeights).toEqual({ 0: 60, 4: 50 });
  });
});
