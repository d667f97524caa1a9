// Sample data from `bdg demo` must never be counted as real figures beside real forms
// (docs/contract.md §4.1 `sample`). A demo form says so twice: `_meta` key `sample` = 1, and the
// mark below in its narrative NX01, which also survives when `_meta` is lost (a copy, a hand-made
// book built from a demo form).
import type { RawValue } from "./submission";

export const SAMPLE_DATA_MARK = "DỮ LIỆU MẪU — không phải số liệu thật";

/** Does any text cell of the form carry the sample mark (in NFC or NFD)? */
export function carriesSampleMark(values: Readonly<Record<string, RawValue>>): boolean {
  for (const code in values) {
    const raw = values[code].raw;
    if (typeof raw === "string" && raw.length >= SAMPLE_DATA_MARK.length && raw.normalize("NFC").includes(SAMPLE_DATA_MARK)) return true;
  }
  return false;
}
