// The use cases end to end on the Office adapter (src/excel) over the sync-counting fake Excel,
// at every ExcelApi level the product meets: each use case either works within its round-trip
// budget (one more sync before 1.4, where readForm needs two) or is refused in Vietnamese before
// touching the workbook, as the feature table says (the pane then offers its file-mode version).
import { withValues } from "../../src/core/form";
import { defaultPlan } from "../../src/core/plan";
import { consolidateFiles, finalizeForm, installForm, validateActiveForm, writeSummary } from "../../src/usecases";
import { FakeExcel } from "../fakes/fake-excel";
import { formOf, validValues } from "./form-values";
import { LATEST, LEVELS, levelHas, minorOf, portOn } from "../excel/port-kit";

/** A workbook holding `model` (written by an up-to-date Excel), then opened at `level`. */
async function bookAt(level: string, model: ReturnType<typeof withValues>) {
  const fake = new FakeExcel(["Sheet1"]);
  fake.apiVersion = LATEST;
  const settings = portOn(fake).settings;
  await portOn(fake, { settings }).port.writeSheets(model);
  await fake.eventsDelivered();
  fake.apiVersion = level;
  fake.resetCounters();
  return { fake, port: portOn(fake, { settings }).port };
}

describe.each(LEVELS)("use cases on the Office adapter at ExcelApi %s", (level) => {
  const extra = minorOf(level) >= 4 ? 0 : 1;

  it(levelHas(level, "install") ? "install ≤ 3 syncs, again over the form ≤ 3 keeping the typed value" : "install is refused before any request", async () => {
    const fake = new FakeExcel(["Sheet1"]);
    fake.apiVersion = level;
    const port = portOn(fake).port;
    if (!levelHas(level, "install")) {
      await expect(installForm(port, defaultPlan, "X_VINH_THAI", "2024-Y", { confirmReplace: false })).rejects.toThrow(/cần ExcelApi 1\.2/);
      expect(fake.sheetNames()).toEqual(["Sheet1"]);
      return;
    }
    const first = await installForm(port, defaultPlan, "X_VINH_THAI", "2024-Y", { confirmReplace: false });
    expect(first.kind).toBe("installed");
    expect(fake.syncs).toBeLessThanOrEqual(3 + extra);

    const form = formOf("X_VINH_THAI", "2024-Y");
    await port.writeSheets(withValues(form, { TT01: 42 }));
    fake.resetCounters();
    const again = await installForm(port, defaultPlan, "X_VINH_THAI", "2024-Y", { confirmReplace: true });
    expect(again).toMatchObject({ kind: "installed", keptValues: 1 });
    expect(fake.syncs).toBeLessThanOrEqual(3 + extra);
    expect(fake.cell("BaoCao", form.inputCells["TT01"].address.split("!")[1])?.value).toBe(42);
    expect(fake.calculationPending).toBe(false);
  });

  it("validate ≤ 2 syncs; finalize ≤ 2 syncs where Excel has it", async () => {
    const form = formOf("P_YTE", "2024-Y");
    const { fake, port } = await bookAt(level, withValues(form, { ...validValues(form), CL04: 10, "CL04.NU": 11 }));
    const checked = await validateActiveForm(port, defaultPlan);
    expect(checked.kind === "checked" && checked.forms[0].errors).toBe(1);
    expect(fake.syncs).toBeLessThanOrEqual(2 + extra);

    fake.resetCounters();
    expect((await finalizeForm(port, defaultPlan, "2024-12-09T08:30:00Z")).kind).toBe("refused");
    expect(fake.syncs).toBeLessThanOrEqual(2 + extra);

    const fixed = await bookAt(level, withValues(form, validValues(form)));
    if (!levelHas(level, "finalize")) {
      await expect(finalizeForm(fixed.port, defaultPlan, "2024-12-09T08:30:00Z")).rejects.toThrow(/Hoàn tất.*cần ExcelApi 1\.2/);
      return;
    }
    const done = await finalizeForm(fixed.port, defaultPlan, "2024-12-09T08:30:00Z");
    expect(done).toMatchObject({ kind: "finalized", submittedAt: "2024-12-09T15:30:00+07:00" });
    expect(fixed.fake.syncs).toBeLessThanOrEqual(2 + extra);
    const after = await fixed.port.readForm();
    const meta = after.sheets.find((s) => s.name === "_meta");
    expect(meta?.rows.find((r) => r[0] === "submitted_at")?.[1]).toBe("2024-12-09T15:30:00+07:00");
    expect(fixed.fake.sheet("_meta").protected).toBe(true);
  });

  it("consolidates the open workbook's form; writes the summary in ≤ 3 syncs where Excel can; unit text starting with = stays text", async () => {
    const form = formOf("X_VINH_THAI", "2024-Y");
    const { fake, port } = await bookAt(level, withValues(form, { ...validValues(form), NX01: "=1+1", NX02: "@SUM(A1)" }, "2024-12-09"));
    const summary = await consolidateFiles({ plan: defaultPlan, periodCode: "2024-Y", asOf: "2024-12-15", files: [], openWorkbook: await port.readWorkbook() });
    expect(summary.units.find((u) => u.unit === "X_VINH_THAI")?.status).toBe("on_time");

    fake.resetCounters();
    if (!levelHas(level, "writeSummary")) {
      await expect(writeSummary(port, defaultPlan, summary)).rejects.toThrow(/cần ExcelApi 1\.2/);
      return;
    }
    const outcome = await writeSummary(port, defaultPlan, summary);
    if (outcome.kind !== "written") throw new Error("no sheet of the officer's was in the way");
    expect(fake.syncs).toBeLessThanOrEqual(3);
    const written = outcome.report.sheets.flatMap((name) => [...fake.sheet(name).cells.values()]);
    const injected = written.filter((c) => c.value === "=1+1" || c.value === "@SUM(A1)");
    expect(injected.length).toBeGreaterThanOrEqual(2);
    for (const cell of injected) expect(cell.formula).toBeUndefined();
    expect(written.some((c) => c.formula?.includes("1+1") || c.formula?.includes("SUM(A1)"))).toBe(false);
    // the form's own `_meta` is untouched by the summary
    expect(fake.cell("_meta", "A1")?.value).toBe("format");
  });
});
