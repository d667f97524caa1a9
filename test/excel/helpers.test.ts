import { toRectangles, unionChunks } from "../../src/excel/rectangles";
import { charactersToPoints, pointsToCharacters } from "../../src/excel/column-width";
import { needsTextFormat } from "../../src/excel/text-guard";
import { parseSheetAddress } from "../../src/excel/sheet-address";
import { cellBlocks } from "../../src/excel/cell-blocks";
import { sendWrites, write } from "../../src/excel/payload";

describe("toRectangles", () => {
  it.each([
    ["one cell", [[0, 0]], [{ top: 0, left: 0, bottom: 0, right: 0 }]],
    ["a row run", [[2, 1], [2, 2], [2, 3]], [{ top: 2, left: 1, bottom: 2, right: 3 }]],
    ["a block", [[0, 0], [0, 1], [1, 0], [1, 1]], [{ top: 0, left: 0, bottom: 1, right: 1 }]],
    ["a gap row splits", [[0, 0], [2, 0]], [{ top: 0, left: 0, bottom: 0, right: 0 }, { top: 2, left: 0, bottom: 2, right: 0 }]],
    ["an L shape", [[0, 0], [1, 0], [1, 1]], [{ top: 0, left: 0, bottom: 0, right: 0 }, { top: 1, left: 0, bottom: 1, right: 1 }]],
  ])("%s", (_name, cells, want) => {
    expect(toRectangles(cells.map(([row, col]) => ({ row, col })))).toEqual(want);
  });

  it("chunks union addresses under a length", () => {
    expect(unionChunks(["A1:B2", "C3", "D4:E5"], 9)).toEqual(["A1:B2,C3", "D4:E5"]);
  });
});

describe("text guard (formula injection and coercion)", () => {
  it.each([
    ["=1+1", true], ["+1", true], ["-2+3", true], ["@SUM(A1)", true], ["=cmd|' /C calc'!A0", true],
    ["007", true], ["1/2", true], ["TRUE", true], ["10%", true],
    ["'=1+1", true], ["'Xã Vĩnh Thủy", true], [" =1+1", true], ["\t=1+1", true], ["\r\n+1", true],
    ["＝1+1", true], ["＋1", true], ["－1", true], ["＠SUM(A1)", true],
    ["Xã Vĩnh Thái", false], ["", false], ["Có", false], ["a=b", false],
  ])("%j needs Text format: %s", (value, want) => {
    expect(needsTextFormat(value)).toBe(want);
  });
  it.each([[5], [true], [null]])("non-strings never do (%j)", (v) => expect(needsTextFormat(v)).toBe(false));
});

describe("column widths", () => {
  it.each([
    [8.43, 48],
    [10, 56.25],
    [40, 213.75],
  ])("%f characters → %f points", (chars, points) => {
    expect(charactersToPoints(chars)).toBe(points);
    expect(pointsToCharacters(points)).toBeCloseTo(chars, 0);
  });
});

describe("parseSheetAddress", () => {
  it.each([
    ["BaoCao!E25", { sheet: "BaoCao", address: "E25" }],
    ["'Tổng hợp'!$A$1:C3", { sheet: "Tổng hợp", address: "A1:C3" }],
    ["'It''s'!B2", { sheet: "It's", address: "B2" }],
    ["E25", null],
    ["BaoCao!", null],
  ])("%s", (text, want) => expect(parseSheetAddress(text)).toEqual(want));
});

describe("cellBlocks", () => {
  it("makes one block per band of consecutive rows, with null holes and formulas apart", () => {
    const blocks = cellBlocks(
      {
        name: "S", visibility: "visible", columnWidths: [], merges: [], protect: false,
        styles: { n: { numFmt: "0.0" } },
        cells: [
          { row: 0, col: 0, value: "a" },
          { row: 1, col: 2, formula: "A1", style: "n" },
          { row: 5, col: 1, value: "=x" },
        ],
      },
      1_000_000,
    );
    expect(blocks.map((b) => [b.top, b.left, b.rows, b.cols])).toEqual([[0, 0, 2, 3], [5, 1, 1, 1]]);
    expect(blocks[0].values).toEqual([["a", null, null], [null, null, null]]);
    expect(blocks[0].formulas).toEqual([[null, null, null], [null, null, "=A1"]]);
    expect(blocks[0].numberFormat).toEqual([[null, null, null], [null, null, "0.0"]]);
    expect(blocks[1].numberFormat).toEqual([["@"]]);
  });
});

describe("sendWrites", () => {
  it("syncs only when the next write would pass the budget", async () => {
    let syncs = 0;
    const order: string[] = [];
    const context = { sync: async () => void (syncs++, order.push("sync")) };
    const w = (name: string) => ({ ...write(() => void order.push(name)), bytes: 400 });
    const n = await sendWrites(context, [w("a"), w("b"), w("c")], { maxBytes: 1000, startRequest: () => order.push("start") });
    expect(n).toBe(2);
    expect(syncs).toBe(2);
    expect(order).toEqual(["start", "a", "b", "sync", "start", "c", "sync"]);
  });
});
