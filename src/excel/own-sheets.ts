// Which sheets bdg wrote, remembered in the workbook's settings (Office.context.document.settings,
// saved inside the file) by worksheet id: an id stays with its sheet through a rename, and a
// sheet the officer makes later under the same name has another id. The summary is then written
// over a sheet of that name only when bdg wrote it, or when the officer agreed.
import type { WorkbookSettings } from "./deps";
import { readSetting, writeSetting } from "./settings";

export const OWN_SHEETS_SETTING = "bdg.ownSheets";

interface Owned {
  id: string;
  name: string;
}

export function ownSheetIds(settings: WorkbookSettings): Set<string> {
  const text = readSetting(settings, OWN_SHEETS_SETTING);
  if (!text) return new Set();
  try {
    const parsed: unknown = JSON.parse(text);
    return new Set(Array.isArray(parsed) ? parsed.filter((o): o is Owned => typeof o?.id === "string").map((o) => o.id) : []);
  } catch {
    return new Set();
  }
}

/** Adds these sheets to the remembered list (ids without a value, e.g. not loaded, are skipped). */
export async function rememberOwnSheets(settings: WorkbookSettings, sheets: readonly Owned[]): Promise<void> {
  const text = readSetting(settings, OWN_SHEETS_SETTING);
  let list: Owned[] = [];
  try {
    const parsed: unknown = text ? JSON.parse(text) : [];
    if (Array.isArray(parsed)) list = parsed.filter((o): o is Owned => typeof o?.id === "string");
  } catch {
    list = [];
  }
  const byId = new Map(list.map((o) => [o.id, o]));
  for (const s of sheets) if (s.id) byId.set(s.id, { id: s.id, name: s.name });
  await writeSetting(settings, OWN_SHEETS_SETTING, JSON.stringify([...byId.values()]));
}
