// The adapter against the fake's strict behaviours, at every level: reads where the old API
// lacks *OrNullObject, protection toggled only from the state read (office-js#6784), the 5 MB
// response cap on readForm, and Office errors reaching the pane in Vietnamese.
import { metaTable } from "../../src/core/ports";
import type { SheetModel } from "../../src/core/sheet";
import { FakeExcel } from "../fakes/fake-excel";
import { LEVELS, installedForm, levelHas, portOn } from "./port-kit";

describe.each(LEVELS)("on ExcelApi %s", (level) => {
  it("readForm gives BaoCao and _meta with the rows readWorkbook gives", async () => {
    const { port } = await installedForm(["Sheet1"], level);
    const grid = await port.readForm();
    expect(grid.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["BaoCao", "visible"],
      ["_meta", "veryHidden"],
    ]);
    const all = await port.readWorkbook();
    expect(grid.sheets).toEqual(all.sheets.filter((s) => s.name === "BaoCao" || s.name === "_meta"));
  });

  it("readForm of a huge active sheet falls back to reads split under the response cap", async () => {
    const { fake, port } = await installedForm(["Data"], level);
    fake.payloadLimitBytes = 200_000;
    fake.seed("Data", "A1", Array.from({ length: 800 }, (_, r) => [`Dòng số liệu thô ${r} `.repeat(6), r]));
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Data").activate();
      await context.sync();
    });
    const grid = await port.readForm();
    expect(grid.sheets.map((s) => s.name)).toEqual(["Data", "BaoCao", "_meta"]);
    expect(grid.sheets[0].rows[799]).toEqual([`Dòng số liệu thô 799 `.repeat(6), 799]);
  });

  (levelHas(level, "finalize") ? it : it.skip)("writeMeta after the officer unprotected _meta by hand: no unprotect of an unprotected sheet, stamped, protected again", async () => {
    const { fake, port } = await installedForm(["Sheet1"], level);
    const grid = await port.readForm();
    fake.sheet("_meta").protected = false; // by hand, after the read: the remembered state is stale
    await port.writeMeta(metaTable(grid, { submitted_at: "2024-12-09T10:00:00+07:00" }));
    expect(fake.sheet("_meta").protected).toBe(true);
    const after = await port.readForm();
    expect(after.sheets.find((s) => s.name === "_meta")?.rows.find((r) => r[0] === "submitted_at")?.[1]).toBe("2024-12-09T10:00:00+07:00");
  });

  (levelHas(level, "markErrors") ? it : it.skip)("marking errors on a sheet the officer protected by hand after the read still works", async () => {
    const { fake, port, form } = await installedForm(["Sheet1"], level);
    const [a] = Object.values(form.inputCells).map((x) => x.address);
    await port.readForm();
    fake.sheet("BaoCao").protected = false; // unprotected by hand: unprotect() would be refused
    await port.markErrorCells([a], "FFF9E1");
    expect(fake.cell("BaoCao", a.split("!")[1])?.format.fill).toBe("#FFC7CE");
    expect(fake.sheet("BaoCao").protected).toBe(false); // left as the officer set it
  });
});

describe("Office errors reach the officer in Vietnamese", () => {
  it("a refused sheet name: a Vietnamese sentence with Excel's code, no English", async () => {
    const fake = new FakeExcel(["Sheet1"]);
    const { port } = portOn(fake);
    const bad: SheetModel = { name: "Tổng/hợp", visibility: "visible", cells: [{ row: 0, col: 0, value: 1 }], merges: [], styles: {}, columnWidths: [], protect: false };
    const error = await port.writeSheets({ sheets: [bad] }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^Excel không nhận dữ liệu của thao tác .*Mã lỗi Excel: InvalidArgument/);
    expect((error as Error).message).not.toMatch(/invalid sheet name/);
  });

  it("an API this Excel lacks: ApiNotFound in Vietnamese", async () => {
    const fake = new FakeExcel(["Sheet1"]);
    fake.apiVersion = "1.6";
    const error = await fake
      .run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").freezePanes.freezeRows(1);
        await context.sync();
      })
      .catch((e: { code: string }) => e);
    expect(error).toMatchObject({ code: "ApiNotFound" });
  });
});
