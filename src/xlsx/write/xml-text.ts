// Text into SpreadsheetML. XML 1.0 cannot carry most control characters, and an XML reader turns
// a CR into LF; OOXML escapes such a character as _xHHHH_ (ECMA-376 Part 1, §22.9.2.19 ST_Xstring),
// so a literal "_xHHHH_" in the text must itself be escaped as _x005F_xHHHH_. Our reader
// (src/xlsx/read/xml-text.ts) and Excel decode both, so every string comes back exactly.

const MARKUP = /[&<>"]/g;
const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Characters XML 1.0 cannot hold, CR (which a reader would turn into LF), and U+FFFE/U+FFFF. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)/g;

function hex4(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, "0");
}

/** Markup-escaped: for attribute values and element text that is not cell text (formulas, names). */
export function xmlEscape(text: string): string {
  return text.replace(MARKUP, (ch) => ENTITY[ch]);
}

/** Cell or shared-string text: the _xHHHH_ escapes, then markup. */
export function cellText(text: string): string {
  const safe = text.replace(UNSAFE, (ch) => `_x${hex4(ch.charCodeAt(0))}_`);
  return xmlEscape(safe);
}

/** `<t>` keeps leading and trailing spaces, tabs and line breaks only with xml:space="preserve". */
export function textElement(text: string): string {
  const preserve = /^\s|\s$|[\n\t]/.test(text);
  return preserve ? `<t xml:space="preserve">${cellText(text)}</t>` : `<t>${cellText(text)}</t>`;
}

/** Attribute text with the _xHHHH_ escapes (validation prompts and messages). */
export function attributeText(text: string): string {
  return cellText(text).replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}
