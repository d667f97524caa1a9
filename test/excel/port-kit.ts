// A WorkbookPort over the fake Excel, for the adapter tests.
import { buildForm } from "../../src/core/form";
import { defaultPlan } from "../../src/core/plan";
import { createWorkbookPort } from "../../src/excel";
import { FakeExcel, FakeSettings } from "../fakes/fake-excel";

export function portOn(fake: FakeExcel, options: { maxRequestBytes?: number; settings?: FakeSettings } = {}) {
  const settings = options.settings ?? new FakeSettings();
  const sleeps: number[] = [];
  const port = createWorkbookPort({
    run: fake.run,
    runInContext: fake.runInContext,
    isSetSupported: fake.isSetSupported,
    settings,
    sleep: async (ms) => void sleeps.push(ms),
    maxRequestBytes: options.maxRequestBytes,
  });
  return { port, settings, sleeps };
}

export function builtForm() {
  const built = buildForm(defaultPlan, "X_VINH_THAI", "2024-Y", "bdg-test 0.0.0");
  if (!built.ok) throw new Error(built.message);
  return built.form;
}

/** A workbook with "Sheet1" and the installed form (BaoCao active, both protected), counters reset. */
export async function installedForm(sheets: string[] = ["Sheet1"]) {
  const form = builtForm();
  const fake = new FakeExcel(sheets);
  const kit = portOn(fake);
  await kit.port.writeSheets(form.workbook);
  fake.resetCounters();
  return { fake, ...kit, form };
}
