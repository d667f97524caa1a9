// A forward-only XML tokenizer for the few SpreadsheetML parts we read. Every search starts where
// the previous one stopped (or is bounded by the current tag), so the time is linear in the input;
// there are no regular expressions over the document. Names are compared by local name, so
// "<x:c>" and "<c>" are the same element. A DTD is refused outright: entities are never expanded.
// It reads the part's UTF-8 bytes (part-xml.ts): markup is ASCII, so tags are found byte by byte,
// and only the texts asked for are decoded, each into a string of its own (xml-text.ts).
import { corrupt } from "./unreadable-error";
import { dtdForbidden } from "./unreadable-messages";
import { decodeXmlText, utf8Text } from "./xml-text";

export const TOKEN_END = 0;
export const TOKEN_OPEN = 1;
export const TOKEN_CLOSE = 2;
export const TOKEN_TEXT = 3;
export type Token = typeof TOKEN_END | typeof TOKEN_OPEN | typeof TOKEN_CLOSE | typeof TOKEN_TEXT;

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const COLON = 58;
const EQUALS = 61;
const QUOTE = 34;
const APOSTROPHE = 39;
const BANG = 33;
const AMPERSAND = 38;
const QUESTION = 63;

function matchesAt(b: Uint8Array, at: number, ascii: string): boolean {
  if (at + ascii.length > b.length) return false;
  for (let i = 0; i < ascii.length; i++) if (b[at + i] !== ascii.charCodeAt(i)) return false;
  return true;
}

/**
 * Index of byte c in b at or after `from`, or -1. A plain loop: the distances here are a few bytes
 * (a cell's value, an attribute), where a call into Uint8Array.prototype.indexOf costs more.
 */
function indexOfByte(b: Uint8Array, c: number, from: number, limit: number = b.length): number {
  for (let i = from; i < limit; i++) if (b[i] === c) return i;
  return -1;
}

/** "xmlns:x" or "xmlns": a declaration, never an attribute we look for. */
function isNamespaceDeclaration(b: Uint8Array, qStart: number, localStart: number, qEnd: number): boolean {
  return localStart > qStart ? matchesAt(b, qStart, "xmlns:") : qEnd - qStart === 5 && matchesAt(b, qStart, "xmlns");
}

/** Index of `ascii` in b at or after `from`, or -1. */
function indexOfAscii(b: Uint8Array, ascii: string, from: number): number {
  const first = ascii.charCodeAt(0);
  for (let at = b.indexOf(first, from); at >= 0; at = b.indexOf(first, at + 1)) {
    if (matchesAt(b, at, ascii)) return at;
  }
  return -1;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

export class XmlScanner {
  private pos = 0;
  kind: Token = TOKEN_END;
  /** OPEN with "/>": no CLOSE token follows. */
  selfClosing = false;
  private nameStart = 0;
  private nameEnd = 0;
  private attrsStart = 0;
  private attrsEnd = 0;
  private textStart = 0;
  private textEnd = 0;
  private cdata = false;
  private valueStart = 0;
  private valueEnd = 0;

  constructor(
    /** The part's UTF-8 bytes. */
    private readonly s: Uint8Array,
    /** Part name, for messages. */
    private readonly part: string,
  ) {}

  next(): Token {
    const s = this.s;
    const len = s.length;
    for (;;) {
      const pos = this.pos;
      if (pos >= len) return (this.kind = TOKEN_END);
      if (s[pos] !== LT) {
        let lt = indexOfByte(s, LT, pos);
        if (lt < 0) lt = len;
        this.textStart = pos;
        this.textEnd = lt;
        this.cdata = false;
        this.pos = lt;
        return (this.kind = TOKEN_TEXT);
      }
      const c1 = s[pos + 1];
      if (c1 === SLASH) return this.closeTag(pos);
      if (c1 === QUESTION) {
        this.pos = this.skipPast("?>", pos + 2);
        continue;
      }
      if (c1 === BANG) {
        if (matchesAt(s, pos, "<!--")) {
          this.pos = this.skipPast("-->", pos + 4);
          continue;
        }
        if (matchesAt(s, pos, "<![CDATA[")) {
          const end = indexOfAscii(s, "]]>", pos + 9);
          if (end < 0) throw corrupt(`phần "${this.part}" có CDATA không đóng`);
          this.textStart = pos + 9;
          this.textEnd = end;
          this.cdata = true;
          this.pos = end + 3;
          return (this.kind = TOKEN_TEXT);
        }
        // <!DOCTYPE, <!ENTITY, <!ELEMENT …: only legal inside a DTD, and a DTD is what we refuse.
        throw dtdForbidden(this.part);
      }
      return this.openTag(pos);
    }
  }

  private skipPast(marker: string, from: number): number {
    const at = indexOfAscii(this.s, marker, from);
    if (at < 0) throw corrupt(`phần "${this.part}" bị cắt cụt`);
    return at + marker.length;
  }

  private closeTag(pos: number): Token {
    const gt = indexOfByte(this.s, GT, pos + 2);
    if (gt < 0) throw corrupt(`phần "${this.part}" bị cắt cụt`);
    let end = gt;
    while (end > pos + 2 && isSpace(this.s[end - 1])) end--;
    this.setName(pos + 2, end);
    this.selfClosing = false;
    this.pos = gt + 1;
    return (this.kind = TOKEN_CLOSE);
  }

  private openTag(pos: number): Token {
    const s = this.s;
    const len = s.length;
    let i = pos + 1;
    while (i < len) {
      const c = s[i];
      if (isSpace(c) || c === GT || c === SLASH) break;
      i++;
    }
    this.setName(pos + 1, i);
    this.attrsStart = i;
    // Find the closing ">" outside quoted attribute values (a value may legally contain ">").
    let quote = 0;
    while (i < len) {
      const c = s[i];
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === QUOTE || c === APOSTROPHE) quote = c;
      else if (c === GT) break;
      else if (c === LT) throw corrupt(`phần "${this.part}" có thẻ không đóng`);
      i++;
    }
    if (i >= len) throw corrupt(`phần "${this.part}" bị cắt cụt`);
    this.selfClosing = s[i - 1] === SLASH;
    this.attrsEnd = this.selfClosing ? i - 1 : i;
    this.pos = i + 1;
    return (this.kind = TOKEN_OPEN);
  }

  /** Keeps only the local part of a prefixed name ("x:c" → "c"). */
  private setName(start: number, end: number): void {
    let localStart = start;
    for (let i = start; i < end; i++) if (this.s[i] === COLON) localStart = i + 1;
    this.nameStart = localStart;
    this.nameEnd = end;
  }

  /** Local name of the current OPEN/CLOSE token equals `name`. */
  is(name: string): boolean {
    const n = name.length;
    if (this.nameEnd - this.nameStart !== n) return false;
    for (let i = 0; i < n; i++) if (this.s[this.nameStart + i] !== name.charCodeAt(i)) return false;
    return true;
  }

  localName(): string {
    return utf8Text(this.s, this.nameStart, this.nameEnd);
  }

  /** Decoded text of the current TEXT token. */
  text(): string {
    const raw = utf8Text(this.s, this.textStart, this.textEnd);
    return this.cdata ? raw : decodeXmlText(raw, 0, raw.length);
  }

  /**
   * Finds attribute `localName` on the current OPEN tag (any prefix except xmlns declarations).
   * On success the raw value is at valueStart/valueEnd (see attrValue, attrCode).
   */
  findAttr(localName: string): boolean {
    const s = this.s;
    const end = this.attrsEnd;
    let i = this.attrsStart;
    while (i < end) {
      while (i < end && isSpace(s[i])) i++;
      if (i >= end) return false;
      const qStart = i;
      let localStart = i;
      while (i < end) {
        const c = s[i];
        if (c === EQUALS || isSpace(c)) break;
        if (c === COLON) localStart = i + 1;
        i++;
      }
      const qEnd = i;
      while (i < end && isSpace(s[i])) i++;
      if (i >= end || s[i] !== EQUALS) return false; // malformed: stop looking
      i++;
      while (i < end && isSpace(s[i])) i++;
      const quote = s[i];
      if (quote !== QUOTE && quote !== APOSTROPHE) return false;
      const close = indexOfByte(s, quote, i + 1, end);
      if (close < 0) return false;
      if (qEnd - localStart === localName.length && matchesAt(s, localStart, localName) && !isNamespaceDeclaration(s, qStart, localStart, qEnd)) {
        this.valueStart = i + 1;
        this.valueEnd = close;
        return true;
      }
      i = close + 1;
    }
    return false;
  }

  /** Decoded value of the attribute last found by findAttr. */
  attrValue(): string {
    const raw = utf8Text(this.s, this.valueStart, this.valueEnd);
    return decodeXmlText(raw, 0, raw.length);
  }

  /** Decoded attribute value, or null when absent. */
  attr(localName: string): string | null {
    return this.findAttr(localName) ? this.attrValue() : null;
  }

  /** Raw value bounds of the attribute last found, for allocation-free parsing (cell references). */
  get rawValueStart(): number {
    return this.valueStart;
  }
  get rawValueEnd(): number {
    return this.valueEnd;
  }
  /** The part's bytes, for loops that read them in place (sheet-cells.ts). */
  get bytes(): Uint8Array {
    return this.s;
  }

  /** Where the next token starts. */
  get position(): number {
    return this.pos;
  }

  /** Continues from byte `pos`, which must be where a token starts (a "<" or text). */
  seek(pos: number): void {
    this.pos = pos;
  }

  /** Skips to just after the CLOSE that matches the current OPEN (nothing to skip when self-closing). */
  skipElement(): void {
    if (this.selfClosing) return;
    let depth = 1;
    while (depth > 0) {
      const t = this.next();
      if (t === TOKEN_END) throw corrupt(`phần "${this.part}" bị cắt cụt`);
      if (t === TOKEN_OPEN && !this.selfClosing) depth++;
      else if (t === TOKEN_CLOSE) depth--;
    }
  }

  /**
   * When the current OPEN element holds nothing but plain text (no child, no reference, no CDATA,
   * the common `<v>12</v>`), consumes it through its CLOSE and returns true: its raw bytes are then
   * at rawTextStart/rawTextEnd, to parse in place or decode with textAt. Otherwise consumes nothing.
   */
  plainContent(): boolean {
    if (this.selfClosing) return false;
    const s = this.s;
    const start = this.pos;
    const lt = indexOfByte(s, LT, start);
    if (lt < 0 || s[lt + 1] !== SLASH) return false;
    for (let i = start; i < lt; i++) if (s[i] === AMPERSAND) return false;
    this.textStart = start;
    this.textEnd = lt;
    this.closeTag(lt);
    return true;
  }

  get rawTextStart(): number {
    return this.textStart;
  }
  get rawTextEnd(): number {
    return this.textEnd;
  }

  /** Bytes [start, end) holding no markup and no reference, as a string of their own. */
  textAt(start: number, end: number): string {
    return utf8Text(this.s, start, end);
  }

  /** Concatenated text up to the CLOSE of the current OPEN element (child tags ignored). */
  readText(): string {
    if (this.selfClosing) return "";
    let out = "";
    let depth = 1;
    while (depth > 0) {
      const t = this.next();
      if (t === TOKEN_END) throw corrupt(`phần "${this.part}" bị cắt cụt`);
      if (t === TOKEN_TEXT) out += this.text();
      else if (t === TOKEN_OPEN && !this.selfClosing) depth++;
      else if (t === TOKEN_CLOSE) depth--;
    }
    return out;
  }
}
