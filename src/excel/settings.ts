// Settings saved inside the workbook file (Office.context.document.settings): chosen unit,
// period, plan JSON, and the cells currently marked as errors.
import type { WorkbookSettings } from "./deps";

export function readSetting(settings: WorkbookSettings, key: string): string | null {
  const value = settings.get(key);
  if (value === null || value === undefined) return null;
  return typeof value === "string" ? value : JSON.stringify(value);
}

export async function writeSetting(settings: WorkbookSettings, key: string, value: string): Promise<void> {
  settings.set(key, value);
  await settings.saveAsync();
}

/** Promisified Office.context.document.settings. */
export function officeSettings(settings: Office.Settings): WorkbookSettings {
  return {
    get: (key) => settings.get(key),
    set: (key, value) => settings.set(key, value),
    saveAsync: () =>
      new Promise<void>((resolve, reject) =>
        settings.saveAsync((result) =>
          result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(result.error),
        ),
      ),
  };
}
