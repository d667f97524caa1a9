// Vietnamese text arrives in NFC and NFD (different keyboards), with stray spaces and mixed case.
// Every match on names, labels or codes goes through foldText first.
//
// The same few texts are folded again in every form of a run (the labels, "Có", the unit names),
// and a fold costs NFC, a regular expression and ICU's Vietnamese lower-casing: each distinct
// short text is folded once and remembered (bounded: past MEMO_SIZE texts the memory starts over).

const MEMO_SIZE = 4096;
/** Longer texts are rarely repeated; folding them again is cheaper than keeping them. */
const MEMO_MAX_LENGTH = 300;

function remembered(fold: (s: string) => string): (s: string) => string {
  const memo = new Map<string, string>();
  return (s) => {
    if (s.length > MEMO_MAX_LENGTH) return fold(s);
    let folded = memo.get(s);
    if (folded === undefined) {
      if (memo.size >= MEMO_SIZE) memo.clear();
      folded = fold(s);
      memo.set(s, folded);
    }
    return folded;
  };
}

/** NFC, trimmed, inner whitespace collapsed, lower-cased (Vietnamese locale). */
export const foldText: (s: string) => string = remembered((s) =>
  s.normalize("NFC").replace(/[\s\u00a0]+/g, " ").trim().toLocaleLowerCase("vi"),
);

/** Same as foldText, and also drops Vietnamese diacritics and đ → d, for lenient header matching. */
export const foldTextLoose: (s: string) => string = remembered((s) =>
  foldText(s)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d"),
);

/** An indicator code as typed: NFC, trimmed, upper-case ("bl02.nu " → "BL02.NU"). */
export const foldCode: (s: string) => string = remembered((s) => s.normalize("NFC").replace(/[\s\u00a0]+/g, "").toUpperCase());
