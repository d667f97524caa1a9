import { FakeExcel } from "../fakes/fake-excel";
import { portOn } from "./port-kit";

describe("readWorkbook", () => {
  it("reads every sheet in 3 requests (list, sizes, values), at absolute coordinates, with errors and blanks mapped", async () => {
    const fake = new FakeExcel(["BaoCao"]);
    // Used range C3:E4 (offset), with an error, a blank, a formula's cached result and a boolean.
    fake.seed("BaoCao", "C3", [
      ["Mã", null, { error: "#DIV/0!" }],
      [12.5, { formula: "C4*2", value: 25 }, true],
    ]);
    fake.seed("_meta", "A1", [["format", "bdg-report"]]);
    fake.sheet("_meta").visibility = "VeryHidden";
    // A text cell that merely looks like an error stays text.
    fake.seed("Notes", "B2", [["#N/A"]]);
    const { port } = portOn(fake);

    const grid = await port.readWorkbook();

    expect(fake.syncs).toBe(3);
    expect(grid.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["BaoCao", "visible"],
      ["_meta", "veryHidden"],
      ["Notes", "visible"],
    ]);
    const report = grid.sheets[0];
    expect(report.rows[2]).toEqual([null, null, "Mã", null, { error: "#DIV/0!" }]);
    expect(report.rows[3]).toEqual([null, null, 12.5, 25, true]);
    expect(report.rows[0]).toEqual([]);
    expect(grid.sheets[1].rows).toEqual([["format", "bdg-report"]]);
    expect(grid.sheets[2].rows[1]).toEqual([null, "#N/A"]);
  });

  it("returns no rows for an empty sheet", async () => {
    const fake = new FakeExcel(["Sheet1"]);
    const { port } = portOn(fake);
    const grid = await port.readWorkbook();
    expect(grid.sheets).toEqual([{ name: "Sheet1", visibility: "visible", rows: [] }]);
  });
});
