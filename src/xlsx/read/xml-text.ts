// Text decoding for the XML we read. Only the five predefined entities and numeric character
// references are decoded: a DTD is refused earlier, so no other entity can exist and none is expanded.

/** ignoreBOM: a value may begin with U+FEFF; only the part's own byte order mark is dropped (part-xml). */
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
/** Below this, an ASCII range is copied code by code: cheaper than a call into the decoder. */
const SHORT_ASCII = 64;

/**
 * bytes[start, end) as a string of its own: a fresh copy, never a slice of a bigger string, so a
 * kept value does not keep the part alive (V8 substrings of 13+ characters are "sliced strings"
 * that reference their parent). Invalid UTF-8 becomes U+FFFD, as in a whole-part decode.
 */
export function utf8Text(bytes: Uint8Array, start: number, end: number): string {
  if (end - start <= SHORT_ASCII) {
    let ascii = true;
    for (let i = start; i < end; i++) {
      if (bytes[i] >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) return String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
  }
  return utf8.decode(bytes.subarray(start, end));
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
