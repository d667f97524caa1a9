// Reading only some sheets (readXlsxWith's `wanted`): bdg tells its own summary by `_meta` alone,
// and a summary of thousands of forms has more cells than the reader's limit allows in one sheet.
// The sheets not wanted come back by name with no rows, and their parts are never inflated.
import { readXlsxWith } from "../../../src/xlsx/read/read-xlsx";
import { CODECS } from "./codecs";
import { handBuiltParts, zipParts } from "./hand-built-package";

const row = (r: number) => `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}"><v>${r * 2}</v></c></row>`;
const big = Array.from({ length: 50 }, (_, i) => row(i + 1)).join("");
const meta = `<row r="1"><c r="A1" t="inlineStr"><is><t>format</t></is></c><c r="B1" t="inlineStr"><is><t>bdg-summary</t></is></c></row>`;
const parts = handBuiltParts({ sheets: [{ name: "TongHop", rows: big }, { name: "_meta", rows: meta }] });
const LIMITS = { maxCellsPerSheet: 10 };
const onlyMeta = (name: string) => name === "_meta";

describe.each(CODECS)("codec %s", (_name, codec) => {
  it("reads every sheet by default: the big sheet is past the cell limit", () => {
    const read = readXlsxWith(codec, zipParts(parts), LIMITS);
    expect(read.ok ? "ok" : read.reason).toBe("too_many_cells");
  });

  it.each<[string, Record<string, Uint8Array>]>([
    ["the big sheet past the cell limit", parts],
    ["the big sheet's part damaged", { ...parts, "xl/worksheets/sheet1.xml": new TextEncoder().encode("<worksheet><sheetData><row") }],
  ])("reads only the wanted sheet, whatever the others hold: %s", (_case, variant) => {
    const read = readXlsxWith(codec, zipParts(variant), LIMITS, onlyMeta);
    if (!read.ok) throw new Error(read.message);
    expect(read.workbook.sheets).toEqual([
      { name: "TongHop", visibility: "visible", rows: [] },
      { name: "_meta", visibility: "visible", rows: [["format", "bdg-summary"]] },
    ]);
  });

  it("still refuses a damaged package whatever is wanted", () => {
    const bytes = zipParts(parts);
    const cut = bytes.subarray(0, bytes.length - 30);
    expect(readXlsxWith(codec, cut, LIMITS, onlyMeta).ok).toBe(false);
  });
});
