// Which plan is in use: the built-in Vĩnh Linh 2024 plan, unless the user loaded a plan file;
// the choice is remembered in the workbook (settings). A bad plan file is reported precisely
// and never replaces the plan in use.
import { defaultPlan, parsePlanText, type Plan, type PlanError } from "../core/plan";
import { SETTING_KEYS } from "./settings-keys";

/** The settings half of the WorkbookPort (file mode backs it with the browser's storage). */
export interface SettingsStore {
  getSetting(key: string): Promise<string | null>;
  setSetting(key: string, value: string): Promise<void>;
}

export interface PlanChoice {
  plan: Plan;
  /** null = the built-in plan. */
  fileName: string | null;
  /** A remembered plan that no longer parses falls back to the built-in one, with its errors. */
  errors: PlanError[];
}

export async function loadPlanChoice(store: SettingsStore): Promise<PlanChoice> {
  const text = await store.getSetting(SETTING_KEYS.planJson);
  if (!text) return { plan: defaultPlan, fileName: null, errors: [] };
  const parsed = parsePlanText(text);
  if (!parsed.ok) return { plan: defaultPlan, fileName: null, errors: parsed.errors };
  return { plan: parsed.plan, fileName: await store.getSetting(SETTING_KEYS.planFile), errors: [] };
}

export type PlanFileOutcome = { ok: true; choice: PlanChoice } | { ok: false; errors: PlanError[] };

/** Parse a picked plan file; remember it only when it is valid. */
export async function choosePlanFile(store: SettingsStore, fileName: string, text: string): Promise<PlanFileOutcome> {
  const parsed = parsePlanText(text);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  await store.setSetting(SETTING_KEYS.planJson, text);
  await store.setSetting(SETTING_KEYS.planFile, fileName);
  return { ok: true, choice: { plan: parsed.plan, fileName, errors: [] } };
}

/** Back to the built-in plan. */
export async function useDefaultPlan(store: SettingsStore): Promise<PlanChoice> {
  await store.setSetting(SETTING_KEYS.planJson, "");
  await store.setSetting(SETTING_KEYS.planFile, "");
  return { plan: defaultPlan, fileName: null, errors: [] };
}
