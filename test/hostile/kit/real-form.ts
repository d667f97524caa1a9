// Real filled forms, written by the product's own form writer (buildForm → withValues →
// writeWorkbook), with plausible values that pass every error rule. The bytes are made
// reproducible (pinned docProps dates, fixed zip times) so the corpus can be verified.
import { buildForm, withValues, type FormModel, type FormValue } from "../../../src/core/form";
import { defaultPlan, findIndicator, type Plan } from "../../../src/core/plan";
import type { WorkbookModel } from "../../../src/core/sheet";
import { writeWorkbook } from "../../../src/xlsx/write";
import { mulberry32, randomInt } from "./prng";
import { pinDocProps, unzipParts, type Parts } from "./zip-parts";

export const GENERATOR = "bdg-hostile-corpus 1";

export function formFor(unit: string, period: string, plan: Plan = defaultPlan): FormModel {
  const built = buildForm(plan, unit, period, GENERATOR);
  if (!built.ok) throw new Error(built.message);
  return built.form;
}

/**
 * Values for every input of `form` that break no error rule (docs/domain.md §4): parts are a third of
 * their whole, numerators half their denominators, money parts add up to the total.
 */
export function plausibleValues(form: FormModel, seed: number, plan: Plan = defaultPlan): Record<string, FormValue> {
  const random = mulberry32(seed);
  const values: Record<string, number | string> = {};
  const codes = Object.keys(form.inputCells);
  for (const code of codes) {
    const indicator = findIndicator(plan, code);
    if (!indicator || code.includes(".")) continue;
    if (indicator.type === "count") values[code] = 10 + randomInt(random, 190);
  }
  for (const code of codes) {
    const indicator = findIndicator(plan, code);
    if (!indicator || !code.includes(".")) continue;
    const parent = values[code.slice(0, code.indexOf("."))];
    if (indicator.type === "count") values[code] = typeof parent === "number" ? Math.floor(parent / 3) : 0;
  }
  const half = (a: string, b: string, ratio = 0.5) => {
    if (a in values && typeof values[b] === "number") values[a] = Math.floor((values[b] as number) * ratio);
  };
  if ("TT06" in values) values.TT06 = 10_000 + randomInt(random, 20_000);
  half("TT05", "TT06", 0.7);
  half("BL03", "BL02");
  half("BL03.NU", "BL03", 1 / 3);
  half("BL05", "BL04");
  half("BL10", "BL09");
  half("CL06", "CL07");
  half("CL11", "CL10", 1);
  half("CL12", "CL13");
  half("CL14", "CL15", 1 / 3);
  half("CL04.NU", "CL04", 0.48);
  if ("BL07" in values) values.BL07 = 1 + randomInt(random, 3);
  if ("CL01" in values) values.CL01 = 2 + randomInt(random, 4);
  half("CL01.NU", "CL01");
  const money = 100 + randomInt(random, 900);
  for (const [code, v] of Object.entries({ KP01: money + 0.5, "KP01.NS": money / 2 + 0.25, "KP01.TINH": money / 4, "KP01.XHH": money / 4 + 0.25 })) {
    if (code in form.inputCells) values[code] = v;
  }
  for (const code of codes) {
    const indicator = findIndicator(plan, code);
    if (indicator?.type === "yesno") values[code] = "Có";
    if (indicator?.type === "money" && !(code in values)) values[code] = 0;
  }
  return values;
}

export interface FormSpec {
  unit: string;
  period?: string;
  /** Seed of the plausible values. */
  seed?: number;
  /** Values placed on top of the plausible ones (by code). */
  values?: Record<string, FormValue>;
  /** "Ngày báo cáo", YYYY-MM-DD (also _meta report_date). */
  reportDate?: string;
  /** _meta submitted_at, as finalize writes it. */
  finalizedAt?: string;
  /** Edits of the workbook model before it is written (e.g. merges). */
  editModel?: (model: WorkbookModel, form: FormModel) => void;
}

function setMeta(model: WorkbookModel, form: FormModel, key: string, value: string): void {
  const meta = model.sheets.find((s) => s.name === "_meta");
  const row = form.metaRows[key];
  if (!meta || row === undefined) throw new Error(`no _meta ${key}`);
  const cell = meta.cells.find((c) => c.row === row && c.col === 1);
  if (cell) cell.value = value;
  else meta.cells.push({ row, col: 1, value });
}

export interface RealForm {
  form: FormModel;
  parts: Parts;
}

export async function realFormParts(spec: FormSpec): Promise<RealForm> {
  const form = formFor(spec.unit, spec.period ?? "2024-Y");
  const values = { ...plausibleValues(form, spec.seed ?? 1), ...(spec.values ?? {}) };
  const model = withValues(form, values, spec.reportDate);
  if (spec.finalizedAt !== undefined) setMeta(model, form, "submitted_at", spec.finalizedAt);
  spec.editModel?.(model, form);
  const parts = unzipParts(await writeWorkbook(model));
  pinDocProps(parts);
  return { form, parts };
}
