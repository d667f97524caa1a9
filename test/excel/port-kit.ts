// A WorkbookPort over the fake Excel, for the adapter tests, at any ExcelApi level.
import { buildForm } from "../../src/core/form";
import { defaultPlan } from "../../src/core/plan";
import { createWorkbookPort } from "../../src/excel";
import { FEATURES, type FeatureId } from "../../src/excel/features";
import { FakeExcel, FakeSettings } from "../fakes/fake-excel";
import { apiTable } from "../fakes/fake-excel/api-sets";

/** The newest ExcelApi in Microsoft's typings. */
export const LATEST = `1.${apiTable().latest}`;
/**
 * The levels every adapter and use-case suite runs at: Office 2016 (1.1), the first with
 * *OrNullObject (1.4), data validation (1.8), insertWorksheetsFromBase64 (1.13), the latest.
 */
export const LEVELS = ["1.1", "1.4", "1.8", "1.13", LATEST] as const;

export const minorOf = (version: string) => Number(version.split(".")[1]);
/** What the adapter's feature table promises at this level (the fake refuses anything above it). */
export const levelHas = (version: string, feature: FeatureId) => minorOf(version) >= FEATURES[feature].needs;

export function portOn(fake: FakeExcel, options: { maxRequestBytes?: number; settings?: FakeSettings; now?: () => number } = {}) {
  const settings = options.settings ?? new FakeSettings();
  const sleeps: number[] = [];
  const port = createWorkbookPort({
    run: fake.run,
    runInContext: fake.runInContext,
    isSetSupported: fake.isSetSupported,
    settings,
    sleep: async (ms) => void sleeps.push(ms),
    maxRequestBytes: options.maxRequestBytes,
    now: options.now,
  });
  return { port, settings, sleeps };
}

export function builtForm() {
  const built = buildForm(defaultPlan, "X_VINH_THAI", "2024-Y", "bdg-test 0.0.0");
  if (!built.ok) throw new Error(built.message);
  return built.form;
}

/**
 * A workbook with "Sheet1" and the installed form (BaoCao active, both protected), counters reset,
 * and a port at `level`. Below the level install needs, the form was made elsewhere (a form file
 * from `bdg template` opened in this Excel): it is written by a port at the latest level first.
 */
export async function installedForm(sheets: string[] = ["Sheet1"], level = "1.13") {
  const form = builtForm();
  const fake = new FakeExcel(sheets);
  fake.apiVersion = LATEST;
  const settings = new FakeSettings();
  await portOn(fake, { settings }).port.writeSheets(form.workbook);
  await fake.eventsDelivered(); // the install's own change events belong to the set-up
  fake.apiVersion = level;
  const kit = portOn(fake, { settings });
  fake.resetCounters();
  return { fake, ...kit, form };
}
