import { FakeExcel } from "../fakes/fake-excel";
import { LEVELS, portOn } from "./port-kit";

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

describe.each(LEVELS)("readWorkbook on ExcelApi %s", (level) => {
  it("splits the values under the response cap, even when long texts beat the estimate", async () => {
    const fake = new FakeExcel(["Notes", "Small"]);
    fake.apiVersion = level;
    fake.payloadLimitBytes = 60_000;
    const long = "Ý kiến của đơn vị về công tác bình đẳng giới ".repeat(8);
    const rows = Array.from({ length: 300 }, (_, r) => [`${r}: ${long}`, r, r % 7 === 0 ? null : "x"]);
    fake.seed("Notes", "B3", rows);
    fake.seed("Small", "A1", [["a", 1]]);
    const { port } = portOn(fake, { maxRequestBytes: 50_000 });

    const grid = await port.readWorkbook();

    const notes = grid.sheets[0].rows;
    expect(notes.length).toBe(302);
    rows.forEach((row, r) => expect(notes[r + 2]).toEqual([null, ...row]));
    expect(grid.sheets[1].rows).toEqual([["a", 1]]);
    // every request that went through stayed under the cap; some came back too large and were split
    const answered = fake.requests.filter((q) => q.responseBytes <= fake.payloadLimitBytes);
    expect(answered.length).toBeGreaterThan(3);
    expect(fake.requests.some((q) => q.responseBytes > fake.payloadLimitBytes)).toBe(true);
  });

  it("an empty sheet has no rows (before 1.4 its used range is A1, empty)", async () => {
    const fake = new FakeExcel(["Sheet1"]);
    fake.apiVersion = level;
    const grid = await portOn(fake).port.readWorkbook();
    expect(grid.sheets[0].rows.flat().filter((v) => v !== null)).toEqual([]);
  });
});
