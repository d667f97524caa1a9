// Numbers read straight from the sheet's bytes, without making a string first (a form has hundreds
// of <v> numbers and shared-string indices). Only the plain shapes writers use are taken here;
// anything else returns undefined and the caller falls back to Number(text), so the result is
// always exactly Number(text).
//
// Exactness (Clinger's fast path, as in strtod): a decimal m × 10^e with m < 2^53 and |e| ≤ 22 is
// m * 10^e or m / 10^-e, one IEEE operation on two exactly representable numbers, hence correctly
// rounded, which is what Number() returns.

/** 10^0 … 10^22: every one is exactly representable as a double. */
const POWERS_OF_TEN = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];
/** 15 digits stay below 2^53 (9.007e15). */
const MAX_DIGITS = 15;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** "-?digits(.digits)?([eE][+-]?digits)?" in bytes [start, end) → its value, else undefined. */
export function decimalAt(src: Uint8Array, start: number, end: number): number | undefined {
  let i = start;
  const negative = src[i] === 45; /* - */
  if (negative) i++;
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  const intStart = i;
  while (i < end && isDigit(src[i])) mantissa = mantissa * 10 + (src[i++] - 48);
  digits = i - intStart;
  if (digits === 0) return undefined;
  if (i < end && src[i] === 46 /* . */) {
    const fracStart = ++i;
    while (i < end && isDigit(src[i])) mantissa = mantissa * 10 + (src[i++] - 48);
    if (i === fracStart) return undefined;
    scale = fracStart - i;
    digits += i - fracStart;
  }
  if (digits > MAX_DIGITS) return undefined;
  if (i < end && (src[i] === 101 || src[i] === 69) /* e E */) {
    i++;
    let expNegative = false;
    if (i < end && (src[i] === 43 || src[i] === 45)) expNegative = src[i++] === 45;
    const expStart = i;
    let exponent = 0;
    while (i < end && isDigit(src[i]) && i - expStart < 3) exponent = exponent * 10 + (src[i++] - 48);
    if (i === expStart) return undefined;
    scale += expNegative ? -exponent : exponent;
  }
  if (i !== end || scale < -22 || scale > 22) return undefined;
  const magnitude = scale >= 0 ? mantissa * POWERS_OF_TEN[scale] : mantissa / POWERS_OF_TEN[-scale];
  return negative ? -magnitude : magnitude;
}

/** A shared-string index: 1 to 9 ASCII digits → its value, else undefined. */
export function indexAt(src: Uint8Array, start: number, end: number): number | undefined {
  if (start >= end || end - start > 9) return undefined;
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = src[i];
    if (!isDigit(c)) return undefined;
    n = n * 10 + (c - 48);
  }
  return n;
}
