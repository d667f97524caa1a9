import { INPUT_FILL } from "../../src/core/form";
import { ERROR_FILL, MARKS_SETTING } from "../../src/excel";
import { FakeExcel } from "../fakes/fake-excel";
import { installedForm, portOn } from "./port-kit";

const INPUT = `#${INPUT_FILL}`;

async function formWithThreeCells() {
  const kit = await installedForm();
  const [a, b, c] = Object.values(kit.form.inputCells).map((x) => x.address);
  const fillOf = (addr: string) => kit.fake.cell("BaoCao", addr.split("!")[1])?.format.fill ?? null;
  return { ...kit, a, b, c, fills: () => [fillOf(a), fillOf(b), fillOf(c)] };
}

describe("markErrorCells with restoreFill", () => {
  it("marks, moves and clears the highlight in 1 request each after a read, on the protected form", async () => {
    const { fake, port, settings, a, b, c, fills } = await formWithThreeCells();
    expect(fills()).toEqual([INPUT, INPUT, INPUT]);
    await port.readForm();

    fake.resetCounters();
    await port.markErrorCells([a, b], INPUT_FILL);
    expect(fake.syncs).toBe(1);
    expect(fills()).toEqual([ERROR_FILL, ERROR_FILL, INPUT]);
    expect(fake.sheet("BaoCao").protected).toBe(true);
    expect(JSON.parse(String(settings.saved.get(MARKS_SETTING)))).toEqual([
      { address: a, fill: INPUT },
      { address: b, fill: INPUT },
    ]);

    fake.resetCounters();
    await port.markErrorCells([b, c], INPUT_FILL);
    expect(fake.syncs).toBe(1);
    expect(fills()).toEqual([INPUT, ERROR_FILL, ERROR_FILL]);

    fake.resetCounters();
    await port.markErrorCells([], INPUT_FILL);
    expect(fake.syncs).toBe(1);
    expect(fills()).toEqual([INPUT, INPUT, INPUT]);
    expect(fake.sheet("BaoCao").protected).toBe(true);

    fake.resetCounters();
    await port.markErrorCells([], INPUT_FILL);
    expect(fake.syncs).toBe(0);
  });

  it("reads no fill: a cell painted by hand gets the given fill back", async () => {
    const { fake, port, a, fills } = await formWithThreeCells();
    fake.cell("BaoCao", a.split("!")[1])!.format.fill = "#00FF00";
    await port.readForm();
    await port.markErrorCells([a], INPUT_FILL);
    await port.markErrorCells([], INPUT_FILL);
    expect(fills()[0]).toBe(INPUT);
  });

  it.each([
    [null, null],
    ["#ffffff", null],
    ["fff9e1", "#FFF9E1"],
  ])("restoreFill %j gives back fill %j", async (restoreFill, want) => {
    const fake = new FakeExcel(["S"]);
    const { port } = portOn(fake);
    await port.readForm();
    await port.markErrorCells(["S!B2"], restoreFill);
    expect(fake.cell("S", "B2")?.format.fill).toBe(ERROR_FILL);
    await port.markErrorCells([], restoreFill);
    expect(fake.cell("S", "B2")?.format.fill).toBe(want);
  });

  it("leaves an unprotected sheet unprotected", async () => {
    const fake = new FakeExcel(["S"]);
    const { port } = portOn(fake);
    await port.readForm();
    await port.markErrorCells(["S!B2"], null);
    expect(fake.sheet("S").protected).toBe(false);
  });

  it("reads the sheet list itself (2 requests) when no read came first", async () => {
    const { fake, settings, a } = await formWithThreeCells();
    const fresh = portOn(fake, { settings }).port;
    await fresh.markErrorCells([a], INPUT_FILL);
    expect(fake.syncs).toBe(2);
    expect(fake.sheet("BaoCao").protected).toBe(true);
  });

  it("redoes the request with a fresh list when a sheet was protected by hand since the read", async () => {
    const fake = new FakeExcel(["S"]);
    const { port } = portOn(fake);
    await port.readForm();
    fake.sheet("S").protected = true;
    fake.resetCounters();

    await port.markErrorCells(["S!B2"], null);

    expect(fake.syncs).toBe(3);
    expect(fake.cell("S", "B2")?.format.fill).toBe(ERROR_FILL);
    expect(fake.sheet("S").protected).toBe(true);
  });

  it("redoes the request with a fresh list when a marked sheet was deleted since the read, skipping it", async () => {
    const fake = new FakeExcel(["S", "T"]);
    const { port } = portOn(fake);
    await port.readForm();
    await port.markErrorCells(["S!A1", "T!A1"], null);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("T").delete();
      await context.sync();
    });
    fake.resetCounters();

    await port.markErrorCells([], null);

    expect(fake.syncs).toBe(3);
    expect(fake.cell("S", "A1")?.format.fill).toBeNull();
    expect(fake.sheetNames()).toEqual(["S"]);
  });
});
