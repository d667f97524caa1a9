import { FakeExcel } from "../fakes/fake-excel";
import { installedForm, portOn } from "./port-kit";

const names = (grid: { sheets: { name: string }[] }) => grid.sheets.map((s) => s.name);

describe("readForm", () => {
  it("reads BaoCao and _meta (BaoCao active: once) in 1 request, with the same rows as readWorkbook", async () => {
    const { fake, port } = await installedForm(["Sheet1", "Notes"]);
    fake.seed("Sheet1", "A1", [["not a form"]]);

    const grid = await port.readForm();
    expect(fake.syncs).toBe(1);
    expect(fake.activeSheet).toBe("BaoCao");
    expect(grid.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["BaoCao", "visible"],
      ["_meta", "veryHidden"],
    ]);

    const all = await port.readWorkbook();
    expect(grid.sheets).toEqual(all.sheets.filter((s) => s.name === "BaoCao" || s.name === "_meta"));
    expect(grid.sheets[0].rows.length).toBeGreaterThan(20);
  });

  it("adds the active sheet (a form under another name), in workbook order", async () => {
    const fake = new FakeExcel(["Copy", "BaoCao", "Notes"]);
    fake.seed("Copy", "C3", [["Mã", 12]]);
    fake.seed("BaoCao", "A1", [["x"]]);
    fake.seed("Notes", "A1", [["left out"]]);
    fake.seed("_meta", "A1", [["format", "bdg-report"]]);
    fake.sheet("_meta").visibility = "VeryHidden";
    const { port } = portOn(fake);
    expect(fake.activeSheet).toBe("Copy");

    const grid = await port.readForm();

    expect(fake.syncs).toBe(1);
    expect(names(grid)).toEqual(["Copy", "BaoCao", "_meta"]);
    expect(grid.sheets[0].rows[2]).toEqual([null, null, "Mã", 12]);
    expect(grid.sheets[2].rows).toEqual([["format", "bdg-report"]]);
  });

  it.each([
    ["a workbook without the form: the active sheet only", ["Sheet1", "Sheet2"], ["Sheet1"]],
    ["sheet names compared like Excel (case-insensitive), real name kept", ["baocao"], ["baocao"]],
  ])("%s, 1 request", async (_name, sheets, want) => {
    const fake = new FakeExcel(sheets);
    const { port } = portOn(fake);
    const grid = await port.readForm();
    expect(fake.syncs).toBe(1);
    expect(names(grid)).toEqual(want);
  });

  it("an empty active sheet has no rows", async () => {
    const fake = new FakeExcel(["Sheet1"]);
    const grid = await portOn(fake).port.readForm();
    expect(grid.sheets).toEqual([{ name: "Sheet1", visibility: "visible", rows: [] }]);
  });

  it("falls back to list-then-read on a host that refuses ranges of a missing sheet, with the same answer", async () => {
    const fake = new FakeExcel(["Sheet1"]);
    fake.seed("Sheet1", "B2", [[5]]);
    fake.nullObjectChaining = "throw";
    const { port } = portOn(fake);

    const grid = await port.readForm();

    // 1 refused + list + ranges.
    expect(fake.syncs).toBe(3);
    expect(grid.sheets).toEqual([{ name: "Sheet1", visibility: "visible", rows: [[], [null, 5]] }]);
  });

  it("needs no fallback on such a host when the form is there (no null objects): 1 request", async () => {
    const { fake, port } = await installedForm();
    fake.nullObjectChaining = "throw";
    const grid = await port.readForm();
    expect(fake.syncs).toBe(1);
    expect(names(grid)).toEqual(["BaoCao", "_meta"]);
  });

  it("retries in cell-edit mode without falling back", async () => {
    const { fake, port, sleeps } = await installedForm();
    fake.editModeFailures = 1;
    const grid = await port.readForm();
    expect(sleeps).toHaveLength(1);
    // The failed attempt + one good request.
    expect(fake.syncs).toBe(2);
    expect(names(grid)).toEqual(["BaoCao", "_meta"]);
  });
});
