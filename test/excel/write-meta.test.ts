import { INPUT_FILL } from "../../src/core/form";
import { metaTable } from "../../src/core/ports";
import { FakeExcel } from "../fakes/fake-excel";
import { builtForm, installedForm, portOn } from "./port-kit";

describe("writeMeta with the whole table (1 request)", () => {
  it("replaces _meta A1:B(n) with exactly these rows, as text, and protects _meta again", async () => {
    const { fake, port, form } = await installedForm();
    const grid = await port.readForm();
    fake.resetCounters();
    const pairs = metaTable(grid, {
      submitted_at: "2024-12-09T10:00:00+07:00",
      report_date: "2024-12-09",
      extra_key: "007",
      hostile: "=1+1",
    });

    await port.writeMeta(pairs);

    expect(fake.syncs).toBe(1);
    const table = pairs.map((_, r) => [fake.cell("_meta", `A${r + 1}`)?.value, fake.cell("_meta", `B${r + 1}`)?.value]);
    expect(table).toEqual(pairs);
    expect(fake.cell("_meta", `B${form.metaRows["submitted_at"] + 1}`)?.value).toBe("2024-12-09T10:00:00+07:00");
    const hostile = fake.cell("_meta", `B${pairs.length}`);
    expect({ value: hostile?.value, formula: hostile?.formula, numberFormat: hostile?.numberFormat }).toEqual({
      value: "=1+1",
      formula: undefined,
      numberFormat: "@",
    });
    expect(fake.sheet("_meta").protected).toBe(true);
    expect(fake.sheet("_meta").visibility).toBe("VeryHidden");
  });

  it("clears what was below the new table", async () => {
    const { fake, port } = await installedForm();
    fake.seed("_meta", "A40", [["stray", "x"]]);
    const before = await port.readForm();
    const rows = before.sheets.find((s) => s.name === "_meta")!.rows.length;
    expect(rows).toBe(40);

    await port.writeMeta([["format", "bdg-report"], ["unit", "X_VINH_THAI"]]);

    const after = await port.readForm();
    expect(after.sheets.find((s) => s.name === "_meta")!.rows).toEqual([
      ["format", "bdg-report"],
      ["unit", "X_VINH_THAI"],
    ]);
  });

  it("says in Vietnamese that the form is not installed when _meta is missing, and writes nothing", async () => {
    const fake = new FakeExcel(["Sheet1"]);
    const { port } = portOn(fake);
    await expect(port.writeMeta([["unit", "X"]])).rejects.toThrow(/chưa có trang _meta/);
    expect(fake.syncs).toBe(1);
    expect(fake.sheetNames()).toEqual(["Sheet1"]);
    expect(fake.sheet("Sheet1").cells.size).toBe(0);
  });

  it("refuses an empty table without a request", async () => {
    const { fake, port } = await installedForm();
    await expect(port.writeMeta([])).rejects.toThrow(/rỗng/);
    expect(fake.syncs).toBe(0);
    expect(fake.cell("_meta", "A1")?.value).toBe("format");
  });

  it("INPUT_FILL is the fill the form gives every input cell (what markErrorCells gives back)", () => {
    const form = builtForm();
    const sheet = form.workbook.sheets[0];
    const fills = new Set(
      Object.values(form.inputCells).map((ref) => {
        const cell = sheet.cells.find((c) => c.row === ref.row && c.col === ref.col);
        return cell?.style ? sheet.styles[cell.style]?.fill : undefined;
      }),
    );
    expect([...fills]).toEqual([INPUT_FILL]);
  });
});
