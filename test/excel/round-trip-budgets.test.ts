// The product's round-trip budgets (context.sync calls per use case): install ≤ 3, validate ≤ 2,
// finalize ≤ 2 — from ExcelApi 1.4, where readForm takes one request; before it readForm costs
// one more. Each case composes the port calls the use case makes, in its order, on the fake
// Excel (which counts every request and refuses any API above its level), at every level where
// the feature exists, and checks the core can work from what was read.
import { INPUT_FILL, REPORT_SHEET, withValues } from "../../src/core/form";
import { defaultPlan } from "../../src/core/plan";
import { metaTable } from "../../src/core/ports";
import { inspectWorkbook } from "../../src/core/rules";
import { ERROR_FILL } from "../../src/excel";
import { FakeExcel } from "../fakes/fake-excel";
import { LEVELS, builtForm, installedForm, levelHas, minorOf, portOn } from "./port-kit";

/** readForm's cost at this level. */
const read = (level: string) => (minorOf(level) >= 4 ? 1 : 2);

describe.each(LEVELS)("round-trip budgets on ExcelApi %s", (level) => {
  const installable = levelHas(level, "install");

  (installable ? it : it.skip)("install into a workbook without the form: readForm + writeSheets ≤ 3", async () => {
    const fake = new FakeExcel(["Sheet1"]);
    fake.apiVersion = level;
    const { port } = portOn(fake);

    const grid = await port.readForm();
    expect(grid.sheets.some((s) => s.name === REPORT_SHEET)).toBe(false);
    await port.writeSheets(builtForm().workbook);

    expect(fake.syncs).toBeLessThanOrEqual(read(level) + 2);
    if (read(level) === 1) expect(fake.syncs).toBeLessThanOrEqual(3);
    expect(fake.sheetNames()).toEqual(["Sheet1", "BaoCao", "_meta"]);
    expect(fake.calculationPending).toBe(false);
  });

  (installable ? it : it.skip)("re-install over the form, carrying a typed value: readForm + writeSheets ≤ 3", async () => {
    const { fake, port, form } = await installedForm(["Sheet1"], level);
    const code = Object.keys(form.inputCells)[0];
    const at = form.inputCells[code].address.split("!")[1];
    await port.writeSheets(withValues(form, { [code]: 42 }));
    fake.resetCounters();

    const grid = await port.readForm();
    const report = inspectWorkbook(defaultPlan, "open", null, grid);
    const sub = report.kind === "forms" ? report.forms[0].submission : undefined;
    expect(sub?.values[code]?.raw).toBe(42);
    await port.writeSheets(withValues(form, { [code]: 42 }));

    expect(fake.syncs).toBeLessThanOrEqual(read(level) + 2);
    expect(fake.cell("BaoCao", at)?.value).toBe(42);
  });

  it("validate: readForm + markErrorCells, every time (mark, move, clear)", async () => {
    const { fake, port, form } = await installedForm(["Sheet1"], level);
    const [a, b] = Object.values(form.inputCells).map((x) => x.address);
    for (const cells of [[a], [b], []]) {
      fake.resetCounters();
      const grid = await port.readForm();
      const report = inspectWorkbook(defaultPlan, "open", null, grid);
      expect(report.kind === "forms" && report.forms[0].submission.identifiedBy).toBe("meta");
      await port.markErrorCells(cells, INPUT_FILL);
      expect(fake.syncs).toBeLessThanOrEqual(read(level) + 1);
    }
    const painted = fake.cell("BaoCao", b.split("!")[1])?.format.fill;
    // Below 1.2 the protected form cannot be painted: the highlight is left out (the pane lists the errors).
    expect(painted).toBe(`#${INPUT_FILL}`);
    expect(fake.cell("BaoCao", a.split("!")[1])?.format.fill).not.toBe(ERROR_FILL);
  });

  (levelHas(level, "finalize") ? it : it.skip)("finalize: readForm + writeMeta(whole table), and the next read sees the stamp", async () => {
    const { fake, port } = await installedForm(["Sheet1"], level);

    const grid = await port.readForm();
    await port.writeMeta(metaTable(grid, { submitted_at: "2024-12-09T10:00:00+07:00", report_date: "2024-12-09" }));
    expect(fake.syncs).toBe(read(level) + 1);

    const after = await port.readForm();
    const report = inspectWorkbook(defaultPlan, "open", null, after);
    expect(report.kind === "forms" && report.forms[0].submission.reportDate).toBe("2024-12-09");
    expect(after.sheets.find((s) => s.name === "_meta")?.rows.find((r) => r[0] === "submitted_at")?.[1]).toBe(
      "2024-12-09T10:00:00+07:00",
    );
  });

  (levelHas(level, "finalize") ? it.skip : it)("finalize is refused in Vietnamese, before any request, where Excel lacks it", async () => {
    const { fake, port } = await installedForm(["Sheet1"], level);
    await expect(port.writeMeta([["submitted_at", "x"]])).rejects.toThrow(/Hoàn tất.*cần ExcelApi 1\.2/);
    expect(fake.syncs).toBe(0);
  });
});
