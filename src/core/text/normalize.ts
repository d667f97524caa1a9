// Vietnamese text arrives in NFC and NFD (different keyboards), with stray spaces and mixed case.
// Every match on names, labels or codes goes through foldText first.

/** NFC, trimmed, inner whitespace collapsed, lower-cased (Vietnamese locale). */
export function foldText(s: string): string {
  return s.normalize("NFC").replace(/[\s\u00a0]+/g, " ").trim().toLocaleLowerCase("vi");
}

/** Same as foldText, and also drops Vietnamese diacritics and đ → d, for lenient header matching. */
export function foldTextLoose(s: string): string {
  return foldText(s)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d");
}

/** An indicator code as typed: NFC, trimmed, upper-case ("bl02.nu " → "BL02.NU"). */
export function foldCode(s: string): string {
  return s.normalize("NFC").replace(/[\s\u00a0]+/g, "").toUpperCase();
}
