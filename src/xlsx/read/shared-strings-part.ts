// xl/sharedStrings.xml: one string per <si>, either plain <t> or rich text runs <r><t>…</t></r>
// concatenated. Phonetic runs (<rPh>, Japanese furigana) are not part of the cell text.
// The common item, `<si><t>text</t></si>` (or <t xml:space="preserve">), is read straight from its
// bytes, its text remembered across files (text-memo.ts); any other item goes through the
// general tokenizer, to the same result.
import { closesAt, selfClosed, tagEnd } from "./tag-bytes";
import { sharedTextMemo, type TextMemo } from "./text-memo";
import { corrupt } from "./unreadable-error";
import { decodeOoxmlEscapes } from "./xml-text";
import { TOKEN_CLOSE, TOKEN_END, TOKEN_OPEN, XmlScanner } from "./xml-scanner";

/** Reads the text of a string item (<si> or inline <is>) up to its closing tag. */
export function readStringItem(scanner: XmlScanner): string {
  if (scanner.selfClosing) return "";
  let text = "";
  let depth = 1;
  while (depth > 0) {
    const t = scanner.next();
    if (t === TOKEN_OPEN) {
      if (scanner.is("t")) text += scanner.readText();
      else if (scanner.is("rPh")) scanner.skipElement();
      else if (!scanner.selfClosing) depth++;
    } else if (t === TOKEN_CLOSE) depth--;
    else if (t === TOKEN_END) throw corrupt("chuỗi văn bản không đóng");
  }
  return decodeOoxmlEscapes(text);
}

const LT = 60;
const GT = 62;
const AMPERSAND = 38;

export function parseSharedStrings(xml: Uint8Array, part: string, memo: TextMemo = sharedTextMemo): string[] {
  const scanner = new XmlScanner(xml, part);
  const strings: string[] = [];
  const s = xml;
  const len = s.length;
  let p = 0;
  for (;;) {
    while (p < len && s[p] !== LT) p++;
    if (p >= len) break;
    if (s[p + 1] === 115 /* s */ && s[p + 2] === 105 /* i */ && s[p + 3] === GT) {
      const end = plainItem(s, p + 4, memo, strings);
      if (end >= 0) {
        p = end;
        continue;
      }
    }
    scanner.seek(p);
    const t = scanner.next();
    if (t === TOKEN_END) break;
    if (t === TOKEN_OPEN && scanner.is("si")) strings.push(readStringItem(scanner));
    p = scanner.position;
  }
  return strings;
}

/** `<t …>text</t></si>` from byte i (just after <si>): pushes its text, returns the end; -1 to decline. */
function plainItem(s: Uint8Array, i: number, memo: TextMemo, strings: string[]): number {
  const len = s.length;
  if (s[i] !== LT || s[i + 1] !== 116 /* t */) return -1;
  let start = i + 3; // just past "<t>"
  if (s[i + 2] !== GT) {
    if (s[i + 2] !== 32) return -1;
    start = tagEnd(s, i + 3);
    if (start < 0 || selfClosed(s, start)) return -1;
  }
  let end = start;
  for (; end < len && s[end] !== LT; end++) if (s[end] === AMPERSAND) return -1;
  if (!closesAt(s, end, "t") || !closesAt(s, end + 4, "si")) return -1;
  strings.push(decodeOoxmlEscapes(memo.text(s, start, end)));
  return end + 9;
}
