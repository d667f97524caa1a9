// Codes typed by hand (`--period 2024-y`, `--unit x_vinh_tu`, `--recipient so_noi_vu`): matched
// without regard to case and Vietnamese accents, as an officer would expect, but never guessed:
// two plan codes that fold to the same text are refused with both named.
import { foldTextLoose } from "../../core/text";

export type CodeMatch = { ok: true; code: string } | { ok: false; candidates: string[] };

export function resolveCode(typed: string, codes: readonly string[]): CodeMatch {
  if (codes.includes(typed)) return { ok: true, code: typed };
  const folded = foldTextLoose(typed);
  const matches = codes.filter((code) => foldTextLoose(code) === folded);
  if (matches.length === 1) return { ok: true, code: matches[0] };
  return { ok: false, candidates: matches };
}
