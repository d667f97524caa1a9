import type { CellValue, WorkbookGrid } from "../../../src/core/grid";
import { metaTable } from "../../../src/core/ports";

const withMeta = (rows: CellValue[][], name = "_meta"): WorkbookGrid => ({
  sheets: [
    { name: "BaoCao", visibility: "visible", rows: [["unit", "not meta"]] },
    { name, visibility: "veryHidden", rows },
  ],
});

describe("metaTable", () => {
  it.each<[string, WorkbookGrid, Record<string, string>, [string, string][]]>([
    ["no _meta: the updates, in order", { sheets: [] }, { unit: "X", period: "2024-Y" }, [["unit", "X"], ["period", "2024-Y"]]],
    [
      "existing keys updated in place, new keys appended",
      withMeta([["format", "bdg-report"], ["report_date", ""], ["unit", "X"]]),
      { report_date: "2024-12-09", submitted_at: "2024-12-09T10:00:00+07:00" },
      [["format", "bdg-report"], ["report_date", "2024-12-09"], ["unit", "X"], ["submitted_at", "2024-12-09T10:00:00+07:00"]],
    ],
    [
      "keys matched trimmed and case-insensitively, like the reader; the sheet name too",
      withMeta([[" Report_Date ", "old"]], "_META"),
      { report_date: "new" },
      [["Report_Date", "new"]],
    ],
    [
      "blank keys and repeated keys dropped (readers take the first row of a key)",
      withMeta([["unit", "A"], [null, "orphan"], [], ["unit", "B"], ["period", null]]),
      {},
      [["unit", "A"], ["period", ""]],
    ],
    [
      "non-text cells as text",
      withMeta([["format_version", 1], ["flag", true], ["bad", { error: "#REF!" }]]),
      {},
      [["format_version", "1"], ["flag", "true"], ["bad", "#REF!"]],
    ],
  ])("%s", (_name, grid, updates, want) => {
    expect(metaTable(grid, updates)).toEqual(want);
  });

  it("does not change the grid it was given", () => {
    const grid = withMeta([["unit", "X"]]);
    const copy = structuredClone(grid);
    metaTable(grid, { unit: "Y" });
    expect(grid).toEqual(copy);
  });
});
