// "Does foldText(text) (or foldTextLoose(text)) start with this folded label?", answered without
// folding the whole cell. The header search looks at every short text cell above and below the
// table; almost all of them differ from the label in their first letter, and a full fold (NFC,
// Vietnamese lower-casing, NFD) costs about a microsecond per cell: most of a form's read time.
//
// The walk folds one character at a time and stops at the first difference. It only knows the
// characters whose fold does not depend on their neighbours: ASCII and the Latin letters
// Vietnamese uses (U+00C0–U+024F, U+1E00–U+1EFF), plus the combining accents U+0300–U+036F that
// the loose fold drops. On anything else (another script, a combining mark the strict fold would
// compose, exotic spaces) it answers `undefined`, "cannot tell cheaply", and the caller folds.
import { foldText, foldTextLoose } from "../text";

export type FoldMode = "strict" | "loose";

const strictChars = new Map<number, string>();
const looseChars = new Map<number, string>();

function isLatinLetterRange(c: number): boolean {
  return (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff);
}

function isCombiningAccent(c: number): boolean {
  return c >= 0x300 && c <= 0x36f;
}

/** The whitespace foldText collapses that we recognise cheaply; other Unicode spaces → undefined. */
function isPlainSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0;
}

function foldedLatin(c: number, mode: FoldMode): string {
  const table = mode === "strict" ? strictChars : looseChars;
  let folded = table.get(c);
  if (folded === undefined) {
    const ch = String.fromCharCode(c);
    folded = mode === "strict" ? foldText(ch) : foldTextLoose(ch);
    table.set(c, folded);
  }
  return folded;
}

/**
 * true / false when decided cheaply, undefined when the caller must fold `text` itself.
 * `label` must already be folded in the same mode and be non-empty.
 */
export function startsWithFolded(text: string, label: string, mode: FoldMode): boolean | undefined {
  const n = text.length;
  let j = 0;
  let pendingSpace = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isPlainSpace(c)) {
      if (j > 0) pendingSpace = true; // leading spaces are trimmed, inner runs become one space
      continue;
    }
    if (mode === "loose" && isCombiningAccent(c)) continue;
    // A mark after this character may compose with it (strict) or be something we do not know.
    if (i + 1 < n) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0x300 && !isLatinLetterRange(next) && !(mode === "loose" && isCombiningAccent(next))) return undefined;
    }
    let folded: string;
    if (c < 0x80) folded = c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : "";
    else if (isLatinLetterRange(c)) folded = foldedLatin(c, mode);
    else return undefined;
    if (pendingSpace) {
      if (label.charCodeAt(j) !== 32) return false;
      pendingSpace = false;
      if (++j === label.length) return true;
    }
    if (c < 0x80 && folded === "") {
      if (label.charCodeAt(j) !== c) return false;
      if (++j === label.length) return true;
      continue;
    }
    for (let k = 0; k < folded.length; k++) {
      if (label.charCodeAt(j) !== folded.charCodeAt(k)) return false;
      if (++j === label.length) return true;
    }
  }
  return false; // the folded text is shorter than the label
}

/** foldText(text).startsWith(label), folding only when the cheap walk cannot tell. */
export function foldedStartsWith(text: string, label: string, mode: FoldMode): boolean {
  const quick = startsWithFolded(text, label, mode);
  if (quick !== undefined) return quick;
  return (mode === "strict" ? foldText(text) : foldTextLoose(text)).startsWith(label);
}

/** foldText(text) === label, folding only texts that begin like the label. */
export function foldedEquals(text: string, label: string, mode: FoldMode): boolean {
  if (startsWithFolded(text, label, mode) === false) return false;
  return (mode === "strict" ? foldText(text) : foldTextLoose(text)) === label;
}
