// "The same values" (docs/contract.md §4.1 `duplicate`): two submissions of a unit are the same
// content when every value cell reads the same. Parsed values are compared (1234 typed as a number
// or as "1.234" is the same figure); a cell whose text could not be used is compared by that text,
// so two different mistakes are not taken for one. Notes and dates are not values.
import type { ValidatedForm } from "../read/validated-form";

export function contentKey(form: ValidatedForm): string {
  const parts: string[] = [];
  for (const code of Object.keys(form.values).sort()) {
    const value = form.values[code];
    if (value !== null) {
      parts.push(`${code}=${typeof value}:${typeof value === "string" ? value.normalize("NFC").trim() : String(value)}`);
      continue;
    }
    const raw = form.submission.values[code]?.raw;
    parts.push(`${code}=raw:${raw === null || raw === undefined ? "" : JSON.stringify(raw)}`);
  }
  return parts.join("\u0000");
}
