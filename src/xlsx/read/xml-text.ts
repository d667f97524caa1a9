// Text decoding for the XML we read. Only the five predefined entities and numeric character
// references are decoded: a DTD is refused earlier, so no other entity can exist and none is expanded.

/** ignoreBOM: a value may begin with U+FEFF; only the part's own byte order mark is dropped (part-xml). */
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
/**
 * Up to this many bytes, a range is decoded here rather than by TextDecoder: a call into the
 * decoder costs far more than decoding a short label (Chromium showed TextDecoder.decode as one of
 * the reader's top costs, on the Vietnamese shared strings). Longer texts are rare and amortize it.
 */
const SHORT_TEXT = 256;
/** Scratch for the UTF-16 code units of one short text (a UTF-8 byte never yields more than one unit). */
const units = new Uint16Array(SHORT_TEXT);

/**
 * bytes[start, end) as a string of its own: a fresh copy, never a slice of a bigger string, so a
 * kept value does not keep the part alive (V8 substrings of 13+ characters are "sliced strings"
 * that reference their parent). Invalid UTF-8 becomes U+FFFD, as in a whole-part decode.
 */
export function utf8Text(bytes: Uint8Array, start: number, end: number): string {
  if (end - start <= SHORT_TEXT) {
    const text = wellFormedShortText(bytes, start, end);
    if (text !== null) return text;
  }
  return utf8.decode(bytes.subarray(start, end));
}

/**
 * Decodes a short range that is well-formed UTF-8 (RFC 3629: no overlong form, no surrogate, nothing
 * above U+10FFFF); null for anything else, which TextDecoder then decodes with its exact U+FFFD rules.
 * So the result is always exactly what TextDecoder returns.
 */
function wellFormedShortText(bytes: Uint8Array, start: number, end: number): string | null {
  let n = 0;
  let i = start;
  while (i < end) {
    const b0 = bytes[i];
    if (b0 < 0x80) {
      units[n++] = b0;
      i++;
    } else if (b0 >= 0xc2 && b0 <= 0xdf) {
      const b1 = i + 1 < end ? bytes[i + 1] : 0;
      if ((b1 & 0xc0) !== 0x80) return null;
      units[n++] = ((b0 & 0x1f) << 6) | (b1 & 0x3f);
      i += 2;
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
      // Vietnamese letters with tone marks (ạ, ế, ữ …) are here: U+1EA0–U+1EF9.
      const b1 = i + 1 < end ? bytes[i + 1] : 0;
      const b2 = i + 2 < end ? bytes[i + 2] : 0;
      if ((b1 & 0xc0) !== 0x80 || (b2 & 0xc0) !== 0x80) return null;
      const code = ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
      if (code < 0x800 || (code >= 0xd800 && code <= 0xdfff)) return null;
      units[n++] = code;
      i += 3;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      const b1 = i + 1 < end ? bytes[i + 1] : 0;
      const b2 = i + 2 < end ? bytes[i + 2] : 0;
      const b3 = i + 3 < end ? bytes[i + 3] : 0;
      if ((b1 & 0xc0) !== 0x80 || (b2 & 0xc0) !== 0x80 || (b3 & 0xc0) !== 0x80) return null;
      const code = ((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
      if (code < 0x10000 || code > 0x10ffff) return null;
      units[n++] = 0xd800 + ((code - 0x10000) >> 10);
      units[n++] = 0xdc00 + ((code - 0x10000) & 0x3ff);
      i += 4;
    } else return null;
  }
  return String.fromCharCode.apply(null, units.subarray(0, n) as unknown as number[]);
}

const PREDEFINED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
/** Longest reference we look at: "&#x10FFFF;" and "&quot;" fit; anything longer is kept literally. */
const MAX_REFERENCE = 12;

function codePointText(code: number): string | null {
  if (!Number.isFinite(code) || code < 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
  return String.fromCodePoint(code);
}

function referenceText(body: string): string | null {
  if (body.charCodeAt(0) !== 35 /* # */) return PREDEFINED[body] ?? null;
  const hex = body.charCodeAt(1) === 120 /* x */ || body.charCodeAt(1) === 88;
  const digits = body.slice(hex ? 2 : 1);
  if (digits.length === 0 || !(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) return null;
  return codePointText(parseInt(digits, hex ? 16 : 10));
}

/** Decodes s[start, end). Unknown or malformed references stay as written (lenient, never expanded). */
export function decodeXmlText(s: string, start: number, end: number): string {
  // Work on the slice so every search is bounded by this text, never by the rest of the document.
  const raw = s.slice(start, end);
  let amp = raw.indexOf("&");
  if (amp < 0) return raw;
  let out = "";
  let from = 0;
  while (amp >= 0) {
    const semi = referenceEnd(raw, amp);
    if (semi > 0) {
      const text = referenceText(raw.slice(amp + 1, semi));
      if (text !== null) {
        out += raw.slice(from, amp) + text;
        from = semi + 1;
      }
    }
    amp = raw.indexOf("&", amp + 1);
  }
  return out + raw.slice(from);
}

/** Index of the ";" closing the reference at amp, looking at most MAX_REFERENCE characters ahead; -1 if none. */
function referenceEnd(raw: string, amp: number): number {
  const last = Math.min(raw.length, amp + MAX_REFERENCE + 1);
  for (let i = amp + 1; i < last; i++) if (raw.charCodeAt(i) === 59 /* ; */) return i;
  return -1;
}

/** OOXML escapes characters XML cannot carry as _xHHHH_ (e.g. _x000D_ for a carriage return, _x005F_ for "_"). */
export function decodeOoxmlEscapes(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
