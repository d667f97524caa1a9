// A WorkbookPort over the fake Excel, for the adapter tests.
import { createWorkbookPort } from "../../src/excel";
import { FakeExcel, FakeSettings } from "../fakes/fake-excel";

export function portOn(fake: FakeExcel, options: { maxRequestBytes?: number } = {}) {
  const settings = new FakeSettings();
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
