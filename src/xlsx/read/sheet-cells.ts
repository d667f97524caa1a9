// The dedicated loop of sheet-part.ts: the shapes of <row> and <c> that writers produce, read in
// one pass over their bytes. Each function either takes the whole element and returns where it
// ends, or declines (FAST_DECLINED) having changed nothing but its scratch record, and the general
// tokenizer reads that element instead. It declines whatever it does not know for certain: a
// prefixed r or t (x:r, xmlns:r), an entity in a value, a comment or CDATA, <is>, any other child,
// any malformed tag. So both paths always give the same cells.
import { closesAt, selfClosed, tagEnd } from "./tag-bytes";

export const FAST_DECLINED = -1;
export const CLOSE_OTHER = 0;
export const CLOSE_ROW = 1;
export const CLOSE_SHEET_DATA = 2;

/** Scratch record of the element last read: byte ranges in the part, -1 when absent. */
export interface FastCell {
  /** Just past the element. */
  end: number;
  rStart: number;
  rEnd: number;
  tStart: number;
  tEnd: number;
  /** The plain text of its <v>. */
  vStart: number;
  vEnd: number;
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const EQUALS = 61;
const QUOTE = 34;
const APOSTROPHE = 39;
const COLON = 58;
const AMPERSAND = 38;
const LETTER_F = 102;
const LETTER_V = 118;
const LETTER_R = 114;
const LETTER_T = 116;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/** The byte after an element name: a space, ">" or "/". */
function endsName(c: number): boolean {
  return c === GT || c === SLASH || isSpace(c);
}

/** Set by attributes(): the tag ended with "/>". */
let selfClosing = false;

/**
 * The attributes from byte i (just after the element name) through ">" or "/>": fills r and t.
 * Returns the index just past the tag, or FAST_DECLINED.
 */
function attributes(s: Uint8Array, i: number, out: FastCell): number {
  out.rStart = out.rEnd = out.tStart = out.tEnd = -1;
  const len = s.length;
  for (;;) {
    while (i < len && isSpace(s[i])) i++;
    if (i >= len) return FAST_DECLINED;
    let c = s[i];
    if (c === GT) {
      selfClosing = false;
      return i + 1;
    }
    if (c === SLASH) {
      if (s[i + 1] !== GT) return FAST_DECLINED;
      selfClosing = true;
      return i + 2;
    }
    const nameStart = i;
    let colon = -1;
    for (; i < len; i++) {
      c = s[i];
      if (c === EQUALS || c === GT || c === SLASH || c === LT || c === QUOTE || c === APOSTROPHE || isSpace(c)) break;
      if (c === COLON) colon = i;
    }
    const nameEnd = i;
    if (nameEnd === nameStart) return FAST_DECLINED;
    while (i < len && isSpace(s[i])) i++;
    if (s[i] !== EQUALS) return FAST_DECLINED;
    i++;
    while (i < len && isSpace(s[i])) i++;
    const quote = s[i];
    if (quote !== QUOTE && quote !== APOSTROPHE) return FAST_DECLINED;
    const valueStart = ++i;
    for (; i < len && s[i] !== quote; i++) if (s[i] === LT) return FAST_DECLINED;
    if (i >= len) return FAST_DECLINED;
    if (nameEnd - (colon < 0 ? nameStart : colon + 1) === 1) {
      const local = s[nameEnd - 1];
      if (local === LETTER_R || local === LETTER_T) {
        if (colon >= 0) return FAST_DECLINED; // x:r, xmlns:r …: the tokenizer knows which one counts
        if (local === LETTER_R) {
          if (out.rStart < 0) {
            out.rStart = valueStart;
            out.rEnd = i;
          }
        } else if (out.tStart < 0) {
          out.tStart = valueStart;
          out.tEnd = i;
        }
      }
    }
    i++;
  }
}

/** `<c …>` at byte p (s[p + 1] is "c"): the cell's r, t and plain <v>, through </c>. */
export function fastCell(s: Uint8Array, p: number, out: FastCell): number {
  if (!endsName(s[p + 2])) return FAST_DECLINED;
  let i = attributes(s, p + 2, out);
  if (i < 0) return FAST_DECLINED;
  out.vStart = out.vEnd = -1;
  if (selfClosing) return (out.end = i);
  const len = s.length;
  for (;;) {
    while (i < len && s[i] !== LT) i++; // text between children is no value
    if (i >= len) return FAST_DECLINED;
    const c1 = s[i + 1];
    if (c1 === LETTER_V && s[i + 2] === GT) {
      const start = i + 3;
      let j = start;
      for (; j < len && s[j] !== LT; j++) if (s[j] === AMPERSAND) return FAST_DECLINED;
      if (!closesAt(s, j, "v")) return FAST_DECLINED;
      out.vStart = start;
      out.vEnd = j;
      i = j + 4;
    } else if (c1 === LETTER_F && endsName(s[i + 2])) {
      i = tagEnd(s, i + 2);
      if (i < 0) return FAST_DECLINED;
      if (!selfClosed(s, i)) {
        // A formula's text holds no "<" (XML escapes it): the next one is its close.
        while (i < len && s[i] !== LT) i++;
        if (!closesAt(s, i, "f")) return FAST_DECLINED;
        i += 4;
      }
    } else if (closesAt(s, i, "c")) return (out.end = i + 4);
    else return FAST_DECLINED;
  }
}

/** `<row …>` at byte p (s[p + 1] is "r"): its r. */
export function fastRow(s: Uint8Array, p: number, out: FastCell): number {
  if (s[p + 2] !== 111 /* o */ || s[p + 3] !== 119 /* w */ || !endsName(s[p + 4])) return FAST_DECLINED;
  const end = attributes(s, p + 4, out);
  return end < 0 ? FAST_DECLINED : (out.end = end);
}

const SHEET_DATA_CLOSE = "</sheetData>";

/** A close tag at byte p: </row>, </sheetData>, or another one (or a spelling the tokenizer reads). */
export function fastClose(s: Uint8Array, p: number): number {
  if (s[p + 2] === LETTER_R && s[p + 3] === 111 && s[p + 4] === 119 && s[p + 5] === GT) return CLOSE_ROW;
  for (let k = 0; k < SHEET_DATA_CLOSE.length; k++) if (s[p + k] !== SHEET_DATA_CLOSE.charCodeAt(k)) return CLOSE_OTHER;
  return CLOSE_SHEET_DATA;
}
