// The use cases end to end on the Office adapter (src/excel) over the sync-counting fake Excel:
// the round-trip budgets, counted by the fake that enforces load-before-read.
import { withValues } from "../../src/core/form";
import { defaultPlan } from "../../src/core/plan";
import { consolidateFiles, finalizeForm, installForm, validateActiveForm, writeSummary } from "../../src/usecases";
import { FakeExcel } from "../fakes/fake-excel";
import { formOf, validValues } from "./form-values";
import { portOn } from "../excel/port-kit";


describe("use cases on the Office adapter and the fake Excel", () => {
  it("install ≤ 3 syncs, again over the form ≤ 3 keeping the typed value", async () => {
    const fake = new FakeExcel(["Sheet1"]);
    const port = portOn(fake).port;
    const first = await installForm(port, defaultPlan, "X_VINH_THAI", "2024-Y", { confirmReplace: false });
    expect(first.kind).toBe("installed");
    expect(fake.syncs).toBeLessThanOrEqual(3);

    const form = formOf("X_VINH_THAI", "2024-Y");
    await port.writeSheets(withValues(form, { TT01: 42 }));
    fake.resetCounters();
    const again = await installForm(port, defaultPlan, "X_VINH_THAI", "2024-Y", { confirmReplace: true });
    expect(again).toMatchObject({ kind: "installed", keptValues: 1 });
    expect(fake.syncs).toBeLessThanOrEqual(3);
    expect(fake.cell("BaoCao", form.inputCells["TT01"].address.split("!")[1])?.value).toBe(42);
  });

  it("validate ≤ 2 syncs and finalize ≤ 2 syncs", async () => {
    const fake = new FakeExcel(["Sheet1"]);
    const port = portOn(fake).port;
    const form = formOf("P_YTE", "2024-Y");
    await port.writeSheets(withValues(form, { ...validValues(form), CL04: 10, "CL04.NU": 11 }));

    fake.resetCounters();
    const checked = await validateActiveForm(port, defaultPlan);
    expect(checked.kind === "checked" && checked.forms[0].errors).toBe(1);
    expect(fake.syncs).toBeLessThanOrEqual(2);

    fake.resetCounters();
    expect((await finalizeForm(port, defaultPlan, "2024-12-09T08:30:00Z")).kind).toBe("refused");
    expect(fake.syncs).toBeLessThanOrEqual(2);

    await port.writeSheets(withValues(form, validValues(form)));
    fake.resetCounters();
    const done = await finalizeForm(port, defaultPlan, "2024-12-09T08:30:00Z");
    expect(done).toMatchObject({ kind: "finalized", submittedAt: "2024-12-09T15:30:00+07:00" });
    expect(fake.syncs).toBeLessThanOrEqual(2);
    const after = await port.readForm();
    const meta = after.sheets.find((s) => s.name === "_meta");
    expect(meta?.rows.find((r) => r[0] === "submitted_at")?.[1]).toBe("2024-12-09T15:30:00+07:00");
  });

  it("consolidates the open workbook's form, writes the summary in ≤ 3 syncs, and unit text starting with = stays text", async () => {
    const fake = new FakeExcel(["Sheet1"]);
    const port = portOn(fake).port;
    const form = formOf("X_VINH_THAI", "2024-Y");
    await port.writeSheets(withValues(form, { ...validValues(form), NX01: "=1+1", NX02: "@SUM(A1)" }, "2024-12-09"));
    const summary = await consolidateFiles({
      plan: defaultPlan,
      periodCode: "2024-Y",
      asOf: "2024-12-15",
      files: [],
      openWorkbook: await port.readWorkbook(),
    });
    expect(summary.units.find((u) => u.unit === "X_VINH_THAI")?.status).toBe("on_time");

    fake.resetCounters();
    const report = await writeSummary(port, defaultPlan, summary);
    expect(fake.syncs).toBeLessThanOrEqual(3);
    const written = report.sheets.flatMap((name) => [...fake.sheet(name).cells.values()]);
    const injected = written.filter((c) => c.value === "=1+1" || c.value === "@SUM(A1)");
    expect(injected.length).toBeGreaterThanOrEqual(2);
    for (const cell of injected) expect(cell.formula).toBeUndefined();
    expect(written.some((c) => c.formula?.includes("1+1") || c.formula?.includes("SUM(A1)"))).toBe(false);
  });
});
