// Values that make a form of the default plan valid, for any unit and period: zeros, a
// population for the commune denominator, "Có" for yes/no, blank narratives.
import { buildForm, type FormModel, type FormValue } from "../../src/core/form";
import { defaultPlan, findIndicator } from "../../src/core/plan";

export function validValues(form: FormModel): Record<string, FormValue> {
  const values: Record<string, FormValue> = {};
  for (const code of Object.keys(form.inputCells)) {
    const indicator = findIndicator(defaultPlan, code);
    if (!indicator) continue;
    if (indicator.type === "yesno") values[code] = "Có";
    else if (indicator.type === "text") continue;
    else values[code] = 0;
  }
  // denominators that must not be zero, and a leader so CL01 is not a warning-only row
  for (const [code, v] of Object.entries({ TT06: 12000, TT05: 9000, CL01: 2 })) {
    if (code in form.inputCells) values[code] = v;
  }
  return values;
}

export function formOf(unit: string, period: string): FormModel {
  const built = buildForm(defaultPlan, unit, period, "test");
  if (!built.ok) throw new Error(built.message);
  return built.form;
}
