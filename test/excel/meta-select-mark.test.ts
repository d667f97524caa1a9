import { INPUT_FILL } from "../../src/core/form";
import { metaTable } from "../../src/core/ports";
import { ERROR_FILL, MARKS_SETTING } from "../../src/excel";
import { FakeExcel } from "../fakes/fake-excel";
import { installedForm, portOn } from "./port-kit";

describe("writeMeta with the table read and merged (metaTable)", () => {
  it("updates existing keys and appends missing ones in readForm + 1 request, as text, re-protecting _meta", async () => {
    const { fake, port, form } = await installedForm();
    const submittedRow = form.metaRows["submitted_at"] + 1;

    fake.resetCounters();
    const grid = await port.readForm();
    await port.writeMeta(metaTable(grid, { submitted_at: "2024-12-09T10:00:00+07:00", report_date: "2024-12-09", extra_key: "007" }));

    expect(fake.syncs).toBe(2);
    expect(fake.cell("_meta", `B${submittedRow}`)?.value).toBe("2024-12-09T10:00:00+07:00");
    expect(fake.cell("_meta", `B${form.metaRows["report_date"] + 1}`)?.value).toBe("2024-12-09");
    const last = Object.keys(form.metaRows).length + 1;
    expect(fake.cell("_meta", `A${last}`)?.value).toBe("extra_key");
    expect(fake.cell("_meta", `B${last}`)?.value).toBe("007");
    // Untouched keys stay.
    expect(fake.cell("_meta", "A1")?.value).toBe("format");
    expect(fake.sheet("_meta").protected).toBe(true);
    expect(fake.sheet("_meta").visibility).toBe("VeryHidden");
  });
});

describe("selectCell", () => {
  it("activates the sheet and selects the cell in 1 request", async () => {
    const { fake, port } = await installedForm();
    await port.writeSheets({ sheets: [{ name: "Khac", visibility: "visible", columnWidths: [], cells: [], merges: [], styles: {}, protect: false }] });
    expect(fake.activeSheet).toBe("Khac");
    fake.resetCounters();

    await port.selectCell("BaoCao!E25");

    expect(fake.syncs).toBe(1);
    expect(fake.activeSheet).toBe("BaoCao");
    expect(fake.selection).toEqual({ sheet: "BaoCao", address: "E25" });
  });

  it.each([
    ["Nope!A1", /Không tìm thấy trang tính "Nope"/],
    ["BaoCao", /không hợp lệ/],
  ])("says in Vietnamese what is wrong with %s", async (address, message) => {
    const { port } = await installedForm();
    await expect(port.selectCell(address)).rejects.toThrow(message);
  });
});

describe("markErrorCells: the fill given back", () => {
  it("highlights cells on the protected form, then clears the previous marks to the input fill they had", async () => {
    const { fake, port, settings, form } = await installedForm();
    const [a, b, c] = Object.values(form.inputCells).map((x) => x.address);
    const local = (addr: string) => addr.split("!")[1];
    const fillOf = (addr: string) => fake.cell("BaoCao", local(addr))?.format.fill ?? null;
    const before = { a: fillOf(a), b: fillOf(b), c: fillOf(c) };

    expect([before.a, before.b, before.c]).toEqual([`#${INPUT_FILL}`, `#${INPUT_FILL}`, `#${INPUT_FILL}`]);
    await port.markErrorCells([a, b], INPUT_FILL);
    expect([fillOf(a), fillOf(b), fillOf(c)]).toEqual([ERROR_FILL, ERROR_FILL, before.c]);
    expect(fake.sheet("BaoCao").protected).toBe(true);
    expect(JSON.parse(String(settings.saved.get(MARKS_SETTING))).map((m: { address: string }) => m.address)).toEqual([a, b]);

    fake.resetCounters();
    await port.markErrorCells([b, c], INPUT_FILL);
    expect(fake.syncs).toBeLessThanOrEqual(3);
    expect([fillOf(a), fillOf(b), fillOf(c)]).toEqual([before.a, ERROR_FILL, ERROR_FILL]);

    await port.markErrorCells([], INPUT_FILL);
    expect([fillOf(a), fillOf(b), fillOf(c)]).toEqual([before.a, before.b, before.c]);
    expect(fake.sheet("BaoCao").protected).toBe(true);
  });

  it("restores a coloured fill exactly", async () => {
    const fake = new FakeExcel(["S"]);
    fake.seed("S", "B2", [[1]]);
    fake.cell("S", "B2")!.format.fill = "#FFFF00";
    const { port } = portOn(fake);
    await port.markErrorCells(["S!B2"], "ffff00");
    expect(fake.cell("S", "B2")?.format.fill).toBe(ERROR_FILL);
    await port.markErrorCells([], "ffff00");
    expect(fake.cell("S", "B2")?.format.fill).toBe("#FFFF00");
  });

  it("ignores addresses on sheets that no longer exist", async () => {
    const fake = new FakeExcel(["S"]);
    const { port } = portOn(fake);
    await expect(port.markErrorCells(["Gone!A1", "S!A1"], null)).resolves.toBeUndefined();
    expect(fake.cell("S", "A1")?.format.fill).toBe(ERROR_FILL);
  });
});
