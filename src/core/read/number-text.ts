// Numbers typed as text, read the Vietnamese way ("." groups thousands, "," marks decimals).
//
// - "1.234" → 1234, "1.234.567" → 1234567, "12,5" → 12.5, "1.234,5" → 1234.5
// - both separators: the LAST one is the decimal separator ("1,234.5" → 1234.5, English style)
// - a lone "," is a decimal comma ("1,234" → 1.234: in a count that is a not_integer error, which is
//   safe: the officer sees it and fixes it)
// - several "," with no "." are English grouping ("1,234,567" → 1234567)
// - a lone "." not followed by exactly three digits is a decimal point ("12.5" → 12.5)
// - spaces, no-break and thin spaces inside the number are ignored ("1 234" → 1234)
// Anything else (letters, "1.2.3", "=A1", a leading "," …) is not a number: null.

/** Longer text is never a number; the cap also keeps hostile inputs cheap. */
const MAX_NUMBER_TEXT = 64;

const GROUPED = /^\d{1,3}(?:[.,]\d{3})+$/;

function readDigits(sign: number, intPart: string, fracPart: string | null): number | null {
  if (!/^\d+$/.test(intPart)) return null;
  if (fracPart !== null && !/^\d+$/.test(fracPart)) return null;
  const n = Number(fracPart === null ? intPart : `${intPart}.${fracPart}`);
  return Number.isFinite(n) ? sign * n : null;
}

/** Removes grouping separators after checking they sit between groups of three digits. */
function ungroup(s: string): string | null {
  if (!/[.,]/.test(s)) return s;
  return GROUPED.test(s) ? s.replace(/[.,]/g, "") : null;
}

export function readNumberText(text: string): number | null {
  if (text.length > MAX_NUMBER_TEXT * 4) return null;
  let s = text.replace(/[\s\u00a0\u2007\u2009\u202f]+/g, "");
  if (s.length === 0 || s.length > MAX_NUMBER_TEXT) return null;
  let sign = 1;
  if (s[0] === "-" || s[0] === "+") {
    sign = s[0] === "-" ? -1 : 1;
    s = s.slice(1);
  }
  if (!/^[\d.,]+$/.test(s) || !/^\d/.test(s)) return null;

  const lastDot = s.lastIndexOf(".");
  const lastComma = s.lastIndexOf(",");
  if (lastDot >= 0 && lastComma >= 0) {
    const decimalAt = Math.max(lastDot, lastComma);
    const intPart = ungroup(s.slice(0, decimalAt));
    return intPart === null ? null : readDigits(sign, intPart, s.slice(decimalAt + 1));
  }
  const sep = lastDot >= 0 ? "." : lastComma >= 0 ? "," : null;
  if (sep === null) return readDigits(sign, s, null);
  const count = s.split(sep).length - 1;
  if (count > 1) {
    const intPart = ungroup(s);
    return intPart === null ? null : readDigits(sign, intPart, null);
  }
  const [head, tail] = s.split(sep);
  if (sep === "." && tail.length === 3) return readDigits(sign, head + tail, null);
  return readDigits(sign, head, tail);
}
