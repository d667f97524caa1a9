// xl/sharedStrings.xml: one string per <si>, either plain <t> or rich text runs <r><t>…</t></r>
// concatenated. Phonetic runs (<rPh>, Japanese furigana) are not part of the cell text.
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

export function parseSharedStrings(xml: Uint8Array, part: string): string[] {
  const scanner = new XmlScanner(xml, part);
  const strings: string[] = [];
  for (let t = scanner.next(); t !== TOKEN_END; t = scanner.next()) {
    if (t === TOKEN_OPEN && scanner.is("si")) strings.push(readStringItem(scanner));
  }
  return strings;
}
