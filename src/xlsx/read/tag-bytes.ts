// Two byte-level steps shared by the dedicated loops (sheet-cells.ts, shared-strings-part.ts):
// the end of a tag whose attributes are skipped, and a close tag spelt exactly.

const LT = 60;
const GT = 62;
const QUOTE = 34;
const APOSTROPHE = 39;
const SLASH = 47;

/**
 * From byte i (inside a tag, after its name) to just past its ">", quoted values skipped; -1 when a
 * "<" comes first or the part ends (the tokenizer then reads the tag and reports what is wrong).
 * The tag closed itself when the byte before that ">" is "/": s[end - 2] === 47.
 */
export function tagEnd(s: Uint8Array, i: number): number {
  const len = s.length;
  let quote = 0;
  for (; i < len; i++) {
    const c = s[i];
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === QUOTE || c === APOSTROPHE) quote = c;
    else if (c === GT) return i + 1;
    else if (c === LT) return -1;
  }
  return -1;
}

/** "</" + name + ">" at byte at (name in ASCII). */
export function closesAt(s: Uint8Array, at: number, name: string): boolean {
  if (s[at] !== LT || s[at + 1] !== SLASH) return false;
  for (let k = 0; k < name.length; k++) if (s[at + 2 + k] !== name.charCodeAt(k)) return false;
  return s[at + 2 + name.length] === GT;
}

/** The tag ending just before `end` (from tagEnd) closed itself ("/>"). */
export function selfClosed(s: Uint8Array, end: number): boolean {
  return s[end - 2] === SLASH;
}
